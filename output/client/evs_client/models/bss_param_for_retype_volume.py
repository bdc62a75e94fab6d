"""BssParamForRetypeVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .is_auto_pay import IsAutoPay

__all__ = ['BssParamForRetypeVolume']


@dataclass(kw_only=True)
class BssParamForRetypeVolume:
    """The BssParamForRetypeVolume object.

    Attributes:
        is_auto_pay (JSON 'isAutoPay'): 是否立即支付。
            约束限制: 该参数只有在云硬盘为包周期的情况下有意义。默认值为false
            取值范围: • true: 立即支付，从账户余额中自动扣费
            • false: 不立即支付，创建订单暂不支付
            默认取值: 默认值为false

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.14 BssParamForRetypeVolume (line 4586)
    """

    is_auto_pay: IsAutoPay | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('isAutoPay', self.is_auto_pay),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BssParamForRetypeVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            is_auto_pay=_S.opt(_d.pop('isAutoPay', UNSET), lambda x: _S.enum_of(IsAutoPay, x)),
            additional_properties=_d,
        )
