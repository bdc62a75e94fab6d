"""AddTagsToServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['AddTagsToServerRequestBody']


@dataclass(kw_only=True)
class AddTagsToServerRequestBody:
    """The AddTagsToServerRequestBody object.

    Attributes:
        tags, required: Specifies ECS tags.
            A maximum of 50 tags can be configured, and each tag can contain up to 80 characters.
            Can only consist of digits, letters, hyphens (-), and underscores (_).

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.16.3 Adding Tags to an ECS
    """

    tags: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddTagsToServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tags=_S.take(_d, 'tags', 'AddTagsToServerRequestBody'),
            additional_properties=_d,
        )
