"""SnapshotType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SnapshotType']


class SnapshotType(OpenEnum):
    """Values of SnapshotType the manual lists (others are accepted too).

    AUTO: 'auto' -- 自动创建快照
    USER: 'user' -- 手动创建快照
    COPY: 'copy' -- 复制快照
    """

    AUTO = 'auto'
    USER = 'user'
    COPY = 'copy'
