"""RollbackSnapshotToVolumeV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .rollback_disk_snapshot_option import RollbackDiskSnapshotOption

__all__ = ['RollbackSnapshotToVolumeV2RequestBody']


@dataclass(kw_only=True)
class RollbackSnapshotToVolumeV2RequestBody:
    """The RollbackSnapshotToVolumeV2RequestBody object.

    Attributes:
        rollback, required: 快照回滚信息

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.7 回滚快照到云硬盘(废弃) (line 7199)
    """

    rollback: RollbackDiskSnapshotOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rollback', self.rollback),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackSnapshotToVolumeV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .rollback_disk_snapshot_option import RollbackDiskSnapshotOption

        _d = dict(data)
        return cls(
            rollback=_S.opt(_S.take(_d, 'rollback', 'RollbackSnapshotToVolumeV2RequestBody'), lambda x: _S.model(RollbackDiskSnapshotOption.from_dict, x)),
            additional_properties=_d,
        )
