"""ShowFloatingIpAddressResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .floating_ip import FloatingIp

__all__ = ['ShowFloatingIpAddressResponse']


@dataclass(kw_only=True)
class ShowFloatingIpAddressResponse:
    """The ShowFloatingIpAddressResponse object.

    Attributes:
        floating_ip, required: Specifies the floating IP address. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.5 Querying Details About a Floating IP Address (Discarded)
    """

    floating_ip: FloatingIp
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('floating_ip', self.floating_ip),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowFloatingIpAddressResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .floating_ip import FloatingIp

        _d = dict(data)
        return cls(
            floating_ip=_S.opt(_S.take(_d, 'floating_ip', 'ShowFloatingIpAddressResponse'), lambda x: _S.model(FloatingIp.from_dict, x)),
            additional_properties=_d,
        )
