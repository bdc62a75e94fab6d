"""InterfaceAttachment: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .fixed_ips import FixedIps

__all__ = ['InterfaceAttachment']


@dataclass(kw_only=True)
class InterfaceAttachment:
    """The InterfaceAttachment object.

    Attributes:
        port_state: Specifies the NIC port status.
        fixed_ips: Specifies IP addresses for NICs. For details, see Table 4.
        net_id: Specifies the network ID to which the NIC port belongs.
        port_id: Specifies the ID of the NIC port.
        mac_addr: Specifies the MAC address of the NIC.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.2 interfaceAttachment
    """

    port_state: str | Unset = UNSET
    fixed_ips: list[FixedIps] | Unset = UNSET
    net_id: str | Unset = UNSET
    port_id: str | Unset = UNSET
    mac_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('port_state', self.port_state),
            ('fixed_ips', self.fixed_ips),
            ('net_id', self.net_id),
            ('port_id', self.port_id),
            ('mac_addr', self.mac_addr),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InterfaceAttachment:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fixed_ips import FixedIps

        _d = dict(data)
        return cls(
            port_state=_d.pop('port_state', UNSET),
            fixed_ips=_S.opt(_d.pop('fixed_ips', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(FixedIps.from_dict, x))),
            net_id=_d.pop('net_id', UNSET),
            port_id=_d.pop('port_id', UNSET),
            mac_addr=_d.pop('mac_addr', UNSET),
            additional_properties=_d,
        )
