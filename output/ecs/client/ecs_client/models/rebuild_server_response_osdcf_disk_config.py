"""RebuildServerResponseOSDCFDiskConfig: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['RebuildServerResponseOSDCFDiskConfig']


class RebuildServerResponseOSDCFDiskConfig(OpenEnum):
    """Values of OSDCFDiskConfig the manual lists (others are accepted too).

    MANUAL: 'MANUAL' -- The image space cannot be expanded.
    AUTO: 'AUTO' -- The image space on the system disk will be automatically expanded to keep the same as that set in the flavor.
    """

    MANUAL = 'MANUAL'
    AUTO = 'AUTO'
