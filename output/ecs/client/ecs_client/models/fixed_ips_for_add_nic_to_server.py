"""FixedIpsForAddNicToServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['FixedIpsForAddNicToServer']


@dataclass(kw_only=True)
class FixedIpsForAddNicToServer:
    """The FixedIpsForAddNicToServer object.

    Attributes:
        ip_address: Specifies the IP address.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.3 fixed_ips
    """

    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('ip_address', self.ip_address),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FixedIpsForAddNicToServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            ip_address=_d.pop('ip_address', UNSET),
            additional_properties=_d,
        )
