"""UpdateServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .server_for_update_server import ServerForUpdateServer

__all__ = ['UpdateServerRequestBody']


@dataclass(kw_only=True)
class UpdateServerRequestBody:
    """The UpdateServerRequestBody object.

    Attributes:
        server, required: Specifies the ECS data structure. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.2 Modifying ECS Information
    """

    server: ServerForUpdateServer
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server', self.server),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_for_update_server import ServerForUpdateServer

        _d = dict(data)
        return cls(
            server=_S.opt(_S.take(_d, 'server', 'UpdateServerRequestBody'), lambda x: _S.model(ServerForUpdateServer.from_dict, x)),
            additional_properties=_d,
        )
