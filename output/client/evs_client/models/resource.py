"""Resource: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_detail_for_tag import VolumeDetailForTag

__all__ = ['Resource']


@dataclass(kw_only=True)
class Resource:
    """The Resource object.

    Attributes:
        resource_id: 资源ID。
        resource_name: 资源名称。
        resource_detail: 资源详情。
        tags: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 Resource (line 9032)
    """

    resource_id: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    resource_detail: VolumeDetailForTag | Unset = UNSET
    tags: list[dict[str, str]] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('resource_id', self.resource_id),
            ('resource_name', self.resource_name),
            ('resource_detail', self.resource_detail),
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Resource:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_detail_for_tag import VolumeDetailForTag

        _d = dict(data)
        return cls(
            resource_id=_d.pop('resource_id', UNSET),
            resource_name=_d.pop('resource_name', UNSET),
            resource_detail=_S.opt(_d.pop('resource_detail', UNSET), lambda x: _S.model(VolumeDetailForTag.from_dict, x)),
            tags=_d.pop('tags', UNSET),
            additional_properties=_d,
        )
