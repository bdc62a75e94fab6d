"""BatchDeleteTagsFromServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .batch_delete_tags_from_server_request_body_action import BatchDeleteTagsFromServerRequestBodyAction

if TYPE_CHECKING:
    from .tags_for_batch_delete_tags_from_server import TagsForBatchDeleteTagsFromServer

__all__ = ['BatchDeleteTagsFromServerRequestBody']


@dataclass(kw_only=True)
class BatchDeleteTagsFromServerRequestBody:
    """The BatchDeleteTagsFromServerRequestBody object.

    Attributes:
        tags, required: Specifies tags. For details, see Table 3.
        action, required: Specifies the operation. (Only lowercase letters are supported.) For example, delete indicates the deletion operation.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.3 Deleting Tags from an ECS in a Batch
    """

    tags: list[TagsForBatchDeleteTagsFromServer]
    action: BatchDeleteTagsFromServerRequestBodyAction = BatchDeleteTagsFromServerRequestBodyAction('delete')
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
            ('action', self.action),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchDeleteTagsFromServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tags_for_batch_delete_tags_from_server import TagsForBatchDeleteTagsFromServer

        _d = dict(data)
        return cls(
            tags=_S.opt(_S.take(_d, 'tags', 'BatchDeleteTagsFromServerRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(TagsForBatchDeleteTagsFromServer.from_dict, x))),
            action=_S.opt(_d.pop('action', BatchDeleteTagsFromServerRequestBodyAction('delete')), lambda x: _S.enum_of(BatchDeleteTagsFromServerRequestBodyAction, x)),
            additional_properties=_d,
        )
