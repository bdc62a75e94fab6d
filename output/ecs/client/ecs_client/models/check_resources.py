"""CheckResources: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['CheckResources']


class CheckResources(OpenEnum):
    """Values of CheckResources the manual lists (others are accepted too).

    TRUE: 'true' -- indicates that the system will check resource sufficiency. If the resources are insufficient, the check result will be returned.
    FALSE: 'false' -- indicates that the system will not check resource sufficiency.
    """

    TRUE = 'true'
    FALSE = 'false'
