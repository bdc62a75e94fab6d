"""CreateServerGroupV21RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .server_group import ServerGroup

__all__ = ['CreateServerGroupV21RequestBody']


@dataclass(kw_only=True)
class CreateServerGroupV21RequestBody:
    """The CreateServerGroupV21RequestBody object.

    Attributes:
        server_group, required: Specifies the ECS group information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.12.1 Creating an ECS Group
    """

    server_group: ServerGroup
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_group', self.server_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerGroupV21RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_group import ServerGroup

        _d = dict(data)
        return cls(
            server_group=_S.opt(_S.take(_d, 'server_group', 'CreateServerGroupV21RequestBody'), lambda x: _S.model(ServerGroup.from_dict, x)),
            additional_properties=_d,
        )
