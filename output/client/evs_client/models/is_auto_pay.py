"""IsAutoPay: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['IsAutoPay']


class IsAutoPay(OpenEnum):
    """Values of IsAutoPay the manual lists (others are accepted too).

    TRUE: 'true' -- 立即支付, 从账户余额中自动扣费
    FALSE: 'false' -- 不立即支付, 创建订单暂不支付
    """

    TRUE = 'true'
    FALSE = 'false'
