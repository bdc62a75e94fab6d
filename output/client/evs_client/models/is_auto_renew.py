"""IsAutoRenew: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['IsAutoRenew']


class IsAutoRenew(OpenEnum):
    """Values of IsAutoRenew the manual lists (others are accepted too).

    TRUE: 'true' -- 自动续订, 自动续订周期与订购周期相同
    FALSE: 'false' -- 不自动续订
    """

    TRUE = 'true'
    FALSE = 'false'
