"""ZoneState: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ZoneState']


@dataclass(kw_only=True)
class ZoneState:
    """The ZoneState object.

    Attributes:
        available, required: 可用分区是否可用。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 ZoneState (line 10483)
    """

    available: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('available', self.available),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ZoneState:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            available=_S.take(_d, 'available', 'ZoneState'),
            additional_properties=_d,
        )
