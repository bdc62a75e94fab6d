"""ShowServersResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .server_for_show_servers import ServerForShowServers

__all__ = ['ShowServersResponse']


@dataclass(kw_only=True)
class ShowServersResponse:
    """The ShowServersResponse object.

    Attributes:
        server: Specifies ECS information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.6 Querying Details About ECSs
    """

    server: ServerForShowServers | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server', self.server),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServersResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_for_show_servers import ServerForShowServers

        _d = dict(data)
        return cls(
            server=_S.opt(_d.pop('server', UNSET), lambda x: _S.model(ServerForShowServers.from_dict, x)),
            additional_properties=_d,
        )
