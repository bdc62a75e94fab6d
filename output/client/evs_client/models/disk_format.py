"""DiskFormat: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['DiskFormat']


class DiskFormat(OpenEnum):
    """Values of DiskFormat the manual lists (others are accepted too).

    VHD: 'vhd'
    ZVHD: 'zvhd'
    ZVHD2: 'zvhd2'
    RAW: 'raw'
    QCOW2: 'qcow2'
    """

    VHD = 'vhd'
    ZVHD = 'zvhd'
    ZVHD2 = 'zvhd2'
    RAW = 'raw'
    QCOW2 = 'qcow2'
