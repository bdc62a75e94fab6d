"""UpdateServerMetadataResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['UpdateServerMetadataResponse']


@dataclass(kw_only=True)
class UpdateServerMetadataResponse:
    """The UpdateServerMetadataResponse object.

    Attributes:
        metadata: Specifies the user-defined metadata key-value pair.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.9.1 Updating ECS Metadata
    """

    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateServerMetadataResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            metadata=_d.pop('metadata', UNSET),
            additional_properties=_d,
        )
