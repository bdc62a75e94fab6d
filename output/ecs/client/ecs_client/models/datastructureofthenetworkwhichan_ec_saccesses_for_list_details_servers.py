"""DatastructureofthenetworkwhichanECSaccessesForListDetailsServers: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['DatastructureofthenetworkwhichanECSaccessesForListDetailsServers']


@dataclass(kw_only=True)
class DatastructureofthenetworkwhichanECSaccessesForListDetailsServers:
    """The DatastructureofthenetworkwhichanECSaccessesForListDetailsServers object.

    Attributes:
        addr: Specifies the IP address.
        version: Specifies the type of an IP address. The value of this parameter can be 4 or 6.
            • 4: The type of the IP address is IPv4.
            • 6: The type of the IP address is IPv6.
        os_ext_ips_mac_mac_addr (JSON 'OS-EXT-IPS-MAC:mac_addr'): Specifies the MAC address. This is an extended attribute.
        os_ext_ips_type (JSON 'OS-EXT-IPS:type'): Specifies the IP address assignment mode. This is an extended attribute.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 DatastructureofthenetworkwhichanECSaccesses
    """

    addr: str | Unset = UNSET
    version: int | Unset = UNSET
    os_ext_ips_mac_mac_addr: str | Unset = UNSET
    os_ext_ips_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('addr', self.addr),
            ('version', self.version),
            ('OS-EXT-IPS-MAC:mac_addr', self.os_ext_ips_mac_mac_addr),
            ('OS-EXT-IPS:type', self.os_ext_ips_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DatastructureofthenetworkwhichanECSaccessesForListDetailsServers:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            addr=_d.pop('addr', UNSET),
            version=_d.pop('version', UNSET),
            os_ext_ips_mac_mac_addr=_d.pop('OS-EXT-IPS-MAC:mac_addr', UNSET),
            os_ext_ips_type=_d.pop('OS-EXT-IPS:type', UNSET),
            additional_properties=_d,
        )
