"""ServiceType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ServiceType']


class ServiceType(OpenEnum):
    """Values of ServiceType the manual lists (others are accepted too).

    EVS: 'EVS'
    DSS: 'DSS'
    DESS: 'DESS'
    """

    EVS = 'EVS'
    DSS = 'DSS'
    DESS = 'DESS'
