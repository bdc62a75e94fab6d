"""ChargingMode: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ChargingMode']


class ChargingMode(OpenEnum):
    """Values of ChargingMode the manual lists (others are accepted too).

    PRE_PAID: 'prePaid' -- 包年包月
    POST_PAID: 'postPaid' -- 按需
    """

    PRE_PAID = 'prePaid'
    POST_PAID = 'postPaid'
