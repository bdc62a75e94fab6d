"""SystemEncrypted: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SystemEncrypted']


class SystemEncrypted(OpenEnum):
    """Values of SystemEncrypted the manual lists (others are accepted too).

    V_0: '0' -- 不加密
    V_1: '1' -- 加密
    """

    V_0 = '0'
    V_1 = '1'
