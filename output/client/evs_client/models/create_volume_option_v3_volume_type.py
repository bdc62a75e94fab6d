"""CreateVolumeOptionV3VolumeType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['CreateVolumeOptionV3VolumeType']


class CreateVolumeOptionV3VolumeType(OpenEnum):
    """Values of VolumeType the manual lists (others are accepted too).

    SATA: 'SATA' -- 普通IO云硬盘(已售罄)
    SAS: 'SAS' -- 高IO云硬盘
    GPSSD: 'GPSSD' -- 通用型SSD云硬盘
    SSD: 'SSD' -- 超高IO云硬盘当指定的云硬盘类型在 availability_zone内不存在时, 则创建云硬盘失败
    """

    SATA = 'SATA'
    SAS = 'SAS'
    GPSSD = 'GPSSD'
    SSD = 'SSD'
