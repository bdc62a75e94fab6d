"""ListServersByTagRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .list_servers_by_tag_request_body_action import ListServersByTagRequestBodyAction

if TYPE_CHECKING:
    from .match import Match
    from .tag import Tag

__all__ = ['ListServersByTagRequestBody']


@dataclass(kw_only=True)
class ListServersByTagRequestBody:
    """The ListServersByTagRequestBody object.

    Attributes:
        tags: Displays the ECSs with all the specified tags. For details, see Table 3.
            • A maximum of 10 keys are included. Each key can have a maximum of 10 values.
            • The structure body must be included.
            • This field cannot be left blank.
            • A key must be unique.
            • Values of the same key must be unique.
        not_tags: Displays the ECSs with none of specified tags.
            • A maximum of 10 keys are included. Each key can have a maximum of 10 values.
            • The structure body must be included.
            • This field cannot be left blank.
            • Keys must be unique.
            • Values of the same key must be unique.
        limit: Limits the maximum number of queried ECSs. The value cannot be a negative number. The maximum value is 1000.
            • If the action value is count, this parameter is invalid.
            • If the action value is filter, the default value is 1000.
        offset: Specifies index position. The query starts from the next piece of data indexed by this parameter. The value must be a number and cannot be a negative number.
            This parameter is not required when data on the first page is queried. When you query the subsequent page data, the value in the response body for the query of the data on the previous page is contained in this parameter.
            • If the action value is count, this parameter is invalid.
            • If the action value is filter, the default value is 0.
        action, required: Specifies the operation, which can be filter or count.
            • filter: filters ECSs by tag. The ECSs that meet the filter criteria are displayed on pages.
            • count: searches ECSs by tag. The number of ECSs that meet the search criteria is displayed.
        matches: Specifies the search field, which is used to search for ECSs.
            Currently, only resource_name can be used for search. For more information, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.4 Querying ECSs by Tag
    """

    action: ListServersByTagRequestBodyAction
    tags: list[Tag] | Unset = UNSET
    not_tags: list[str] | Unset = UNSET
    limit: str | Unset = UNSET
    offset: str | Unset = UNSET
    matches: list[Match] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('action', self.action),
            ('tags', self.tags),
            ('not_tags', self.not_tags),
            ('limit', self.limit),
            ('offset', self.offset),
            ('matches', self.matches),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListServersByTagRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .match import Match
        from .tag import Tag

        _d = dict(data)
        return cls(
            action=_S.opt(_S.take(_d, 'action', 'ListServersByTagRequestBody'), lambda x: _S.enum_of(ListServersByTagRequestBodyAction, x)),
            tags=_S.opt(_d.pop('tags', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Tag.from_dict, x))),
            not_tags=_d.pop('not_tags', UNSET),
            limit=_d.pop('limit', UNSET),
            offset=_d.pop('offset', UNSET),
            matches=_S.opt(_d.pop('matches', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Match.from_dict, x))),
            additional_properties=_d,
        )
