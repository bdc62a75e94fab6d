"""AddServerToMonitoringListRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['AddServerToMonitoringListRequestBody']


@dataclass(kw_only=True)
class AddServerToMonitoringListRequestBody:
    """The AddServerToMonitoringListRequestBody object.

    Attributes:
        monitor_metrics (JSON 'monitorMetrics'), required: Enables monitoring on the ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.6 Adding an ECS to the Monitoring List
    """

    monitor_metrics: dict[str, Any] | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('monitorMetrics', self.monitor_metrics),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddServerToMonitoringListRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            monitor_metrics=_S.take(_d, 'monitorMetrics', 'AddServerToMonitoringListRequestBody'),
            additional_properties=_d,
        )
