"""CondOperationStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['CondOperationStatus']


class CondOperationStatus(OpenEnum):
    """Values of CondOperationStatus the manual lists (others are accepted too).

    NORMAL: 'normal' -- indicates normal commercial use of the flavor.
    ABANDON: 'abandon' -- indicates that the flavor has been canceled (not displayed).
    SELLOUT: 'sellout' -- indicates that the flavor has been sold out.
    OBT: 'obt' -- indicates that the flavor is under open beta testing (OBT).
    OBT_SELLOUT: 'obt_sellout' -- indicates that the OBT resources are sold out.
    PROMOTION: 'promotion' -- indicates the recommended flavor (commercial use, which is similar to normal).
    """

    NORMAL = 'normal'
    ABANDON = 'abandon'
    SELLOUT = 'sellout'
    OBT = 'obt'
    OBT_SELLOUT = 'obt_sellout'
    PROMOTION = 'promotion'
