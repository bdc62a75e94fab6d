"""ListServerGroupsV1Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .page_info import PageInfo
    from .server_groups import ServerGroups

__all__ = ['ListServerGroupsV1Response']


@dataclass(kw_only=True)
class ListServerGroupsV1Response:
    """The ListServerGroupsV1Response object.

    Attributes:
        server_groups: Specifies ECS groups. For details, see Table 4.
        page_info: If the pagination function is enabled, the UUID of the last ECS group on the current page is returned. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.5 Querying ECS Groups
    """

    server_groups: list[ServerGroups] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_groups', self.server_groups),
            ('page_info', self.page_info),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListServerGroupsV1Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .page_info import PageInfo
        from .server_groups import ServerGroups

        _d = dict(data)
        return cls(
            server_groups=_S.opt(_d.pop('server_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServerGroups.from_dict, x))),
            page_info=_S.opt(_d.pop('page_info', UNSET), lambda x: _S.model(PageInfo.from_dict, x)),
            additional_properties=_d,
        )
