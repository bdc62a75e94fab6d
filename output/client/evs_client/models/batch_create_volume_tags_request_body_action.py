"""BatchCreateVolumeTagsRequestBodyAction: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['BatchCreateVolumeTagsRequestBodyAction']


class BatchCreateVolumeTagsRequestBodyAction(OpenEnum):
    """Values of Action the manual lists (others are accepted too).

    CREATE: 'create' -- 添加标签
    """

    CREATE = 'create'
