"""BssParamForCreateVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .charging_mode import ChargingMode
from .is_auto_pay import IsAutoPay
from .is_auto_renew import IsAutoRenew
from .period_type import PeriodType

__all__ = ['BssParamForCreateVolume']


@dataclass(kw_only=True)
class BssParamForCreateVolume:
    """The BssParamForCreateVolume object.

    Attributes:
        charging_mode (JSON 'chargingMode'): 计费模式。
            取值范围: • prePaid: 包年包月
            • postPaid: 按需
            默认取值: postPaid。
        is_auto_pay (JSON 'isAutoPay'): 是否立即支付。
            约束限制: chargingMode为PrePaid时该参数会生效。
            取值范围: • true: 立即支付, 从账户余额中自动扣费
            • false: 不立即支付, 创建订单暂不支付
            默认取值: false。
        is_auto_renew (JSON 'isAutoRenew'): 是否自动续订。
            约束限制: chargingMode为prePaid时该参数会生效。
            取值范围: • true: 自动续订, 自动续订周期与订购周期相同
            • false: 不自动续订
            默认取值: false。
        period_num (JSON 'periodNum'): 订购周期数。
            约束限制: chargingMode为prePaid时该参数会生效，并且该参数为必选。
            取值范围: • periodType为month时，为[1-9]
            • periodType为year时，为[1-1]
        period_type (JSON 'periodType'): 订购周期单位。
            约束限制: chargingMode为prePaid时该参数会生效，并且该参数为必选。
            取值范围: • month：月
            • year：年

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.1 BssParamForCreateVolume (line 949)
    """

    charging_mode: ChargingMode | Unset = UNSET
    is_auto_pay: IsAutoPay | Unset = UNSET
    is_auto_renew: IsAutoRenew | Unset = UNSET
    period_num: int | Unset = UNSET
    period_type: PeriodType | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('chargingMode', self.charging_mode),
            ('isAutoPay', self.is_auto_pay),
            ('isAutoRenew', self.is_auto_renew),
            ('periodNum', self.period_num),
            ('periodType', self.period_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BssParamForCreateVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            charging_mode=_S.opt(_d.pop('chargingMode', UNSET), lambda x: _S.enum_of(ChargingMode, x)),
            is_auto_pay=_S.opt(_d.pop('isAutoPay', UNSET), lambda x: _S.enum_of(IsAutoPay, x)),
            is_auto_renew=_S.opt(_d.pop('isAutoRenew', UNSET), lambda x: _S.enum_of(IsAutoRenew, x)),
            period_num=_d.pop('periodNum', UNSET),
            period_type=_S.opt(_d.pop('periodType', UNSET), lambda x: _S.enum_of(PeriodType, x)),
            additional_properties=_d,
        )
