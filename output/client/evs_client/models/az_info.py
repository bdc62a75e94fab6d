"""AzInfo: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .zone_state import ZoneState

__all__ = ['AzInfo']


@dataclass(kw_only=True)
class AzInfo:
    """The AzInfo object.

    Attributes:
        zone_name (JSON 'zoneName'), required: 可用分区的名字。
        zone_state (JSON 'zoneState'), required: 可用分区的状态。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 AzInfo (line 10477)
    """

    zone_name: str
    zone_state: ZoneState
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('zoneName', self.zone_name),
            ('zoneState', self.zone_state),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AzInfo:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .zone_state import ZoneState

        _d = dict(data)
        return cls(
            zone_name=_S.take(_d, 'zoneName', 'AzInfo'),
            zone_state=_S.opt(_S.take(_d, 'zoneState', 'AzInfo'), lambda x: _S.model(ZoneState.from_dict, x)),
            additional_properties=_d,
        )
