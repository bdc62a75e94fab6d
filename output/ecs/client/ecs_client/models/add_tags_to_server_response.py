"""AddTagsToServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['AddTagsToServerResponse']


@dataclass(kw_only=True)
class AddTagsToServerResponse:
    """The AddTagsToServerResponse object.

    Attributes:
        tags, required: Specifies ECS tags.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.16.3 Adding Tags to an ECS
    """

    tags: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddTagsToServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tags=_S.take(_d, 'tags', 'AddTagsToServerResponse'),
            additional_properties=_d,
        )
