"""CreateServerGroupV1RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .server_group import ServerGroup

__all__ = ['CreateServerGroupV1RequestBody']


@dataclass(kw_only=True)
class CreateServerGroupV1RequestBody:
    """The CreateServerGroupV1RequestBody object.

    Attributes:
        server_group, required: Specifies the ECS group information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.1 Creating an ECS Group
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
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerGroupV1RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_group import ServerGroup

        _d = dict(data)
        return cls(
            server_group=_S.opt(_S.take(_d, 'server_group', 'CreateServerGroupV1RequestBody'), lambda x: _S.model(ServerGroup.from_dict, x)),
            additional_properties=_d,
        )
