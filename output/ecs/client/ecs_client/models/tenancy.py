"""Tenancy: an enum of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Tenancy']


class Tenancy(OpenEnum):
    """Values of Tenancy the manual lists (others are accepted too).

    SHARED: 'shared' -- indicates the shared pool.
    DEDICATED: 'dedicated' -- indicates the DeH.
    """

    SHARED = 'shared'
    DEDICATED = 'dedicated'
