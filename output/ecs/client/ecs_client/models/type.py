"""Type: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Type']


class Type(OpenEnum):
    """Values of Type the manual lists (others are accepted too).

    SOFT: 'SOFT' -- normal ECS stop
    HARD: 'HARD' -- forcible ECS stop
    """

    SOFT = 'SOFT'
    HARD = 'HARD'
