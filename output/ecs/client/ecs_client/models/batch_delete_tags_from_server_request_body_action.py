"""BatchDeleteTagsFromServerRequestBodyAction: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['BatchDeleteTagsFromServerRequestBodyAction']


class BatchDeleteTagsFromServerRequestBodyAction(OpenEnum):
    """Values of Action the manual lists (others are accepted too).

    DELETE: 'delete'
    """

    DELETE = 'delete'
