"""ListDetailsServersResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers_for_list_details_servers import ServersForListDetailsServers
    from .servers_linksandlinks import ServersLinksandlinks

__all__ = ['ListDetailsServersResponse']


@dataclass(kw_only=True)
class ListDetailsServersResponse:
    """The ListDetailsServersResponse object.

    Attributes:
        servers: Specifies the ECSs to be queried. For details, see Table 4.
        servers_links: Specifies the link of the next page in pagination query. For details, see Table 6.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 Querying Details About ECSs
    """

    servers: list[ServersForListDetailsServers] | Unset = UNSET
    servers_links: list[ServersLinksandlinks] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('servers', self.servers),
            ('servers_links', self.servers_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListDetailsServersResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers_for_list_details_servers import ServersForListDetailsServers
        from .servers_linksandlinks import ServersLinksandlinks

        _d = dict(data)
        return cls(
            servers=_S.opt(_d.pop('servers', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersForListDetailsServers.from_dict, x))),
            servers_links=_S.opt(_d.pop('servers_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersLinksandlinks.from_dict, x))),
            additional_properties=_d,
        )
