"""HwPassthrough: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['HwPassthrough']


class HwPassthrough(OpenEnum):
    """Values of HwPassthrough the manual lists (others are accepted too).

    TRUE: 'true' -- 云硬盘的设备类型为SCSI类型，即允许ECS操作系统直接访问底层存储介质。支持SCSI锁命令
    FALSE: 'false' -- 云硬盘的设备类型为VBD类型，即为默认类型，VBD只能支持简单的SCSI读写命令
    """

    TRUE = 'true'
    FALSE = 'false'
