"""Bootable: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Bootable']


class Bootable(OpenEnum):
    """Values of Bootable the manual lists (others are accepted too).

    TRUE: 'true' -- 表示为启动云硬盘
    FALSE: 'false' -- 表示为非启动云硬盘
    """

    TRUE = 'true'
    FALSE = 'false'
