"""AvailabilityZoneInfo: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .zone_state import ZoneState

__all__ = ['AvailabilityZoneInfo']


@dataclass(kw_only=True)
class AvailabilityZoneInfo:
    """The AvailabilityZoneInfo object.

    Attributes:
        zone_state (JSON 'zoneState'): Specifies the AZ status. For details, see Table 4.
        hosts: The parameter is set to null.
        zone_name (JSON 'zoneName'): Specifies the AZ name.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.15.1 AvailabilityZoneInfo
    """

    zone_state: ZoneState | Unset = UNSET
    hosts: dict[str, Any] | Unset = UNSET
    zone_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('zoneState', self.zone_state),
            ('hosts', self.hosts),
            ('zoneName', self.zone_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AvailabilityZoneInfo:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .zone_state import ZoneState

        _d = dict(data)
        return cls(
            zone_state=_S.opt(_d.pop('zoneState', UNSET), lambda x: _S.model(ZoneState.from_dict, x)),
            hosts=_d.pop('hosts', UNSET),
            zone_name=_d.pop('zoneName', UNSET),
            additional_properties=_d,
        )
