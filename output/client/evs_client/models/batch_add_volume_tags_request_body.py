"""BatchAddVolumeTagsRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .batch_add_volume_tags_request_body_action import BatchAddVolumeTagsRequestBodyAction

if TYPE_CHECKING:
    from .tag import Tag

__all__ = ['BatchAddVolumeTagsRequestBody']


@dataclass(kw_only=True)
class BatchAddVolumeTagsRequestBody:
    """The BatchAddVolumeTagsRequestBody object.

    Attributes:
        action, required: 操作标识
            取值范围: 添加标签：create
        tags, required: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.1 为指定云硬盘批量添加标签 (line 7881)
    """

    action: BatchAddVolumeTagsRequestBodyAction = BatchAddVolumeTagsRequestBodyAction('create')
    tags: list[Tag]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('action', self.action),
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchAddVolumeTagsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tag import Tag

        _d = dict(data)
        return cls(
            action=_S.opt(_d.pop('action', BatchAddVolumeTagsRequestBodyAction('create')), lambda x: _S.enum_of(BatchAddVolumeTagsRequestBodyAction, x)),
            tags=_S.opt(_S.take(_d, 'tags', 'BatchAddVolumeTagsRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(Tag.from_dict, x))),
            additional_properties=_d,
        )
