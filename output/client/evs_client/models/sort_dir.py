"""SortDir: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SortDir']


class SortDir(OpenEnum):
    """Values of SortDir the manual lists (others are accepted too).

    DESC: 'desc' -- 降序
    ASC: 'asc' -- 升序
    """

    DESC = 'desc'
    ASC = 'asc'
