"""ListVolumesByTagsRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .match import Match
    from .tags_for_list_volumes import TagsForListVolumes

__all__ = ['ListVolumesByTagsRequestBody']


@dataclass(kw_only=True)
class ListVolumesByTagsRequestBody:
    """The ListVolumesByTagsRequestBody object.

    Attributes:
        action, required: 操作标识。 根据标签查询云硬盘实例详情时使用“filter”。
        limit: 查询记录数。最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值
        matches: 资源本身支持的查询条件。标签列表中的标签key值不允许重复。
        offset: 索引位置。最小值0，默认为0。返回的结果中第一条记录为符合查询条件的第“offset值+1”条记录。与limit配合使用，假如共有30个云硬盘，设置offset为11，limit为10，即为从第12个云硬盘开始查询，一次最多可读取10个云硬盘。
        tags, required: 标签的键值对。标签列表中最多包含10个key。标签列表中的标签key值不允许重复。标签列表中多个key之间是“与”的关系，云硬盘必须满足请求中所有key才会匹配出来。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 通过标签查询云硬盘资源实例详情 (line 8999)
    """

    action: str
    tags: list[TagsForListVolumes]
    limit: int | Unset = UNSET
    matches: list[Match] | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('action', self.action),
            ('tags', self.tags),
            ('limit', self.limit),
            ('matches', self.matches),
            ('offset', self.offset),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumesByTagsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .match import Match
        from .tags_for_list_volumes import TagsForListVolumes

        _d = dict(data)
        return cls(
            action=_S.take(_d, 'action', 'ListVolumesByTagsRequestBody'),
            tags=_S.opt(_S.take(_d, 'tags', 'ListVolumesByTagsRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(TagsForListVolumes.from_dict, x))),
            limit=_d.pop('limit', UNSET),
            matches=_S.opt(_d.pop('matches', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Match.from_dict, x))),
            offset=_d.pop('offset', UNSET),
            additional_properties=_d,
        )
