"""ListServersResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers_linksandlinks import ServersLinksandlinks
    from .servers_v21 import ServersV21

__all__ = ['ListServersResponse']


@dataclass(kw_only=True)
class ListServersResponse:
    """The ListServersResponse object.

    Attributes:
        servers: Specifies the ECSs to be queried. For details, see Table 4.
        servers_links: Specifies the link of the next page in pagination query. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.4 Querying ECSs
    """

    servers: list[ServersV21] | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> ListServersResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers_linksandlinks import ServersLinksandlinks
        from .servers_v21 import ServersV21

        _d = dict(data)
        return cls(
            servers=_S.opt(_d.pop('servers', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersV21.from_dict, x))),
            servers_links=_S.opt(_d.pop('servers_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersLinksandlinks.from_dict, x))),
            additional_properties=_d,
        )
