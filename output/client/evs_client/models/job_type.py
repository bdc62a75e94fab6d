"""JobType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['JobType']


class JobType(OpenEnum):
    """Values of JobType the manual lists (others are accepted too).

    CREATE_VOLUME: 'createVolume' -- 创建单个云硬盘
    BATCH_CREATE_VOLUME: 'batchCreateVolume' -- 批量创建云硬盘
    DELETE_VOLUME: 'deleteVolume' -- 删除单个云硬盘
    EXTEND_VOLUME: 'extendVolume' -- 扩容云硬盘
    BULK_DELETE_VOLUME: 'bulkDeleteVolume' -- 批量删除云硬盘
    DELETE_SINGLE_VOLUME: 'deleteSingleVolume' -- 批量删除时逐个删除单个云硬盘
    RETYPE_VOLUME: 'retypeVolume' -- 对云硬盘做硬盘类型变更
    """

    CREATE_VOLUME = 'createVolume'
    BATCH_CREATE_VOLUME = 'batchCreateVolume'
    DELETE_VOLUME = 'deleteVolume'
    EXTEND_VOLUME = 'extendVolume'
    BULK_DELETE_VOLUME = 'bulkDeleteVolume'
    DELETE_SINGLE_VOLUME = 'deleteSingleVolume'
    RETYPE_VOLUME = 'retypeVolume'
