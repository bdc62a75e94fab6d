"""AbsoluteV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AbsoluteV21']


@dataclass(kw_only=True)
class AbsoluteV21:
    """The AbsoluteV21 object.

    Attributes:
        max_server_meta (JSON 'maxServerMeta'): Specifies the limit of ECS metadata quantity.
            If the value is -1, there is no quantity limit.
        max_personality (JSON 'maxPersonality'): Specifies the quantity limit of injected files.
            If the value is -1, there is no quantity limit.
            This parameter is not supported in microversion 2.56 and later.
        total_server_groups_used (JSON 'totalServerGroupsUsed'): Specifies the number of used ECS groups.
        max_image_meta (JSON 'maxImageMeta'): Specifies the limit of the image metadata quantity.
            If the value is -1, there is no quantity limit.
            This parameter is not supported in microversion 2.38 and later.
        max_personality_size (JSON 'maxPersonalitySize'): Specifies the size limit of injected files.
            If the value is -1, there is no size limit.
            This parameter is not supported in microversion 2.56 and later.
        max_total_ram_size (JSON 'maxTotalRAMSize'): Specifies the total memory size limit.
            If the value is -1, there is no size limit.
        max_total_keypairs (JSON 'maxTotalKeypairs'): Specifies the limit of key pair quantity.
            If the value is -1, there is no quantity limit.
        max_security_group_rules (JSON 'maxSecurityGroupRules'): Specifies the maximum number of security group rules.
            If the value is -1, there is no quantity limit.
            This parameter is not supported in microversion 2.35 and later.
        max_server_groups (JSON 'maxServerGroups'): Specifies the maximum number of ECS groups.
            If the value is -1, there is no quantity limit.
        total_cores_used (JSON 'totalCoresUsed'): Specifies the number of used cores.
        total_ram_used (JSON 'totalRAMUsed'): Specifies the size of used memory.
        max_security_groups (JSON 'maxSecurityGroups'): Specifies the maximum number of security groups.
            If the value is -1, there is no quantity limit.
            This parameter is not supported in microversion 2.35 and later.
        total_floating_ips_used (JSON 'totalFloatingIpsUsed'): Specifies the number of used floating IP addresses.
            This parameter is not supported in microversion 2.35 and later.
        total_instances_used (JSON 'totalInstancesUsed'): Specifies the number of used ECSs.
        total_security_groups_used (JSON 'totalSecurityGroupsUsed'): Specifies the number of used security groups.
        max_total_floating_ips (JSON 'maxTotalFloatingIps'): Specifies the maximum number of floating IP addresses.
            If the value is -1, there is no quantity limit.
            This parameter is not supported in microversion 2.35 and later.
        max_total_instances (JSON 'maxTotalInstances'): Specifies the maximum number of ECSs.
            If the value is -1, there is no quantity limit.
        max_total_cores (JSON 'maxTotalCores'): Specifies the maximum number of cores.
            If the value is -1, there is no quantity limit.
        max_server_group_members (JSON 'maxServerGroupMembers'): Specifies the maximum number of members in an ECS group.
            If the value is -1, there is no quantity limit.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.10.1 absolute
    """

    max_server_meta: str | Unset = UNSET
    max_personality: str | Unset = UNSET
    total_server_groups_used: str | Unset = UNSET
    max_image_meta: str | Unset = UNSET
    max_personality_size: str | Unset = UNSET
    max_total_ram_size: str | Unset = UNSET
    max_total_keypairs: str | Unset = UNSET
    max_security_group_rules: str | Unset = UNSET
    max_server_groups: str | Unset = UNSET
    total_cores_used: str | Unset = UNSET
    total_ram_used: str | Unset = UNSET
    max_security_groups: str | Unset = UNSET
    total_floating_ips_used: str | Unset = UNSET
    total_instances_used: str | Unset = UNSET
    total_security_groups_used: str | Unset = UNSET
    max_total_floating_ips: str | Unset = UNSET
    max_total_instances: str | Unset = UNSET
    max_total_cores: str | Unset = UNSET
    max_server_group_members: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('maxServerMeta', self.max_server_meta),
            ('maxPersonality', self.max_personality),
            ('totalServerGroupsUsed', self.total_server_groups_used),
            ('maxImageMeta', self.max_image_meta),
            ('maxPersonalitySize', self.max_personality_size),
            ('maxTotalRAMSize', self.max_total_ram_size),
            ('maxTotalKeypairs', self.max_total_keypairs),
            ('maxSecurityGroupRules', self.max_security_group_rules),
            ('maxServerGroups', self.max_server_groups),
            ('totalCoresUsed', self.total_cores_used),
            ('totalRAMUsed', self.total_ram_used),
            ('maxSecurityGroups', self.max_security_groups),
            ('totalFloatingIpsUsed', self.total_floating_ips_used),
            ('totalInstancesUsed', self.total_instances_used),
            ('totalSecurityGroupsUsed', self.total_security_groups_used),
            ('maxTotalFloatingIps', self.max_total_floating_ips),
            ('maxTotalInstances', self.max_total_instances),
            ('maxTotalCores', self.max_total_cores),
            ('maxServerGroupMembers', self.max_server_group_members),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AbsoluteV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            max_server_meta=_d.pop('maxServerMeta', UNSET),
            max_personality=_d.pop('maxPersonality', UNSET),
            total_server_groups_used=_d.pop('totalServerGroupsUsed', UNSET),
            max_image_meta=_d.pop('maxImageMeta', UNSET),
            max_personality_size=_d.pop('maxPersonalitySize', UNSET),
            max_total_ram_size=_d.pop('maxTotalRAMSize', UNSET),
            max_total_keypairs=_d.pop('maxTotalKeypairs', UNSET),
            max_security_group_rules=_d.pop('maxSecurityGroupRules', UNSET),
            max_server_groups=_d.pop('maxServerGroups', UNSET),
            total_cores_used=_d.pop('totalCoresUsed', UNSET),
            total_ram_used=_d.pop('totalRAMUsed', UNSET),
            max_security_groups=_d.pop('maxSecurityGroups', UNSET),
            total_floating_ips_used=_d.pop('totalFloatingIpsUsed', UNSET),
            total_instances_used=_d.pop('totalInstancesUsed', UNSET),
            total_security_groups_used=_d.pop('totalSecurityGroupsUsed', UNSET),
            max_total_floating_ips=_d.pop('maxTotalFloatingIps', UNSET),
            max_total_instances=_d.pop('maxTotalInstances', UNSET),
            max_total_cores=_d.pop('maxTotalCores', UNSET),
            max_server_group_members=_d.pop('maxServerGroupMembers', UNSET),
            additional_properties=_d,
        )
