"""VersionsStatus: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['VersionsStatus']


class VersionsStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    CURRENT: 'CURRENT' -- EVS自定义API提供了多个版本。在接口功能相同的情况下，推荐您优先使用v2接口
    SUPPORTED: 'SUPPORTED' -- 表示为老版本，但是现在还在继续支持
    DEPRECATED: 'DEPRECATED' -- 表示为废弃版本，存在后续删除的可能
    """

    CURRENT = 'CURRENT'
    SUPPORTED = 'SUPPORTED'
    DEPRECATED = 'DEPRECATED'
