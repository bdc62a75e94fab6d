"""IpRangeV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['IpRangeV2']


@dataclass(kw_only=True)
class IpRangeV2:
    """The IpRangeV2 object.

    Attributes:
        cidr, required: Specifies the peer IP segment in CIDR format.
            The value cannot exceed 255 characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 ip_range
    """

    cidr: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('cidr', self.cidr),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IpRangeV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            cidr=_S.take(_d, 'cidr', 'IpRangeV2'),
            additional_properties=_d,
        )
