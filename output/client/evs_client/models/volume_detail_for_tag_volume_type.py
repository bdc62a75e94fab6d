"""VolumeDetailForTagVolumeType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['VolumeDetailForTagVolumeType']


class VolumeDetailForTagVolumeType(OpenEnum):
    """Values of VolumeType the manual lists (others are accepted too).

    SSD: 'SSD' -- 超高IO云硬盘
    SAS: 'SAS' -- 高IO云硬盘
    SATA: 'SATA' -- 普通IO云硬盘
    """

    SSD = 'SSD'
    SAS = 'SAS'
    SATA = 'SATA'
