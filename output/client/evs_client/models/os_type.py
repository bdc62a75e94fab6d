"""OsType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['OsType']


class OsType(OpenEnum):
    """Values of OsType the manual lists (others are accepted too).

    WINDOWS: 'windows'
    LINUX: 'linux'
    """

    WINDOWS = 'windows'
    LINUX = 'linux'
