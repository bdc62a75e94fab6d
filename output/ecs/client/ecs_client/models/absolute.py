"""Absolute: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Absolute']


@dataclass(kw_only=True)
class Absolute:
    """The Absolute object.

    Attributes:
        max_total_instances (JSON 'maxTotalInstances'): Specifies the maximum number of ECSs you can use.
        max_total_cores (JSON 'maxTotalCores'): Specifies the maximum number of CPU cores you can use.
        max_total_ram_size (JSON 'maxTotalRAMSize'): Specifies the maximum memory space (MB) you can use.
        max_total_keypairs (JSON 'maxTotalKeypairs'): Specifies the maximum number of SSH key pairs you can use.
        max_server_meta (JSON 'maxServerMeta'): Specifies the maximum length of the metadata you can use.
        max_personality (JSON 'maxPersonality'): Specifies the maximum number of files that can be injected.
        max_personality_size (JSON 'maxPersonalitySize'): Specifies the maximum size (byte) of the file to be injected.
        max_server_groups (JSON 'maxServerGroups'): Specifies the maximum number of server groups.
        max_server_group_members (JSON 'maxServerGroupMembers'): Specifies the maximum number of ECSs in an ECS group.
        total_server_groups_used (JSON 'totalServerGroupsUsed'): Specifies the number of used server groups.
        max_security_groups (JSON 'maxSecurityGroups'): Specifies the maximum number of security groups you can use.
            The quota complies with the VPC quota limit.
        max_security_group_rules (JSON 'maxSecurityGroupRules'): Specifies the maximum number of security group rules that you can configure in a security group.
            The quota complies with the VPC quota limit.
        max_total_floating_ips (JSON 'maxTotalFloatingIps'): Specifies the maximum number of floating IP addresses you can use.
        max_image_meta (JSON 'maxImageMeta'): Specifies the maximum length of the image metadata.
        total_instances_used (JSON 'totalInstancesUsed'): Specifies the number of used ECSs.
        total_cores_used (JSON 'totalCoresUsed'): Specifies the number of the used CPU cores.
        total_ram_used (JSON 'totalRAMUsed'): Specifies the used memory size (MB).
        total_security_groups_used (JSON 'totalSecurityGroupsUsed'): Specifies the number of used security groups.
        total_floating_ips_used (JSON 'totalFloatingIpsUsed'): Specifies the number of used floating IP addresses.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.7.1 absolute
    """

    max_total_instances: int | Unset = UNSET
    max_total_cores: int | Unset = UNSET
    max_total_ram_size: int | Unset = UNSET
    max_total_keypairs: int | Unset = UNSET
    max_server_meta: int | Unset = UNSET
    max_personality: int | Unset = UNSET
    max_personality_size: int | Unset = UNSET
    max_server_groups: int | Unset = UNSET
    max_server_group_members: int | Unset = UNSET
    total_server_groups_used: int | Unset = UNSET
    max_security_groups: int | Unset = UNSET
    max_security_group_rules: int | Unset = UNSET
    max_total_floating_ips: int | Unset = UNSET
    max_image_meta: int | Unset = UNSET
    total_instances_used: int | Unset = UNSET
    total_cores_used: int | Unset = UNSET
    total_ram_used: int | Unset = UNSET
    total_security_groups_used: int | Unset = UNSET
    total_floating_ips_used: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('maxTotalInstances', self.max_total_instances),
            ('maxTotalCores', self.max_total_cores),
            ('maxTotalRAMSize', self.max_total_ram_size),
            ('maxTotalKeypairs', self.max_total_keypairs),
            ('maxServerMeta', self.max_server_meta),
            ('maxPersonality', self.max_personality),
            ('maxPersonalitySize', self.max_personality_size),
            ('maxServerGroups', self.max_server_groups),
            ('maxServerGroupMembers', self.max_server_group_members),
            ('totalServerGroupsUsed', self.total_server_groups_used),
            ('maxSecurityGroups', self.max_security_groups),
            ('maxSecurityGroupRules', self.max_security_group_rules),
            ('maxTotalFloatingIps', self.max_total_floating_ips),
            ('maxImageMeta', self.max_image_meta),
            ('totalInstancesUsed', self.total_instances_used),
            ('totalCoresUsed', self.total_cores_used),
            ('totalRAMUsed', self.total_ram_used),
            ('totalSecurityGroupsUsed', self.total_security_groups_used),
            ('totalFloatingIpsUsed', self.total_floating_ips_used),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Absolute:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            max_total_instances=_d.pop('maxTotalInstances', UNSET),
            max_total_cores=_d.pop('maxTotalCores', UNSET),
            max_total_ram_size=_d.pop('maxTotalRAMSize', UNSET),
            max_total_keypairs=_d.pop('maxTotalKeypairs', UNSET),
            max_server_meta=_d.pop('maxServerMeta', UNSET),
            max_personality=_d.pop('maxPersonality', UNSET),
            max_personality_size=_d.pop('maxPersonalitySize', UNSET),
            max_server_groups=_d.pop('maxServerGroups', UNSET),
            max_server_group_members=_d.pop('maxServerGroupMembers', UNSET),
            total_server_groups_used=_d.pop('totalServerGroupsUsed', UNSET),
            max_security_groups=_d.pop('maxSecurityGroups', UNSET),
            max_security_group_rules=_d.pop('maxSecurityGroupRules', UNSET),
            max_total_floating_ips=_d.pop('maxTotalFloatingIps', UNSET),
            max_image_meta=_d.pop('maxImageMeta', UNSET),
            total_instances_used=_d.pop('totalInstancesUsed', UNSET),
            total_cores_used=_d.pop('totalCoresUsed', UNSET),
            total_ram_used=_d.pop('totalRAMUsed', UNSET),
            total_security_groups_used=_d.pop('totalSecurityGroupsUsed', UNSET),
            total_floating_ips_used=_d.pop('totalFloatingIpsUsed', UNSET),
            additional_properties=_d,
        )
