"""PrepaidParamForBatchResizeVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .is_auto_pay import IsAutoPay

__all__ = ['PrepaidParamForBatchResizeVolume']


@dataclass(kw_only=True)
class PrepaidParamForBatchResizeVolume:
    """The PrepaidParamForBatchResizeVolume object.

    Attributes:
        is_auto_pay: 是否立即支付。该参数只有在云硬盘为包周期的情况下有意义。默认值为false
            取值范围: • true：立即支付，从账户余额中自动扣费
            • false：不立即支付，创建订单暂不支付

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.4 PrepaidParamForBatchResizeVolume (line 2420)
    """

    is_auto_pay: IsAutoPay | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('is_auto_pay', self.is_auto_pay),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrepaidParamForBatchResizeVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            is_auto_pay=_S.opt(_d.pop('is_auto_pay', UNSET), lambda x: _S.enum_of(IsAutoPay, x)),
            additional_properties=_d,
        )
