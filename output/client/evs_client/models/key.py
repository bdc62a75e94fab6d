"""Key: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Key']


class Key(OpenEnum):
    """Values of Key the manual lists (others are accepted too).

    RESOURCE_NAME: 'resource_name' -- 资源名称
    SERVICE_TYPE: 'service_type' -- 服务类型
    """

    RESOURCE_NAME = 'resource_name'
    SERVICE_TYPE = 'service_type'
