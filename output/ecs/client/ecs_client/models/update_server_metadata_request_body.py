"""UpdateServerMetadataRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UpdateServerMetadataRequestBody']


@dataclass(kw_only=True)
class UpdateServerMetadataRequestBody:
    """The UpdateServerMetadataRequestBody object.

    Attributes:
        metadata, required: Specifies the user-defined metadata key-value pair.
            For a metadata key:
            It contains a maximum of 255 Unicode characters and cannot be left blank. A key can contain uppercase letters (A-Z), lowercase letters (a-z), digits (0-9), hyphens (-), underscores (_), colons (:), and periods (.).
            For a metadata value:
            A value contains a maximum of 255 Unicode characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.9.1 Updating ECS Metadata
    """

    metadata: dict[str, Any]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateServerMetadataRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            metadata=_S.take(_d, 'metadata', 'UpdateServerMetadataRequestBody'),
            additional_properties=_d,
        )
