"""SnapshotSummary: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .snapshot_detail_status import SnapshotDetailStatus

__all__ = ['SnapshotSummary']


@dataclass(kw_only=True)
class SnapshotSummary:
    """The SnapshotSummary object.

    Attributes:
        created_at: 云硬盘快照创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        description: 云硬盘快照描述信息。
        id: 云硬盘快照ID。
        metadata: 云硬盘快照的元数据信息。 如果元数据中包含__system_enableActive字段，则表示该快照为云服务器创建备份时自动生成的快照。
        name: 云硬盘快照名称。
        size, unit: GiB: 云硬盘快照大小，单位为GiB。
        status: 云硬盘快照状态，具体请参见云硬盘快照状态 。
        updated_at: 快照更新时间。 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        volume_id: 快照所属的云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.1 SnapshotSummary (line 20074)
    """

    created_at: str | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    status: SnapshotDetailStatus | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    volume_id: str | Unset = UNSET
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
            created_at=_d.pop('created_at', UNSET),
            description=_d.pop('description', UNSET),
            id=_d.pop('id', UNSET),
            metadata=_d.pop('metadata', UNSET),
            name=_d.pop('name', UNSET),
            size=_d.pop('size', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(SnapshotDetailStatus, x)),
            updated_at=_d.pop('updated_at', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            additional_properties=_d,
        )
