"""ShowTaskExecutionStatusResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .show_task_execution_status_response_status import ShowTaskExecutionStatusResponseStatus

if TYPE_CHECKING:
    from .entities import Entities

__all__ = ['ShowTaskExecutionStatusResponse']


@dataclass(kw_only=True)
class ShowTaskExecutionStatusResponse:
    """The ShowTaskExecutionStatusResponse object.

    Attributes:
        status: Specifies the task status.
            • SUCCESS: indicates the task is successfully executed.
            • RUNNING: indicates that the task is in progress.
            • FAIL: indicates that the task failed.
            • INIT: indicates that the task is being initialized.
        entities: Specifies the object of the task.
            The value of this parameter varies depending on the type of the task. If the task is an ECS-related operation, the value is server_id. If the task is a NIC operation, the value is nic_id. If a sub-Job is available, details about the sub-job are displayed.
            For details, see Table 3.
        job_id: Specifies the ID of an asynchronous request task.
        job_type: Specifies the type of an asynchronous request task.
        begin_time: Specifies the time when the task started.
        end_time: Specifies the time when the task finished.
        error_code: Specifies the returned error code when the task execution fails.
            After the task is executed successfully, the value of this parameter is null.
        fail_reason: Specifies the cause of the task execution failure.
            After the task is executed successfully, the value of this parameter is null.
        message: Specifies the error message returned when an error occurs in the request to query a task.
        code: Specifies the error code returned when an error occurs in the request to query a task.
            For details about the error code, see Returned Values for General Requests.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.8.1 Querying Task Execution Status
    """

    status: ShowTaskExecutionStatusResponseStatus | Unset = UNSET
    entities: Entities | Unset = UNSET
    job_id: str | Unset = UNSET
    job_type: str | Unset = UNSET
    begin_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    error_code: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    message: str | Unset = UNSET
    code: str | Unset = UNSET
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
            ('message', self.message),
            ('code', self.code),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowTaskExecutionStatusResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .entities import Entities

        _d = dict(data)
        return cls(
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(ShowTaskExecutionStatusResponseStatus, x)),
            entities=_S.opt(_d.pop('entities', UNSET), lambda x: _S.model(Entities.from_dict, x)),
            job_id=_d.pop('job_id', UNSET),
            job_type=_d.pop('job_type', UNSET),
            begin_time=_d.pop('begin_time', UNSET),
            end_time=_d.pop('end_time', UNSET),
            error_code=_d.pop('error_code', UNSET),
            fail_reason=_d.pop('fail_reason', UNSET),
            message=_d.pop('message', UNSET),
            code=_d.pop('code', UNSET),
            additional_properties=_d,
        )
