"""UnsubscribeVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .result import Result

__all__ = ['UnsubscribeVolume']


@dataclass(kw_only=True)
class UnsubscribeVolume:
    """The UnsubscribeVolume object.

    Attributes:
        volume_id, required: 卷id对应的结果
        order_id: 卷id对应的退订订单id，如果是已到期的云硬盘退订，则不显示此字段。
        result, required: volume_id对应的退订结果。
            取值范围: 只有SUCCESS 和 FAIL两种结果。
        fail_reason: 当result为FAIL时，此字段显示具体的失败原因。result为SUCCESS时，不显示此字段。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.6 UnsubscribeVolume (line 2911)
    """

    volume_id: str
    result: Result
    order_id: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('result', self.result),
            ('order_id', self.order_id),
            ('fail_reason', self.fail_reason),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnsubscribeVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'UnsubscribeVolume'),
            result=_S.opt(_S.take(_d, 'result', 'UnsubscribeVolume'), lambda x: _S.enum_of(Result, x)),
            order_id=_d.pop('order_id', UNSET),
            fail_reason=_d.pop('fail_reason', UNSET),
            additional_properties=_d,
        )
