"""SortDir: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SortDir']


class SortDir(OpenEnum):
    """Values of SortDir the manual lists (others are accepted too).

    ASC: 'asc' -- indicates the ascending order.
    DESC: 'desc' -- indicates the descending order.
    """

    ASC = 'asc'
    DESC = 'desc'
