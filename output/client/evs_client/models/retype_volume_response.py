"""RetypeVolumeResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['RetypeVolumeResponse']


@dataclass(kw_only=True)
class RetypeVolumeResponse:
    """The RetypeVolumeResponse object.

    Attributes:
        order_id: 订单ID,云硬盘为包周期计费时返回该参数。说明：如果需要查询job的状态，请参考：“ 查询job的状态 ”。
        job_id, required: 任务ID,云硬盘为按需计费时返回该参数。说明：如果您需要支付订单，请参考：“ 支付包周期产品订单 ”。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.14 云硬盘类型变更 (line 4606)
    """

    job_id: str
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('job_id', self.job_id),
            ('order_id', self.order_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RetypeVolumeResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_S.take(_d, 'job_id', 'RetypeVolumeResponse'),
            order_id=_d.pop('order_id', UNSET),
            additional_properties=_d,
        )
