"""HostStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['HostStatus']


class HostStatus(OpenEnum):
    """Values of HostStatus the manual lists (others are accepted too).

    UP: 'UP' -- The nova-compute status is normal.
    UNKNOWN: 'UNKNOWN' -- The nova-compute status is unknown.
    DOWN: 'DOWN' -- the nova-compute status is abnormal.
    MAINTENANCE: 'MAINTENANCE' -- The nova-compute is in maintenance state.
    NULL: 'Null' -- There is no host information on the ECS.
    """

    UP = 'UP'
    UNKNOWN = 'UNKNOWN'
    DOWN = 'DOWN'
    MAINTENANCE = 'MAINTENANCE'
    NULL = 'Null'
