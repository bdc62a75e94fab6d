"""ShowJobStatusResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .job_type import JobType

if TYPE_CHECKING:
    from .job_entities import JobEntities

__all__ = ['ShowJobStatusResponse']


@dataclass(kw_only=True)
class ShowJobStatusResponse:
    """The ShowJobStatusResponse object.

    Attributes:
        status, required: job的状态。SUCCESS：成功。 RUNNING：运行中。FAIL：失败。 INIT：正在初始化。 WAITING_EXECUTE：等待执行。 LISTENING：job监听中。
        entities, required: job的响应信息。
        job_id, required: job的ID。
        job_type, required: job的类型。
            • createVolume: 创建单个云硬盘。
            • batchCreateVolume: 批量创建云硬盘。
            • deleteVolume: 删除单个云硬盘。
            • extendVolume: 扩容云硬盘。
            • bulkDeleteVolume: 批量删除云硬盘。
            • deleteSingleVolume: 批量删除时逐个删除单个云硬盘。
            • retypeVolume: 对云硬盘做硬盘类型变更。
        begin_time, required: 开始时间。
        end_time, required: 结束时间。
        error_code: job执行失败时的错误码。
        fail_reason: job执行失败时的错误原因。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.5.1 查询 job 的状态 (line 9579)
    """

    status: str
    entities: JobEntities
    job_id: str
    job_type: JobType
    begin_time: str
    end_time: str
    error_code: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('status', self.status),
            ('entities', self.entities),
            ('job_id', self.job_id),
            ('job_type', self.job_type),
            ('begin_time', self.begin_time),
            ('end_time', self.end_time),
            ('error_code', self.error_code),
            ('fail_reason', self.fail_reason),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowJobStatusResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .job_entities import JobEntities

        _d = dict(data)
        return cls(
            status=_S.take(_d, 'status', 'ShowJobStatusResponse'),
            entities=_S.opt(_S.take(_d, 'entities', 'ShowJobStatusResponse'), lambda x: _S.model(JobEntities.from_dict, x)),
            job_id=_S.take(_d, 'job_id', 'ShowJobStatusResponse'),
            job_type=_S.opt(_S.take(_d, 'job_type', 'ShowJobStatusResponse'), lambda x: _S.enum_of(JobType, x)),
            begin_time=_S.take(_d, 'begin_time', 'ShowJobStatusResponse'),
            end_time=_S.take(_d, 'end_time', 'ShowJobStatusResponse'),
            error_code=_d.pop('error_code', UNSET),
            fail_reason=_d.pop('fail_reason', UNSET),
            additional_properties=_d,
        )
