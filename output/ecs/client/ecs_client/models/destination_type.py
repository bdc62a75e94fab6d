"""DestinationType: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['DestinationType']


class DestinationType(OpenEnum):
    """Values of DestinationType the manual lists (others are accepted too).

    VOLUME: 'volume' -- indicates the volume type.
    LOCAL: 'local' -- indicates the local file, which has not been supported.
    """

    VOLUME = 'volume'
    LOCAL = 'local'
