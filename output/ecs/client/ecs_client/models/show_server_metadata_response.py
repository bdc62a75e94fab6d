"""ShowServerMetadataResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ShowServerMetadataResponse']


@dataclass(kw_only=True)
class ShowServerMetadataResponse:
    """The ShowServerMetadataResponse object.

    Attributes:
        metadata, required: Specifies the user-defined metadata key-value pair.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.9.4 Querying ECS Metadata
    """

    metadata: dict[str, Any]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerMetadataResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            metadata=_S.take(_d, 'metadata', 'ShowServerMetadataResponse'),
            additional_properties=_d,
        )
