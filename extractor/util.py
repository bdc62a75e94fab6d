"""Small helpers shared by the stages."""
from __future__ import annotations


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, cut off at limit + 1 for strings whose lengths differ more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
