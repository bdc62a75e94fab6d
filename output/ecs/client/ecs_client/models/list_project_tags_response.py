"""ListProjectTagsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .tag_for_list_project_tags import TagForListProjectTags

__all__ = ['ListProjectTagsResponse']


@dataclass(kw_only=True)
class ListProjectTagsResponse:
    """The ListProjectTagsResponse object.

    Attributes:
        tags: Specifies the tag list. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.5 Querying Project Tags
    """

    tags: list[TagForListProjectTags] | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> ListProjectTagsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tag_for_list_project_tags import TagForListProjectTags

        _d = dict(data)
        return cls(
            tags=_S.opt(_d.pop('tags', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(TagForListProjectTags.from_dict, x))),
            additional_properties=_d,
        )
