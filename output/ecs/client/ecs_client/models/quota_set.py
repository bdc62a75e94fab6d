"""QuotaSet: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['QuotaSet']


@dataclass(kw_only=True)
class QuotaSet:
    """The QuotaSet object.

    Attributes:
        cores: Specifies the quantity quota of vCPUs.
        fixed_ips: Specifies the quantity quota of fixed IP addresses. This parameter is not supported.
            This parameter is not supported in microversion 2.36 and later.
        floating_ips: Specifies the quantity quota of floating IP addresses. This parameter is not supported.
            This parameter is not supported in microversion 2.36 and later.
        id: Specifies the project UUID.
        injected_file_content_bytes: Specifies the size quota (bytes) of the files to be injected.
            This parameter is not supported in microversion 2.56 and later.
        injected_file_path_bytes: Specifies the size quota (bytes) of the path for the files to be injected.
            This parameter is not supported in microversion 2.56 and later.
        injected_files: Specifies the quantity quota of the files to be injected.
            This parameter is not supported in microversion 2.56 and later.
        instances: Specifies the quantity quota of ECSs.
        key_pairs: Specifies the quantity quota of key pairs. This parameter is not supported.
        metadata_items: Specifies the metadata quantity quota.
        ram: Specifies the memory quota (MB).
        security_group_rules: Specifies the quota of security group rules. This parameter is not supported.
            This parameter is not supported in microversion 2.36 and later.
        security_groups: Specifies the quantity quota of security groups. This parameter is not supported.
            This parameter is not supported in microversion 2.36 and later.
        server_groups: Specifies the quantity quota of ECS groups.
        server_group_members: Specifies the size quota of ECS groups.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.10.2 quota_set
    """

    cores: int | Unset = UNSET
    fixed_ips: int | Unset = UNSET
    floating_ips: int | Unset = UNSET
    id: str | Unset = UNSET
    injected_file_content_bytes: int | Unset = UNSET
    injected_file_path_bytes: int | Unset = UNSET
    injected_files: int | Unset = UNSET
    instances: int | Unset = UNSET
    key_pairs: int | Unset = UNSET
    metadata_items: int | Unset = UNSET
    ram: int | Unset = UNSET
    security_group_rules: int | Unset = UNSET
    security_groups: int | Unset = UNSET
    server_groups: int | Unset = UNSET
    server_group_members: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('cores', self.cores),
            ('fixed_ips', self.fixed_ips),
            ('floating_ips', self.floating_ips),
            ('id', self.id),
            ('injected_file_content_bytes', self.injected_file_content_bytes),
            ('injected_file_path_bytes', self.injected_file_path_bytes),
            ('injected_files', self.injected_files),
            ('instances', self.instances),
            ('key_pairs', self.key_pairs),
            ('metadata_items', self.metadata_items),
            ('ram', self.ram),
            ('security_group_rules', self.security_group_rules),
            ('security_groups', self.security_groups),
            ('server_groups', self.server_groups),
            ('server_group_members', self.server_group_members),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuotaSet:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            cores=_d.pop('cores', UNSET),
            fixed_ips=_d.pop('fixed_ips', UNSET),
            floating_ips=_d.pop('floating_ips', UNSET),
            id=_d.pop('id', UNSET),
            injected_file_content_bytes=_d.pop('injected_file_content_bytes', UNSET),
            injected_file_path_bytes=_d.pop('injected_file_path_bytes', UNSET),
            injected_files=_d.pop('injected_files', UNSET),
            instances=_d.pop('instances', UNSET),
            key_pairs=_d.pop('key_pairs', UNSET),
            metadata_items=_d.pop('metadata_items', UNSET),
            ram=_d.pop('ram', UNSET),
            security_group_rules=_d.pop('security_group_rules', UNSET),
            security_groups=_d.pop('security_groups', UNSET),
            server_groups=_d.pop('server_groups', UNSET),
            server_group_members=_d.pop('server_group_members', UNSET),
            additional_properties=_d,
        )
