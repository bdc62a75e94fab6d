"""FpgaimagesStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['FpgaimagesStatus']


class FpgaimagesStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    INITIALING: 'initialing' -- indicates that the task of creating an FPGA image is being initialized.
    SCHEDULING: 'scheduling' -- indicates that the task of creating an FPGA image is waiting for scheduling.
    CREATING: 'creating' -- indicates that the FPGA image is being created.
    SAVING: 'saving' -- indicates that the FPGA image file is being uploaded to the backend storage.
    DELETING: 'deleting' -- indicates that the FPGA image is being deleted.
    ERROR: 'error' -- indicates that creating the FPGA image failed.
    ACTIVE: 'active' -- indicates that the FPGA image is available for use.
    """

    INITIALING = 'initialing'
    SCHEDULING = 'scheduling'
    CREATING = 'creating'
    SAVING = 'saving'
    DELETING = 'deleting'
    ERROR = 'error'
    ACTIVE = 'active'
