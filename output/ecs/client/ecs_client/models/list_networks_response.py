"""ListNetworksResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ListNetworksResponse']


@dataclass(kw_only=True)
class ListNetworksResponse:
    """The ListNetworksResponse object.

    Attributes:
        id, required: Specifies the network ID in UUID format.
        label, required: Specifies the network name.
        broadcast, required: The value can only be null.
        cidr, required: The value can only be null.
        cidr_v6, required: The value can only be null.
        dns1, required: The value can only be null.
        dns2, required: The value can only be null.
        gateway, required: The value can only be null.
        gateway_v6, required: The value can only be null.
        netmask, required: The value can only be null.
        netmask_v6, required: The value can only be null.
        bridge: The value is fixed to be null and is in UUID format.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.1 Querying Networks
    """

    id: str
    label: str
    broadcast: str
    cidr: str
    cidr_v6: str
    dns1: str
    dns2: str
    gateway: str
    gateway_v6: str
    netmask: str
    netmask_v6: str
    bridge: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('label', self.label),
            ('broadcast', self.broadcast),
            ('cidr', self.cidr),
            ('cidr_v6', self.cidr_v6),
            ('dns1', self.dns1),
            ('dns2', self.dns2),
            ('gateway', self.gateway),
            ('gateway_v6', self.gateway_v6),
            ('netmask', self.netmask),
            ('netmask_v6', self.netmask_v6),
            ('bridge', self.bridge),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListNetworksResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'ListNetworksResponse'),
            label=_S.take(_d, 'label', 'ListNetworksResponse'),
            broadcast=_S.take(_d, 'broadcast', 'ListNetworksResponse'),
            cidr=_S.take(_d, 'cidr', 'ListNetworksResponse'),
            cidr_v6=_S.take(_d, 'cidr_v6', 'ListNetworksResponse'),
            dns1=_S.take(_d, 'dns1', 'ListNetworksResponse'),
            dns2=_S.take(_d, 'dns2', 'ListNetworksResponse'),
            gateway=_S.take(_d, 'gateway', 'ListNetworksResponse'),
            gateway_v6=_S.take(_d, 'gateway_v6', 'ListNetworksResponse'),
            netmask=_S.take(_d, 'netmask', 'ListNetworksResponse'),
            netmask_v6=_S.take(_d, 'netmask_v6', 'ListNetworksResponse'),
            bridge=_d.pop('bridge', UNSET),
            additional_properties=_d,
        )
