"""OsSchedulerHintsForListDetailsServers: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['OsSchedulerHintsForListDetailsServers']


@dataclass(kw_only=True)
class OsSchedulerHintsForListDetailsServers:
    """The OsSchedulerHintsForListDetailsServers object.

    Attributes:
        tenancy: Creates ECSs on a dedicated or shared host.
            The value of this parameter can be dedicated or shared.
        dedicated_host_id: Specifies the DeH ID.
            This parameter takes effect only when tenancy is set to dedicated.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 os:scheduler_hints
    """

    tenancy: list[str] | Unset = UNSET
    dedicated_host_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tenancy', self.tenancy),
            ('dedicated_host_id', self.dedicated_host_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsSchedulerHintsForListDetailsServers:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tenancy=_d.pop('tenancy', UNSET),
            dedicated_host_id=_d.pop('dedicated_host_id', UNSET),
            additional_properties=_d,
        )
