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
        id, required: 云硬盘快照ID。
        status, required: 云硬盘快照的状态。
        name, required: 云硬盘快照名称。
        description: 云硬盘快照描述信息。
        created_at, required: 云硬盘快照创建时间。
        updated_at, required: 云硬盘快照更新时间。
        metadata, required: 云硬盘快照的元数据信息。
        volume_id, required: 快照所属的云硬盘。
        size, required: 云硬盘快照大小。
        os_extended_snapshot_attributes_project_id (JSON 'os-extended-snapshot-attributes:project_id'), required: 项目ID。
        os_extended_snapshot_attributes_progress (JSON 'os-extended-snapshot-attributes:progress'), required: 快照进度。
        dedicated_storage_id: 专属存储ID。
        dedicated_storage_name: 专属存储名称。
        service_type, required: 服务类型。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.4 SnapshotList (line 6321)
    """

    id: str
    status: str
    name: str
    created_at: str
    updated_at: str
    metadata: dict[str, str]
    volume_id: str
    size: int
    os_extended_snapshot_attributes_project_id: str
    os_extended_snapshot_attributes_progress: str
    service_type: str
    description: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('status', self.status),
            ('name', self.name),
            ('created_at', self.created_at),
            ('updated_at', self.updated_at),
            ('metadata', self.metadata),
            ('volume_id', self.volume_id),
            ('size', self.size),
            ('os-extended-snapshot-attributes:project_id', self.os_extended_snapshot_attributes_project_id),
            ('os-extended-snapshot-attributes:progress', self.os_extended_snapshot_attributes_progress),
            ('service_type', self.service_type),
            ('description', self.description),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotList:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'SnapshotList'),
            status=_S.take(_d, 'status', 'SnapshotList'),
            name=_S.take(_d, 'name', 'SnapshotList'),
            created_at=_S.take(_d, 'created_at', 'SnapshotList'),
            updated_at=_S.take(_d, 'updated_at', 'SnapshotList'),
            metadata=_S.take(_d, 'metadata', 'SnapshotList'),
            volume_id=_S.take(_d, 'volume_id', 'SnapshotList'),
            size=_S.take(_d, 'size', 'SnapshotList'),
            os_extended_snapshot_attributes_project_id=_S.take(_d, 'os-extended-snapshot-attributes:project_id', 'SnapshotList'),
            os_extended_snapshot_attributes_progress=_S.take(_d, 'os-extended-snapshot-attributes:progress', 'SnapshotList'),
            service_type=_S.take(_d, 'service_type', 'SnapshotList'),
            description=_d.pop('description', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            additional_properties=_d,
        )
