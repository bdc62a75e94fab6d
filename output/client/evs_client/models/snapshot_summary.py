"""SnapshotSummary: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .snapshot_detail_status import SnapshotDetailStatus

__all__ = ['SnapshotSummary']


@dataclass(kw_only=True)
class SnapshotSummary:
    """The SnapshotSummary object.

    Attributes:
        created_at, required: 云硬盘快照创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        description, required: 云硬盘快照描述信息。
        id, required: 云硬盘快照ID。
        metadata, required: 云硬盘快照的元数据信息。 如果元数据中包含__system_enableActive字段，则表示该快照为云服务器创建备份时自动生成的快照。
        name, required: 云硬盘快照名称。
        size, required, unit: GiB: 云硬盘快照大小，单位为GiB。
        status, required: 云硬盘快照状态，具体请参见云硬盘快照状态 。
        updated_at, required: 快照更新时间。 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        volume_id, required: 快照所属的云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.1 SnapshotSummary (line 20074)
    """

    created_at: str
    description: str | None
    id: str
    metadata: dict[str, str]
    name: str
    size: int
    status: SnapshotDetailStatus
    updated_at: str | None
    volume_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('created_at', self.created_at),
            ('description', self.description),
            ('id', self.id),
            ('metadata', self.metadata),
            ('name', self.name),
            ('size', self.size),
            ('status', self.status),
            ('updated_at', self.updated_at),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotSummary:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            created_at=_S.take(_d, 'created_at', 'SnapshotSummary'),
            description=_S.take(_d, 'description', 'SnapshotSummary'),
            id=_S.take(_d, 'id', 'SnapshotSummary'),
            metadata=_S.take(_d, 'metadata', 'SnapshotSummary'),
            name=_S.take(_d, 'name', 'SnapshotSummary'),
            size=_S.take(_d, 'size', 'SnapshotSummary'),
            status=_S.opt(_S.take(_d, 'status', 'SnapshotSummary'), lambda x: _S.enum_of(SnapshotDetailStatus, x)),
            updated_at=_S.take(_d, 'updated_at', 'SnapshotSummary'),
            volume_id=_S.take(_d, 'volume_id', 'SnapshotSummary'),
            additional_properties=_d,
        )
