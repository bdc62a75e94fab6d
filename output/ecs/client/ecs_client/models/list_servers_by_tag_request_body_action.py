"""ListServersByTagRequestBodyAction: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ListServersByTagRequestBodyAction']


class ListServersByTagRequestBodyAction(OpenEnum):
    """Values of Action the manual lists (others are accepted too).

    FILTER: 'filter' -- filters ECSs by tag. The ECSs that meet the filter criteria are displayed on pages.
    COUNT: 'count' -- searches ECSs by tag. The number of ECSs that meet the search criteria is displayed.
    """

    FILTER = 'filter'
    COUNT = 'count'
