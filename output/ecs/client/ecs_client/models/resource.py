"""Resource: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Resource']


@dataclass(kw_only=True)
class Resource:
    """The Resource object.

    Attributes:
        resource_id: Specifies the ECS ID.
        resource_detail: Queries ECS details.
        tags: Specifies tags.
        resource_name: Specifies the resource name, which is the ECS name.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.4 resource
    """

    resource_id: str | Unset = UNSET
    resource_detail: str | Unset = UNSET
    tags: list[dict[str, Any]] | Unset = UNSET
    resource_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('resource_id', self.resource_id),
            ('resource_detail', self.resource_detail),
            ('tags', self.tags),
            ('resource_name', self.resource_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Resource:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            resource_id=_d.pop('resource_id', UNSET),
            resource_detail=_d.pop('resource_detail', UNSET),
            tags=_d.pop('tags', UNSET),
            resource_name=_d.pop('resource_name', UNSET),
            additional_properties=_d,
        )
