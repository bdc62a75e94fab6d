"""CinderCreateVolumeOptionVolumeType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['CinderCreateVolumeOptionVolumeType']


class CinderCreateVolumeOptionVolumeType(OpenEnum):
    """Values of VolumeType the manual lists (others are accepted too).

    SATA: 'SATA' -- 普通IO云硬盘
    SAS: 'SAS' -- 高IO云硬盘
    GPSSD: 'GPSSD' -- 通用型SSD云硬盘
    SSD: 'SSD' -- 超高IO云硬盘
    ESSD: 'ESSD' -- 极速型SSD云硬盘
    GPSSD2: 'GPSSD2' -- 通用型SSD V2云硬盘
    ESSD2: 'ESSD2' -- 极速型SSD V2云硬盘
    """

    SATA = 'SATA'
    SAS = 'SAS'
    GPSSD = 'GPSSD'
    SSD = 'SSD'
    ESSD = 'ESSD'
    GPSSD2 = 'GPSSD2'
    ESSD2 = 'ESSD2'
