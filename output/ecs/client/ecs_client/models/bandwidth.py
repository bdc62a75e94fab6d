"""Bandwidth: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Bandwidth']


@dataclass(kw_only=True)
class Bandwidth:
    """The Bandwidth object.

    Attributes:
        size, required: Specifies the bandwidth size.
            Specifies the bandwidth (Mbit/s). The value ranges from 1 to 1000.
            The specific range may vary depending on the configuration in each region. You can see the bandwidth range of each region on the management console.
        sharetype, required: Specifies the bandwidth sharing type.
            Enumerated values: PER (indicates exclusive bandwidth) and WHOLE (indicates sharing)
        chargemode, required: Specifies the bandwidth billing mode.
            • If the field value is traffic, the ECS is billed by traffic.
            • If the field value is others, creating the ECS will fail.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 bandwidth
    """

    size: int
    sharetype: str
    chargemode: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('size', self.size),
            ('sharetype', self.sharetype),
            ('chargemode', self.chargemode),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bandwidth:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            size=_S.take(_d, 'size', 'Bandwidth'),
            sharetype=_S.take(_d, 'sharetype', 'Bandwidth'),
            chargemode=_S.take(_d, 'chargemode', 'Bandwidth'),
            additional_properties=_d,
        )
