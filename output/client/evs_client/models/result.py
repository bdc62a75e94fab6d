"""Result: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Result']


class Result(OpenEnum):
    """Values of Result the manual lists (others are accepted too).

    SUCCESS: 'SUCCESS'
    FAIL: 'FAIL'
    """

    SUCCESS = 'SUCCESS'
    FAIL = 'FAIL'
