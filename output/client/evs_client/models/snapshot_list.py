"""SnapshotList: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['SnapshotList']


@dataclass(kw_only=True)
class SnapshotList:
    """The SnapshotList object.

    Attributes:
        id: 云硬盘快照ID。
        status: 云硬盘快照的状态。
        name: 云硬盘快照名称。
        description: 云硬盘快照描述信息。
        created_at: 云硬盘快照创建时间。
        updated_at: 云硬盘快照更新时间。
        metadata: 云硬盘快照的元数据信息。
        volume_id: 快照所属的云硬盘。
        size: 云硬盘快照大小。
        os_extended_snapshot_attributes_project_id (JSON 'os-extended-snapshot-attributes:project_id'): 项目ID。
        os_extended_snapshot_attributes_progress (JSON 'os-extended-snapshot-attributes:progress'): 快照进度。
        dedicated_storage_id: 专属存储ID。
        dedicated_storage_name: 专属存储名称。
        service_type: 服务类型。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.4 SnapshotList (line 6321)
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    volume_id: str | Unset = UNSET
    size: int | Unset = UNSET
    os_extended_snapshot_attributes_project_id: str | Unset = UNSET
    os_extended_snapshot_attributes_progress: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    service_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('status', self.status),
            ('name', self.name),
            ('description', self.description),
            ('created_at', self.created_at),
            ('updated_at', self.updated_at),
            ('metadata', self.metadata),
            ('volume_id', self.volume_id),
            ('size', self.size),
            ('os-extended-snapshot-attributes:project_id', self.os_extended_snapshot_attributes_project_id),
            ('os-extended-snapshot-attributes:progress', self.os_extended_snapshot_attributes_progress),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
            ('service_type', self.service_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotList:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            status=_d.pop('status', UNSET),
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            created_at=_d.pop('created_at', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            metadata=_d.pop('metadata', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            size=_d.pop('size', UNSET),
            os_extended_snapshot_attributes_project_id=_d.pop('os-extended-snapshot-attributes:project_id', UNSET),
            os_extended_snapshot_attributes_progress=_d.pop('os-extended-snapshot-attributes:progress', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            service_type=_d.pop('service_type', UNSET),
            additional_properties=_d,
        )
