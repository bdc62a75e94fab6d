"""ShowMetadataImageResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ShowMetadataImageResponse']


@dataclass(kw_only=True)
class ShowMetadataImageResponse:
    """The ShowMetadataImageResponse object.

    Attributes:
        usercustomization (JSON 'Usercustomization'): Specifies the key pair of the metadata.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.3.4 Querying the Metadata of a Specified Image (Discarded)
    """

    usercustomization: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('Usercustomization', self.usercustomization),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowMetadataImageResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            usercustomization=_d.pop('Usercustomization', UNSET),
            additional_properties=_d,
        )
