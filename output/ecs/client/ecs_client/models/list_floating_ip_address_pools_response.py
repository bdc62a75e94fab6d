"""ListFloatingIpAddressPoolsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ListFloatingIpAddressPoolsResponse']


@dataclass(kw_only=True)
class ListFloatingIpAddressPoolsResponse:
    """The ListFloatingIpAddressPoolsResponse object.

    Attributes:
        floating_ip_pools, required: Specifies the floating IP address pool.
        name, required: Specifies the name of the floating IP address pool.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.7 Querying Floating IP Address Pools (Discarded)
    """

    floating_ip_pools: list[dict[str, Any]]
    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('floating_ip_pools', self.floating_ip_pools),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListFloatingIpAddressPoolsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            floating_ip_pools=_S.take(_d, 'floating_ip_pools', 'ListFloatingIpAddressPoolsResponse'),
            name=_S.take(_d, 'name', 'ListFloatingIpAddressPoolsResponse'),
            additional_properties=_d,
        )
