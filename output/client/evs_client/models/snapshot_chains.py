"""SnapshotChains: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['SnapshotChains']


@dataclass(kw_only=True)
class SnapshotChains:
    """The SnapshotChains object.

    Attributes:
        id: 快照链ID。
        availability_zone: 快照链所属云硬盘的可用区。
        snapshot_count: 快照链上的快照个数。
        capacity: 快照链的大小。
        project_id: 项目ID。
        volume_id: 快照链所属的云硬盘ID。
        category: 快照链的类型。
        created_at: 创建时间。
        updated_at: 更新时间。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.2 SnapshotChains (line 9892)
    """

    id: str | Unset = UNSET
    availability_zone: str | Unset = UNSET
    snapshot_count: int | Unset = UNSET
    capacity: int | Unset = UNSET
    project_id: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    category: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('availability_zone', self.availability_zone),
            ('snapshot_count', self.snapshot_count),
            ('capacity', self.capacity),
            ('project_id', self.project_id),
            ('volume_id', self.volume_id),
            ('category', self.category),
            ('created_at', self.created_at),
            ('updated_at', self.updated_at),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotChains:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            availability_zone=_d.pop('availability_zone', UNSET),
            snapshot_count=_d.pop('snapshot_count', UNSET),
            capacity=_d.pop('capacity', UNSET),
            project_id=_d.pop('project_id', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            category=_d.pop('category', UNSET),
            created_at=_d.pop('created_at', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            additional_properties=_d,
        )
