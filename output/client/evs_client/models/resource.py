"""Resource: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_detail_for_tag import VolumeDetailForTag

__all__ = ['Resource']


@dataclass(kw_only=True)
class Resource:
    """The Resource object.

    Attributes:
        resource_id, required: 资源ID。
        resource_name, required: 资源名称。
        resource_detail, required: 资源详情。
        tags, required: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 Resource (line 9032)
    """

    resource_id: str
    resource_name: str
    resource_detail: VolumeDetailForTag
    tags: list[dict[str, str]]
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
            resource_id=_S.take(_d, 'resource_id', 'Resource'),
            resource_name=_S.take(_d, 'resource_name', 'Resource'),
            resource_detail=_S.opt(_S.take(_d, 'resource_detail', 'Resource'), lambda x: _S.model(VolumeDetailForTag.from_dict, x)),
            tags=_S.take(_d, 'tags', 'Resource'),
            additional_properties=_d,
        )
