"""RemoveFloatingIp: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['RemoveFloatingIp']


@dataclass(kw_only=True)
class RemoveFloatingIp:
    """The RemoveFloatingIp object.

    Attributes:
        address, required: Specifies the floating IP address.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.2 removeFloatingIp
    """

    address: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('address', self.address),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RemoveFloatingIp:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            address=_S.take(_d, 'address', 'RemoveFloatingIp'),
            additional_properties=_d,
        )
