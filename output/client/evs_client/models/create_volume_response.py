"""CreateVolumeResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateVolumeResponse']


@dataclass(kw_only=True)
class CreateVolumeResponse:
    """The CreateVolumeResponse object.

    Attributes:
        job_id, required: 任务ID，云硬盘为按需计费时返回该参数。 如果需要查询job的状态，请参考：“ 查询job的状态 ”。
        order_id: 订单ID，云硬盘为包周期计费时返回该参数。
            • 直接在包周期云服务器上新增云硬盘，系统会自动将云硬盘挂载到包周期云服务器上。该情形下也会返回该参数。如果您需要支付订单，请参考：“支付包周期产品订单”。
        volume_ids, required: 待创建的云硬盘ID列表。
            • 通过云硬盘ID查询云硬盘详情，若返回404 可能云硬盘正在创建中或者已经创建失败。通过JobId查询云硬盘创建任务是否完成查询job的状态。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.1 创建云硬盘 (line 1004)
    """

    job_id: str
    volume_ids: list[str]
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('job_id', self.job_id),
            ('volume_ids', self.volume_ids),
            ('order_id', self.order_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_S.take(_d, 'job_id', 'CreateVolumeResponse'),
            volume_ids=_S.take(_d, 'volume_ids', 'CreateVolumeResponse'),
            order_id=_d.pop('order_id', UNSET),
            additional_properties=_d,
        )
