"""BatchAddTagsToServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .batch_add_tags_to_server_request_body_action import BatchAddTagsToServerRequestBodyAction

if TYPE_CHECKING:
    from .tags import Tags

__all__ = ['BatchAddTagsToServerRequestBody']


@dataclass(kw_only=True)
class BatchAddTagsToServerRequestBody:
    """The BatchAddTagsToServerRequestBody object.

    Attributes:
        tags, required: Specifies tags. For details, see Table 3.
        action, required: Specifies the operation. (Only lowercase letters are supported.) For example, create indicates the creation operation.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.2 Adding Tags to an ECS in a Batch
    """

    tags: list[Tags]
    action: BatchAddTagsToServerRequestBodyAction = BatchAddTagsToServerRequestBodyAction('create')
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
            ('action', self.action),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchAddTagsToServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tags import Tags

        _d = dict(data)
        return cls(
            tags=_S.opt(_S.take(_d, 'tags', 'BatchAddTagsToServerRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(Tags.from_dict, x))),
            action=_S.opt(_d.pop('action', BatchAddTagsToServerRequestBodyAction('create')), lambda x: _S.enum_of(BatchAddTagsToServerRequestBodyAction, x)),
            additional_properties=_d,
        )
