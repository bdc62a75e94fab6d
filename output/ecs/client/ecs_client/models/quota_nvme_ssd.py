"""QuotaNvmeSsd: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['QuotaNvmeSsd']


class QuotaNvmeSsd(OpenEnum):
    """Values of QuotaNvmeSsd the manual lists (others are accepted too).

    TYPE: 'type' -- indicates the capacity of a single NVME SSD disk attached to the ECS, which can only be 1.6 TB or 3.2 TB.
    SPEC: 'spec' -- indicates the specification of the NVME SSD disk, which can be large or small.
    NUM: 'num' -- indicates the number of partitions on the disk.
    SIZE: 'size' -- indicates the capacity, in the unit of GB, of the disk used by the guest user. If the spec value is large, the value of this parameter is the size of a single disk attached to the ECS. If the spec value is small, the value of this parameter is 1/4 or 1/2 of the specification.
    SAFE_FORMAT: 'safeFormat' -- indicates whether the local disks of the ECS are securely formatted.
    """

    TYPE = 'type'
    SPEC = 'spec'
    NUM = 'num'
    SIZE = 'size'
    SAFE_FORMAT = 'safeFormat'
