"""OsSchedulerHintsfielddescriptionRequestparameters: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['OsSchedulerHintsfielddescriptionRequestparameters']


@dataclass(kw_only=True)
class OsSchedulerHintsfielddescriptionRequestparameters:
    """The OsSchedulerHintsfielddescriptionRequestparameters object.

    Attributes:
        group: Specifies an ECS group ID, which is in UUID format.
            Obtain the parameter value from the console or by performing operations provided in Querying ECS Groups.
            Ensure that the ECS group uses the anti-affinity policy. You are not advised to use other policies.
        tenancy: Creates ECSs on a dedicated or shared host.
            The value of this parameter can be dedicated or shared.
        dedicated_host_id: Specifies the dedicated host ID.
            A DeH ID takes effect only when tenancy is set to dedicated.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 os:scheduler_hintsfielddescription(requestparameters)
    """

    group: str | Unset = UNSET
    tenancy: str | Unset = UNSET
    dedicated_host_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('group', self.group),
            ('tenancy', self.tenancy),
            ('dedicated_host_id', self.dedicated_host_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsSchedulerHintsfielddescriptionRequestparameters:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            group=_d.pop('group', UNSET),
            tenancy=_d.pop('tenancy', UNSET),
            dedicated_host_id=_d.pop('dedicated_host_id', UNSET),
            additional_properties=_d,
        )
