"""VersionsStatus: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['VersionsStatus']


class VersionsStatus(OpenEnum):
    """Values of Status the manual lists (others are accepted too).

    CURRENT: 'CURRENT' -- This is the preferred API version.
    SUPPORTED: 'SUPPORTED' -- This is the old API version that is still supported.
    DEPRECATED: 'DEPRECATED' -- This is the deprecated API version that will be removed.
    """

    CURRENT = 'CURRENT'
    SUPPORTED = 'SUPPORTED'
    DEPRECATED = 'DEPRECATED'
