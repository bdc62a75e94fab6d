"""Rel: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Rel']


class Rel(OpenEnum):
    """Values of Rel the manual lists (others are accepted too).

    SELF: 'self' -- A self link contains a versioned link to the resource. Use these links when the link is followed immediately.
    BOOKMARK: 'bookmark' -- A bookmark link provides a permanent link to a resource that is appropriate for long term storage.
    ALTERNATE: 'alternate' -- An alternate link can contain an alternate representation of the resource.
    """

    SELF = 'self'
    BOOKMARK = 'bookmark'
    ALTERNATE = 'alternate'
