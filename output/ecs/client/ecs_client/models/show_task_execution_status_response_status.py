"""ShowTaskExecutionStatusResponseStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ShowTaskExecutionStatusResponseStatus']


class ShowTaskExecutionStatusResponseStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    SUCCESS: 'SUCCESS' -- indicates the task is successfully executed.
    RUNNING: 'RUNNING' -- indicates that the task is in progress.
    FAIL: 'FAIL' -- indicates that the task failed.
    INIT: 'INIT' -- indicates that the task is being initialized.
    """

    SUCCESS = 'SUCCESS'
    RUNNING = 'RUNNING'
    FAIL = 'FAIL'
    INIT = 'INIT'
