"""CreateVolumeV2CloudvolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateVolumeV2CloudvolumesResponse']


@dataclass(kw_only=True)
class CreateVolumeV2CloudvolumesResponse:
    """The CreateVolumeV2CloudvolumesResponse object.

    Attributes:
        job_id, required: 任务ID，云硬盘为按需计费时返回该参数。 通过JobId查询云硬盘创建任务是否完成查询job的状态 。
        volume_ids: 待创建的云硬盘ID列表。 说明 通过云硬盘ID查询云硬盘详情，若返回404 可能云硬盘正在创建中或者已经创建失败。 通过JobId查询云硬盘创建任务是否完成查询job的状态 。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.9 创建云硬盘(废弃) (line 3789)
    """

    job_id: str
    volume_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('job_id', self.job_id),
            ('volume_ids', self.volume_ids),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeV2CloudvolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_S.take(_d, 'job_id', 'CreateVolumeV2CloudvolumesResponse'),
            volume_ids=_d.pop('volume_ids', UNSET),
            additional_properties=_d,
        )
