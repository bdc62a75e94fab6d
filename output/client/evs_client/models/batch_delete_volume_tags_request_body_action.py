"""BatchDeleteVolumeTagsRequestBodyAction: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['BatchDeleteVolumeTagsRequestBodyAction']


class BatchDeleteVolumeTagsRequestBodyAction(OpenEnum):
    """Values of Action the manual lists (others are accepted too).

    DELETE: 'delete' -- 删除标签
    """

    DELETE = 'delete'
