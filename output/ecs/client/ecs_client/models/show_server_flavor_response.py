"""ShowServerFlavorResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .flavor_for_show_server_flavor import FlavorForShowServerFlavor

__all__ = ['ShowServerFlavorResponse']


@dataclass(kw_only=True)
class ShowServerFlavorResponse:
    """The ShowServerFlavorResponse object.

    Attributes:
        flavor: Specifies the ECS flavor. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.6.3 Querying Details About an ECS Flavor
    """

    flavor: FlavorForShowServerFlavor | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavor', self.flavor),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerFlavorResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .flavor_for_show_server_flavor import FlavorForShowServerFlavor

        _d = dict(data)
        return cls(
            flavor=_S.opt(_d.pop('flavor', UNSET), lambda x: _S.model(FlavorForShowServerFlavor.from_dict, x)),
            additional_properties=_d,
        )
