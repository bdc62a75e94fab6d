"""SupportAutoRecovery: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['SupportAutoRecovery']


class SupportAutoRecovery(OpenEnum):
    """Values of SupportAutoRecovery the manual lists (others are accepted too).

    TRUE: 'true' -- indicates that automatic recovery is configured for an ECS.
    FALSE: 'false' -- indicates that automatic recovery is not configured for an ECS.
    """

    TRUE = 'true'
    FALSE = 'false'
