"""CinderCreateSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CinderCreateSnapshotOption']


@dataclass(kw_only=True)
class CinderCreateSnapshotOption:
    """The CinderCreateSnapshotOption object.

    Attributes:
        volume_id, required: 创建快照源云硬盘的ID。 通过查询所有云硬盘详情获取。
        description: 云硬盘快照描述，可以为null。 最大支持85个字符。
        force: 强制创快照标示，默认为false。 当force标记为false时，云硬盘处于挂载状态时，不能强制创建快照。 当force标记为true时，即使云硬盘处于挂载状态时，仍可以创建快照
        metadata: 云硬盘快照的元数据信息。
        name: 云硬盘快照名称。最大支持64个字符。 说明 对云硬盘创建备份时，同时会创建以autobk_snapshot_为名称前缀的快照，云硬盘控制台对此类快照会有操作限制。因此建议不要创建以autobk_snapshot_为名称前缀的快照，避免影响快照的正常使用。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.1 CinderCreateSnapshotOption (line 20054)
    """

    volume_id: str
    description: str | Unset = UNSET
    force: bool | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('description', self.description),
            ('force', self.force),
            ('metadata', self.metadata),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderCreateSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'CinderCreateSnapshotOption'),
            description=_d.pop('description', UNSET),
            force=_d.pop('force', UNSET),
            metadata=_d.pop('metadata', UNSET),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
