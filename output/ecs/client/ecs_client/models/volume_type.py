"""VolumeType: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['VolumeType']


class VolumeType(OpenEnum):
    """Values of VolumeType the manual lists (others are accepted too).

    SSD: 'SSD' -- specifies the ultra-I/O disk type.
    SAS: 'SAS' -- specifies the high I/O disk type.
    SATA: 'SATA' -- specifies the common I/O disk type.
    CO_P1: 'co-p1' -- specifies the high I/O (performance-optimized I) disk type.
    UH_L1: 'uh-l1' -- specifies the ultra-high I/O (latency-optimized) disk type.
    """

    SSD = 'SSD'
    SAS = 'SAS'
    SATA = 'SATA'
    CO_P1 = 'co-p1'
    UH_L1 = 'uh-l1'
