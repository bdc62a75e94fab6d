"""FpgaImageForRegisterFpgaImageStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['FpgaImageForRegisterFpgaImageStatus']


class FpgaImageForRegisterFpgaImageStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    SAVING: 'saving' -- indicates that the FPGA image file is being uploaded to the backend storage.
    DELETING: 'deleting' -- indicates that the FPGA image is being deleted.
    ERROR: 'error' -- indicates that creating the FPGA image failed.
    ACTIVE: 'active' -- indicates that the FPGA image is available for use.
    """

    SAVING = 'saving'
    DELETING = 'deleting'
    ERROR = 'error'
    ACTIVE = 'active'
