"""BYOL: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['BYOL']


class BYOL(OpenEnum):
    """Values of BYOL the manual lists (others are accepted too).

    TRUE: 'True' -- Use your existing licenses.
    FALSE: 'False' -- System licenses are used.
    """

    TRUE = 'True'
    FALSE = 'False'
