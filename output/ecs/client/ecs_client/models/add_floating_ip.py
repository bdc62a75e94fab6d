"""AddFloatingIp: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AddFloatingIp']


@dataclass(kw_only=True)
class AddFloatingIp:
    """The AddFloatingIp object.

    Attributes:
        address, required: Specifies the floating IP address.
        fixed_address: Specifies the fixed IP address with which the floating IP address associates.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.1 addFloatingIp
    """

    address: str
    fixed_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('address', self.address),
            ('fixed_address', self.fixed_address),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddFloatingIp:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            address=_S.take(_d, 'address', 'AddFloatingIp'),
            fixed_address=_d.pop('fixed_address', UNSET),
            additional_properties=_d,
        )
