"""CreateSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateSnapshotOption']


@dataclass(kw_only=True)
class CreateSnapshotOption:
    """The CreateSnapshotOption object.

    Attributes:
        volume_id, required: 源云硬盘的ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
        force: 强制创快照标示。
            约束限制: 当force标记为false时，云硬盘处于挂载状态时，不能强制创建快照。 当force标记为true时，即使云硬盘处于挂载状态时，仍可以创建快照。
            取值范围: false或true。
            默认取值: false
        metadata: 云硬盘快照的元数据信息。
        description: 云硬盘快照描述。
            取值范围: 最大支持85个字符。
        name: 云硬盘快照名称。 对云硬盘创建备份时，同时会创建以autobk_snapshot_为名称前缀的快照，云硬盘控制台对此类快照会有操作限制。 因此建议不要创建以autobk_snapshot_为名称前缀的快照，避免影响快照的正常使用。
            取值范围: 最大支持64个字符。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.1 CreateSnapshotOption (line 5388)
    """

    volume_id: str
    force: bool | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('force', self.force),
            ('metadata', self.metadata),
            ('description', self.description),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'CreateSnapshotOption'),
            force=_d.pop('force', UNSET),
            metadata=_d.pop('metadata', UNSET),
            description=_d.pop('description', UNSET),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
