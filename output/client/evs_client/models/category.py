"""Category: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['Category']


class Category(OpenEnum):
    """Values of Category the manual lists (others are accepted too).

    STANDARD: 'standard'
    FLASH: 'flash'
    """

    STANDARD = 'standard'
    FLASH = 'flash'
