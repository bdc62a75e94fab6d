"""PeriodType: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['PeriodType']


class PeriodType(OpenEnum):
    """Values of PeriodType the manual lists (others are accepted too).

    MONTH: 'month' -- 月
    YEAR: 'year' -- 年
    """

    MONTH = 'month'
    YEAR = 'year'
