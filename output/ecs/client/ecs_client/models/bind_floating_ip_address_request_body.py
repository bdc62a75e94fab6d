"""BindFloatingIpAddressRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .add_floating_ip import AddFloatingIp

__all__ = ['BindFloatingIpAddressRequestBody']


@dataclass(kw_only=True)
class BindFloatingIpAddressRequestBody:
    """The BindFloatingIpAddressRequestBody object.

    Attributes:
        add_floating_ip (JSON 'addFloatingIp'), required: Specifies the floating IP address to be bound to an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.1 Binding a Floating IP Address (Discarded)
    """

    add_floating_ip: AddFloatingIp
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('addFloatingIp', self.add_floating_ip),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BindFloatingIpAddressRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .add_floating_ip import AddFloatingIp

        _d = dict(data)
        return cls(
            add_floating_ip=_S.opt(_S.take(_d, 'addFloatingIp', 'BindFloatingIpAddressRequestBody'), lambda x: _S.model(AddFloatingIp.from_dict, x)),
            additional_properties=_d,
        )
