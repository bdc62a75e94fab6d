"""ServerForShowServersOSDCFDiskConfig: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ServerForShowServersOSDCFDiskConfig']


class ServerForShowServersOSDCFDiskConfig(OpenEnum):
    """Values of OSDCFDiskConfig the manual lists (others are accepted too).

    AUTO: 'AUTO' -- This API uses a single partition to build an ECS with the target disk size. The API automatically adjusts the file system to adapt to the entire partition.
    MANUAL: 'MANUAL' -- This API uses the partitioning scheme in the source image and the file system to build the ECS. If the target disk size is large, the API does not partition the remaining disk space.
    """

    AUTO = 'AUTO'
    MANUAL = 'MANUAL'
