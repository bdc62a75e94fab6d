"""OsVendorExtendedLockScene: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['OsVendorExtendedLockScene']


class OsVendorExtendedLockScene(OpenEnum):
    """Values of OsVendorExtendedLockScene the manual lists (others are accepted too).

    TO_PERIOD_LOCK: 'TO_PERIOD_LOCK' -- 按需转包
    SPEC_CHG_LOCK: 'SPEC_CHG_LOCK' -- 规格变更
    OTHER_SVC_LOCK: 'OTHER_SVC_LOCK' -- 其他场景
    """

    TO_PERIOD_LOCK = 'TO_PERIOD_LOCK'
    SPEC_CHG_LOCK = 'SPEC_CHG_LOCK'
    OTHER_SVC_LOCK = 'OTHER_SVC_LOCK'
