"""BatchCreateVolumeTagsRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .batch_create_volume_tags_request_body_action import BatchCreateVolumeTagsRequestBodyAction

if TYPE_CHECKING:
    from .tag import Tag

__all__ = ['BatchCreateVolumeTagsRequestBody']


@dataclass(kw_only=True)
class BatchCreateVolumeTagsRequestBody:
    """The BatchCreateVolumeTagsRequestBody object.

    Attributes:
        action, required: 操作标识
            取值范围: 添加标签：create
        tags, required: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.1 为指定云硬盘批量添加标签 (line 7881)
    """

    action: BatchCreateVolumeTagsRequestBodyAction = BatchCreateVolumeTagsRequestBodyAction('create')
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
    def from_dict(cls, data: Mapping[str, Any]) -> BatchCreateVolumeTagsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tag import Tag

        _d = dict(data)
        return cls(
            action=_S.opt(_d.pop('action', BatchCreateVolumeTagsRequestBodyAction('create')), lambda x: _S.enum_of(BatchCreateVolumeTagsRequestBodyAction, x)),
            tags=_S.opt(_S.take(_d, 'tags', 'BatchCreateVolumeTagsRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(Tag.from_dict, x))),
            additional_properties=_d,
        )
