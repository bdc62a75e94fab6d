"""SnapshotDetail: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .snapshot_detail_status import SnapshotDetailStatus

__all__ = ['SnapshotDetail']


@dataclass(kw_only=True)
class SnapshotDetail:
    """The SnapshotDetail object.

    Attributes:
        id, required: 云硬盘快照ID。
        name, required: 云硬盘快照名称。 名称以autobk_snapshot_为前缀的快照是创建云硬盘备份时系统自动创建的，请不要进行“删除云硬盘快照”和“回滚快照到云硬盘”操作。
        description, required: 云硬盘快照描述信息。
        created_at, required: 云硬盘快照创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        updated_at, required: 云硬盘快照更新时间。
        metadata, required: 云硬盘快照的元数据信息。
        volume_id, required: 快照所属的云硬盘ID。
        size, required, unit: GiB: 云硬盘快照大小，单位为GiB。
        status, required: 云硬盘快照的状态，具体请参见云硬盘快照状态 。
        os_extended_snapshot_attributes_progress (JSON 'os-extended-snapshot-attributes:progress'), required: 预留属性。
        os_extended_snapshot_attributes_project_id (JSON 'os-extended-snapshot-attributes:project_id'), required: 项目ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.2 SnapshotDetail (line 20198)
    """

    id: str
    name: str
    description: str | None
    created_at: str
    updated_at: str | None
    metadata: dict[str, str]
    volume_id: str
    size: int
    status: SnapshotDetailStatus
    os_extended_snapshot_attributes_progress: str
    os_extended_snapshot_attributes_project_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('description', self.description),
            ('created_at', self.created_at),
            ('updated_at', self.updated_at),
            ('metadata', self.metadata),
            ('volume_id', self.volume_id),
            ('size', self.size),
            ('status', self.status),
            ('os-extended-snapshot-attributes:progress', self.os_extended_snapshot_attributes_progress),
            ('os-extended-snapshot-attributes:project_id', self.os_extended_snapshot_attributes_project_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotDetail:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'SnapshotDetail'),
            name=_S.take(_d, 'name', 'SnapshotDetail'),
            description=_S.take(_d, 'description', 'SnapshotDetail'),
            created_at=_S.take(_d, 'created_at', 'SnapshotDetail'),
            updated_at=_S.take(_d, 'updated_at', 'SnapshotDetail'),
            metadata=_S.take(_d, 'metadata', 'SnapshotDetail'),
            volume_id=_S.take(_d, 'volume_id', 'SnapshotDetail'),
            size=_S.take(_d, 'size', 'SnapshotDetail'),
            status=_S.opt(_S.take(_d, 'status', 'SnapshotDetail'), lambda x: _S.enum_of(SnapshotDetailStatus, x)),
            os_extended_snapshot_attributes_progress=_S.take(_d, 'os-extended-snapshot-attributes:progress', 'SnapshotDetail'),
            os_extended_snapshot_attributes_project_id=_S.take(_d, 'os-extended-snapshot-attributes:project_id', 'SnapshotDetail'),
            additional_properties=_d,
        )
