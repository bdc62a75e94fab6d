"""ExtendparamfielddescriptionforcreatingECSsForV1APIs: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ExtendparamfielddescriptionforcreatingECSsForV1APIs']


@dataclass(kw_only=True)
class ExtendparamfielddescriptionforcreatingECSsForV1APIs:
    """The ExtendparamfielddescriptionforcreatingECSsForV1APIs object.

    Attributes:
        region_id (JSON 'regionID'): Specifies the ID of the region where the ECS resides.
        support_auto_recovery: Specifies whether automatic recovery is enabled on the ECS.
            • true: enables this function.
            • false: disables this function.
            This parameter is of boolean type. If a non-boolean character is imported, the parameter value is set to false.
            When support_auto_recovery is set to false and \"cond:compute\": autorecovery is unavailable in the flavor, automatic recovery is not supported.
            When support_auto_recovery is set to false and \"cond:compute\": autorecovery is available in the flavor, automatic recovery is supported.
            You can query whether \"cond:compute\": autorecovery is available in the flavor by referring to Querying Details About Flavors and Extended Flavor Information.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 extendparamfielddescriptionforcreatingECSs(forV1APIs)
    """

    region_id: str | Unset = UNSET
    support_auto_recovery: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('regionID', self.region_id),
            ('support_auto_recovery', self.support_auto_recovery),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtendparamfielddescriptionforcreatingECSsForV1APIs:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            region_id=_d.pop('regionID', UNSET),
            support_auto_recovery=_d.pop('support_auto_recovery', UNSET),
            additional_properties=_d,
        )
