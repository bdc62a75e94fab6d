"""IpRange: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['IpRange']


@dataclass(kw_only=True)
class IpRange:
    """The IpRange object.

    Attributes:
        cidr: Specifies the peer IP segment in CIDR format.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.3 ip_range
    """

    cidr: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('cidr', self.cidr),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IpRange:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            cidr=_d.pop('cidr', UNSET),
            additional_properties=_d,
        )
