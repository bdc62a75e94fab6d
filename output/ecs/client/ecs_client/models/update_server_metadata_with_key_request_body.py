"""UpdateServerMetadataWithKeyRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UpdateServerMetadataWithKeyRequestBody']


@dataclass(kw_only=True)
class UpdateServerMetadataWithKeyRequestBody:
    """The UpdateServerMetadataWithKeyRequestBody object.

    Attributes:
        meta, required: Specifies the user-defined metadata key pair.
            For a metadata key:
            It contains a maximum of 255 Unicode characters and cannot be left blank. A key can contain uppercase letters (A-Z), lowercase letters (a-z), digits (0-9), hyphens (-), underscores (_), colons (:), and periods (.).
            For a metadata value:
            It contains a maximum of 255 Unicode characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.9.6 Modifying ECS Metadata with a Specified Key
    """

    meta: dict[str, Any]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('meta', self.meta),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateServerMetadataWithKeyRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            meta=_S.take(_d, 'meta', 'UpdateServerMetadataWithKeyRequestBody'),
            additional_properties=_d,
        )
