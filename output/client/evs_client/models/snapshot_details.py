"""SnapshotDetails: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .snapshot_detail_status import SnapshotDetailStatus

__all__ = ['SnapshotDetails']


@dataclass(kw_only=True)
class SnapshotDetails:
    """The SnapshotDetails object.

    Attributes:
        id, required: 云硬盘快照ID。
        status, required: 云硬盘快照状态。
            取值范围: 关于云硬盘快照状态参见云硬盘快照状态 。
        name, required: 云硬盘快照名称。
        description, required: 云硬盘快照描述信息。
        created_at, required: 云硬盘快照创建时间。
            取值范围: 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        updated_at: 快照更新时间。
            取值范围: 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        metadata, required: 云硬盘快照的元数据信息。
        volume_id, required: 快照所属的云硬盘ID。
        size, required, unit: GiB: 云硬盘快照大小，单位为GiB。
        os_extended_snapshot_attributes_project_id (JSON 'os-extended-snapshot-attributes:project_id'): 预留属性。
        os_extended_snapshot_attributes_progress (JSON 'os-extended-snapshot-attributes:progress'): 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.1 SnapshotDetails (line 5408)
    """

    id: str
    status: SnapshotDetailStatus
    name: str
    description: str
    created_at: str
    metadata: dict[str, Any]
    volume_id: str
    size: int
    updated_at: str | Unset = UNSET
    os_extended_snapshot_attributes_project_id: str | Unset = UNSET
    os_extended_snapshot_attributes_progress: str | Unset = UNSET
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
            ('metadata', self.metadata),
            ('volume_id', self.volume_id),
            ('size', self.size),
            ('updated_at', self.updated_at),
            ('os-extended-snapshot-attributes:project_id', self.os_extended_snapshot_attributes_project_id),
            ('os-extended-snapshot-attributes:progress', self.os_extended_snapshot_attributes_progress),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotDetails:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'SnapshotDetails'),
            status=_S.opt(_S.take(_d, 'status', 'SnapshotDetails'), lambda x: _S.enum_of(SnapshotDetailStatus, x)),
            name=_S.take(_d, 'name', 'SnapshotDetails'),
            description=_S.take(_d, 'description', 'SnapshotDetails'),
            created_at=_S.take(_d, 'created_at', 'SnapshotDetails'),
            metadata=_S.take(_d, 'metadata', 'SnapshotDetails'),
            volume_id=_S.take(_d, 'volume_id', 'SnapshotDetails'),
            size=_S.take(_d, 'size', 'SnapshotDetails'),
            updated_at=_d.pop('updated_at', UNSET),
            os_extended_snapshot_attributes_project_id=_d.pop('os-extended-snapshot-attributes:project_id', UNSET),
            os_extended_snapshot_attributes_progress=_d.pop('os-extended-snapshot-attributes:progress', UNSET),
            additional_properties=_d,
        )
