"""OsStop: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers import Servers

__all__ = ['OsStop']


@dataclass(kw_only=True)
class OsStop:
    """The OsStop object.

    Attributes:
        servers, required: Specifies ECS IDs. For details, see Table 4.
        type: Specifies an ECS stop type. The default value is SOFT.
            SOFT: normal ECS stop (default)
            HARD: forcible ECS stop

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.3.3 os-stop
    """

    servers: list[Servers]
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('servers', self.servers),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsStop:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers import Servers

        _d = dict(data)
        return cls(
            servers=_S.opt(_S.take(_d, 'servers', 'OsStop'), lambda x: _S.list_of(x, lambda x: _S.model(Servers.from_dict, x))),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
