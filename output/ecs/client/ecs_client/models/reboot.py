"""Reboot: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .type import Type

if TYPE_CHECKING:
    from .servers import Servers

__all__ = ['Reboot']


@dataclass(kw_only=True)
class Reboot:
    """The Reboot object.

    Attributes:
        type, required: Specifies the type of the restart operation.
            • SOFT: soft restart
            • HARD: forcible restart (hard restart)
        servers, required: Specifies ECS IDs. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.3.2 reboot
    """

    type: Type
    servers: list[Servers]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
            ('servers', self.servers),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reboot:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers import Servers

        _d = dict(data)
        return cls(
            type=_S.opt(_S.take(_d, 'type', 'Reboot'), lambda x: _S.enum_of(Type, x)),
            servers=_S.opt(_S.take(_d, 'servers', 'Reboot'), lambda x: _S.list_of(x, lambda x: _S.model(Servers.from_dict, x))),
            additional_properties=_d,
        )
