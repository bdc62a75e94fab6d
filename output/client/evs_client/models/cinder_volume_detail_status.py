"""CinderVolumeDetailStatus: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['CinderVolumeDetailStatus']


class CinderVolumeDetailStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    CREATING: 'creating' -- 云硬盘处于正在创建的过程中。
    AVAILABLE: 'available' -- 云硬盘创建成功，还未挂载给任何云服务器，可以进行挂载。
    IN_USE: 'in-use' -- 云硬盘已挂载给云服务器，正在使用中。
    ERROR: 'error' -- 云硬盘在创建过程中出现错误。
    ATTACHING: 'attaching' -- 云硬盘处于正在挂载的过程中。
    DETACHING: 'detaching' -- 云硬盘处于正在卸载的过程中。
    RESTORING_BACKUP: 'restoring-backup' -- 云硬盘处于正在从备份恢复的过程中。
    BACKING_UP: 'backing-up' -- 云硬盘处于通过备份创建的过程中。
    ERROR_RESTORING: 'error_restoring' -- 云硬盘从备份恢复过程中出现错误。
    UPLOADING: 'uploading' -- 云硬盘数据正在被上传到镜像中。此状态出现在从云服务器创建镜像的操作过程中。
    DOWNLOADING: 'downloading' -- 正在从镜像下载数据到云硬盘。此状态出现在创建云服务器的操作过程中。
    EXTENDING: 'extending' -- 云硬盘处于正在扩容的过程中。
    ERROR_EXTENDING: 'error_extending' -- 云硬盘在扩容过程中出现错误。
    DELETING: 'deleting' -- 云硬盘处于正在删除的过程中。
    ERROR_DELETING: 'error_deleting' -- 云硬盘在删除过程中出现错误。
    ROLLBACKING: 'rollbacking' -- 云硬盘处于正在从快照回滚数据的过程中。
        说明
        • 只支持快照回滚到源云硬盘，不支持快照恢复到其它指定云硬盘。
        • 只有当云硬盘的状态处于“可用”或“回滚数据失败”状态才允许快照回滚到源云硬盘。
    ERROR_ROLLBACKING: 'error_rollbacking' -- 云硬盘在从快照回滚数据的过程中出现错误。
    AWAITING_TRANSFER: 'awaiting-transfer' -- 云硬盘处于等待过户的过程中。
    """

    CREATING = 'creating'
    AVAILABLE = 'available'
    IN_USE = 'in-use'
    ERROR = 'error'
    ATTACHING = 'attaching'
    DETACHING = 'detaching'
    RESTORING_BACKUP = 'restoring-backup'
    BACKING_UP = 'backing-up'
    ERROR_RESTORING = 'error_restoring'
    UPLOADING = 'uploading'
    DOWNLOADING = 'downloading'
    EXTENDING = 'extending'
    ERROR_EXTENDING = 'error_extending'
    DELETING = 'deleting'
    ERROR_DELETING = 'error_deleting'
    ROLLBACKING = 'rollbacking'
    ERROR_ROLLBACKING = 'error_rollbacking'
    AWAITING_TRANSFER = 'awaiting-transfer'
