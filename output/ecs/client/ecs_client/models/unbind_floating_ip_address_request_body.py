"""UnbindFloatingIpAddressRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .remove_floating_ip import RemoveFloatingIp

__all__ = ['UnbindFloatingIpAddressRequestBody']


@dataclass(kw_only=True)
class UnbindFloatingIpAddressRequestBody:
    """The UnbindFloatingIpAddressRequestBody object.

    Attributes:
        remove_floating_ip (JSON 'removeFloatingIp'), required: Unbinds a floating IP address from an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.2 Unbinding a Floating IP Address (Discarded)
    """

    remove_floating_ip: RemoveFloatingIp
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('removeFloatingIp', self.remove_floating_ip),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnbindFloatingIpAddressRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .remove_floating_ip import RemoveFloatingIp

        _d = dict(data)
        return cls(
            remove_floating_ip=_S.opt(_S.take(_d, 'removeFloatingIp', 'UnbindFloatingIpAddressRequestBody'), lambda x: _S.model(RemoveFloatingIp.from_dict, x)),
            additional_properties=_d,
        )
