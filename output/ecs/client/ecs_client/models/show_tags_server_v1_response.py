"""ShowTagsServerV1Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .tags_for_show_tags_server_v1 import TagsForShowTagsServerV1

__all__ = ['ShowTagsServerV1Response']


@dataclass(kw_only=True)
class ShowTagsServerV1Response:
    """The ShowTagsServerV1Response object.

    Attributes:
        tags: Specifies tags. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.6 Querying Tags of an ECS
    """

    tags: list[TagsForShowTagsServerV1] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowTagsServerV1Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tags_for_show_tags_server_v1 import TagsForShowTagsServerV1

        _d = dict(data)
        return cls(
            tags=_S.opt(_d.pop('tags', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(TagsForShowTagsServerV1.from_dict, x))),
            additional_properties=_d,
        )
