"""BatchDeleteTagsFromServerServersRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .batch_delete_tags_from_server_request_body_action import BatchDeleteTagsFromServerRequestBodyAction

__all__ = ['BatchDeleteTagsFromServerServersRequestBody']


@dataclass(kw_only=True)
class BatchDeleteTagsFromServerServersRequestBody:
    """The BatchDeleteTagsFromServerServersRequestBody object.

    Attributes:
        tags, required: Specifies tags.
        action, required: Specifies the operation (only lowercase letters are supported). For example, delete indicates the deletion operation.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.2 Deleting Tags from an ECS in a Batch (Discarded)
    """

    tags: list[dict[str, Any]]
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
    def from_dict(cls, data: Mapping[str, Any]) -> BatchDeleteTagsFromServerServersRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tags=_S.take(_d, 'tags', 'BatchDeleteTagsFromServerServersRequestBody'),
            action=_S.opt(_d.pop('action', BatchDeleteTagsFromServerRequestBodyAction('delete')), lambda x: _S.enum_of(BatchDeleteTagsFromServerRequestBodyAction, x)),
            additional_properties=_d,
        )
