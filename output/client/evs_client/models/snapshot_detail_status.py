"""SnapshotDetailStatus: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SnapshotDetailStatus']


class SnapshotDetailStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    CREATING: 'creating' -- 云硬盘快照处于正在创建的过程中。
    AVAILABLE: 'available' -- 云硬盘快照创建成功，可以使用。
    ERROR: 'error' -- 云硬盘快照在创建过程中出现错误。
    DELETING: 'deleting' -- 云硬盘快照处于正在删除的过程中。
    ERROR_DELETING: 'error_deleting' -- 云硬盘快照在删除过程中出现错误
    ROLLBACKING: 'rollbacking' -- 云硬盘快照处于正在回滚数据的过程中。
        说明
        • 只支持快照回滚到源云硬盘，不支持快照回滚到其它指定云硬盘。
        • 只有当云硬盘的状态处于“可用”或“回滚数据失败”状态才允许快照回滚到源云硬盘。
    BACKING_UP: 'backing-up' -- 通过OpenStack原生API，可以直接通过快照创建备份，快照状态就会变为backing-up。 通过API对磁盘创建备份过程中，系统会自动创建快照，该快照状态为backing-up。
    """

    CREATING = 'creating'
    AVAILABLE = 'available'
    ERROR = 'error'
    DELETING = 'deleting'
    ERROR_DELETING = 'error_deleting'
    ROLLBACKING = 'rollbacking'
    BACKING_UP = 'backing-up'
