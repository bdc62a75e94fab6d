"""FixedIps: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['FixedIps']


@dataclass(kw_only=True)
class FixedIps:
    """The FixedIps object.

    Attributes:
        subnet_id: Specifies the subnet of the NIC private IP address.
        ip_address: Specifies the NIC private IP address.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.1 fixed_ips
    """

    subnet_id: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('subnet_id', self.subnet_id),
            ('ip_address', self.ip_address),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FixedIps:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            subnet_id=_d.pop('subnet_id', UNSET),
            ip_address=_d.pop('ip_address', UNSET),
            additional_properties=_d,
        )
