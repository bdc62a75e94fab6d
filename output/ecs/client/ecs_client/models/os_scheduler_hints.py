"""OsSchedulerHints: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .check_resources import CheckResources
from .tenancy import Tenancy

__all__ = ['OsSchedulerHints']


@dataclass(kw_only=True)
class OsSchedulerHints:
    """The OsSchedulerHints object.

    Attributes:
        group: Specifies the anti-affinity group.
            The value is in UUID format.
            Ensure that the ECS group uses the anti-affinity policy. You are not advised to use other policies.
        different_host: The function has not been supported, and this field is reserved.
        same_host: The function has not been supported, and this field is reserved.
        cidr: The function has not been supported, and this field is reserved.
        build_near_host_ip: The function has not been supported, and this field is reserved.
        tenancy: Specifies whether the ECS is created on a Dedicated Host (DeH) or in a shared pool (default).
            The value can be shared or dedicated.
            • shared: indicates the shared pool.
            • dedicated: indicates the DeH.
            The parameter value also takes effect for ECS query operations.
        dedicated_host_id: Specifies the DeH ID.
            This parameter takes effect only when the value of tenancy is dedicated.
            If you do not specify this parameter, the system will automatically assign a DeH to you to deploy ECSs.
            The parameter value also takes effect for ECS query operations.
        check_resources: Specifies whether to check resource sufficiency when creating an ECS. If this parameter is not configured, the system does not check resource sufficiency by default.
            The value can be true or false. The default value is false.
            • true: indicates that the system will check resource sufficiency. If the resources are insufficient, the check result will be returned.
            • false: indicates that the system will not check resource sufficiency.
            Since the resource usage is dynamic, the resource sufficiency check result is not accurate.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 os:scheduler_hints
    """

    group: str | Unset = UNSET
    different_host: list[str] | Unset = UNSET
    same_host: list[str] | Unset = UNSET
    cidr: str | Unset = UNSET
    build_near_host_ip: str | Unset = UNSET
    tenancy: Tenancy | Unset = UNSET
    dedicated_host_id: str | Unset = UNSET
    check_resources: CheckResources | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('group', self.group),
            ('different_host', self.different_host),
            ('same_host', self.same_host),
            ('cidr', self.cidr),
            ('build_near_host_ip', self.build_near_host_ip),
            ('tenancy', self.tenancy),
            ('dedicated_host_id', self.dedicated_host_id),
            ('check_resources', self.check_resources),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsSchedulerHints:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            group=_d.pop('group', UNSET),
            different_host=_d.pop('different_host', UNSET),
            same_host=_d.pop('same_host', UNSET),
            cidr=_d.pop('cidr', UNSET),
            build_near_host_ip=_d.pop('build_near_host_ip', UNSET),
            tenancy=_S.opt(_d.pop('tenancy', UNSET), lambda x: _S.enum_of(Tenancy, x)),
            dedicated_host_id=_d.pop('dedicated_host_id', UNSET),
            check_resources=_S.opt(_d.pop('check_resources', UNSET), lambda x: _S.enum_of(CheckResources, x)),
            additional_properties=_d,
        )
