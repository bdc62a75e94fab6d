"""SortKey: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SortKey']


class SortKey(OpenEnum):
    """Values of SortKey the manual lists (others are accepted too).

    FLAVORID: 'flavorid' -- indicates the flavor ID. The default value is flavorid.
    NAME: 'name' -- indicates the flavor name.
    MEMORY_MB: 'memory_mb' -- indicates the memory size.
    VCPUS: 'vcpus' -- indicates the number of vCPUs.
    ROOT_GB: 'root_gb' -- indicates the system disk size.
    """

    FLAVORID = 'flavorid'
    NAME = 'name'
    MEMORY_MB = 'memory_mb'
    VCPUS = 'vcpus'
    ROOT_GB = 'root_gb'
