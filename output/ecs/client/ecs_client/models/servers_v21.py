"""ServersV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers_linksandlinks import ServersLinksandlinks

__all__ = ['ServersV21']


@dataclass(kw_only=True)
class ServersV21:
    """The ServersV21 object.

    Attributes:
        name: Specifies the ECS name.
        id: Specifies an ECS uniquely.
        links: Specifies ECS shortcut links. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.4 servers
    """

    name: str | Unset = UNSET
    id: str | Unset = UNSET
    links: list[ServersLinksandlinks] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('id', self.id),
            ('links', self.links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServersV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers_linksandlinks import ServersLinksandlinks

        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersLinksandlinks.from_dict, x))),
            additional_properties=_d,
        )
