"""ApiVersion: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ApiVersion']


class ApiVersion(OpenEnum):
    """Values of ApiVersion the manual lists (others are accepted too).

    V1: 'v1'
    V2: 'v2'
    """

    V1 = 'v1'
    V2 = 'v2'
