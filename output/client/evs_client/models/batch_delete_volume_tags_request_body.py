"""BatchDeleteVolumeTagsRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .batch_delete_volume_tags_request_body_action import BatchDeleteVolumeTagsRequestBodyAction

if TYPE_CHECKING:
    from .delete_tags_option import DeleteTagsOption

__all__ = ['BatchDeleteVolumeTagsRequestBody']


@dataclass(kw_only=True)
class BatchDeleteVolumeTagsRequestBody:
    """The BatchDeleteVolumeTagsRequestBody object.

    Attributes:
        action, required: 操作标识
            取值范围: 删除标签：delete
        tags, required: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.2 为指定云硬盘批量删除标签 (line 8196)
    """

    action: BatchDeleteVolumeTagsRequestBodyAction = BatchDeleteVolumeTagsRequestBodyAction('delete')
    tags: list[DeleteTagsOption]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('action', self.action),
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchDeleteVolumeTagsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .delete_tags_option import DeleteTagsOption

        _d = dict(data)
        return cls(
            action=_S.opt(_d.pop('action', BatchDeleteVolumeTagsRequestBodyAction('delete')), lambda x: _S.enum_of(BatchDeleteVolumeTagsRequestBodyAction, x)),
            tags=_S.opt(_S.take(_d, 'tags', 'BatchDeleteVolumeTagsRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(DeleteTagsOption.from_dict, x))),
            additional_properties=_d,
        )
