"""Tables from ruling lines: segments -> grids -> cells of text.

Horizontal and vertical rules that touch form one grid; its distinct rule positions
are the row and column boundaries. Each character goes to the cell holding its
centre; a cell's lines are rejoined like wrapped prose; an empty cell stays "".
Tables without rules between their columns are read by alignment (pdf_grid_text.py).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .pdf_text import Line, group_lines, join_wrapped, same_run

TOUCH = 1.5              # rules closer than this (pt) touch
SAME = 1.0               # rule positions closer than this are one boundary


@dataclass(slots=True)
class Segment:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) < (self.x1 - self.x0)


@dataclass(slots=True)
class Grid:
    xs: list[float]                  # column boundaries, left to right
    ys: list[float]                  # row boundaries, top to bottom

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]


def segments(page_lines: list[dict], page_rects: list[dict]) -> list[Segment]:
    """Thin stroked lines and the edges of stroked rectangles (filled boxes are not rules)."""
    out: list[Segment] = []
    for ln in page_lines:
        x0, x1 = sorted((float(ln["x0"]), float(ln["x1"])))
        t, b = sorted((float(ln["top"]), float(ln["bottom"])))
        if (x1 - x0) < 2 or (b - t) < 2:
            out.append(Segment(x0, t, x1, b))
    for r in page_rects:
        x0, t, x1, b = (float(r[k]) for k in ("x0", "top", "x1", "bottom"))
        if (b - t) < 2 or (x1 - x0) < 2:      # a rule drawn as a thin filled rectangle
            out.append(Segment(x0, t, x1, b))
        elif r.get("stroke"):
            out += [Segment(x0, t, x1, t), Segment(x0, b, x1, b),
                    Segment(x0, t, x0, b), Segment(x1, t, x1, b)]
    return out


def find_grids(segs: list[Segment]) -> list[Grid]:
    """Group touching rules; each group with at least two rules each way is a grid."""
    parent = list(range(len(segs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(segs)), key=lambda i: segs[i].top)
    for a_pos, i in enumerate(order):
        a = segs[i]
        for j in order[a_pos + 1:]:
            b = segs[j]
            if b.top > a.bottom + TOUCH:
                break
            if b.x0 <= a.x1 + TOUCH and a.x0 <= b.x1 + TOUCH:
                parent[find(i)] = find(j)
    groups: dict[int, list[Segment]] = {}
    for i in range(len(segs)):
        groups.setdefault(find(i), []).append(segs[i])
    grids = []
    for group in groups.values():
        xs = _distinct([(s.x0 + s.x1) / 2 for s in group if not s.horizontal])
        ys = _distinct([(s.top + s.bottom) / 2 for s in group if s.horizontal])
        if len(xs) >= 2 and len(ys) >= 2:
            grids.append(Grid(xs, ys))
    return sorted(grids, key=lambda g: g.ys[0])


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SAME:
            out.append(v)
    return out


def cell_texts(grid: Grid, chars: list[dict],
               rights: list[float] | None = None) -> list[list[str]]:
    """The grid's rows of cell strings; `rights`: each column's text right edge where
    no rule tells it (wrapped lines are rejoined against it)."""
    nrows, ncols = len(grid.ys) - 1, len(grid.xs) - 1
    buckets: list[list[list[dict]]] = [[[] for _ in range(ncols)] for _ in range(nrows)]
    last: tuple[int, int] | None = None
    prev: dict | None = None
    for c in chars:
        if c["text"] == " " and last is not None and same_run(prev, c):
            # a trailing space glyph may overhang its cell: it belongs with its text
            buckets[last[0]][last[1]].append(c)
            prev = c
            continue
        prev = c
        cx = (float(c["x0"]) + float(c["x1"])) / 2
        cy = (float(c["top"]) + float(c["bottom"])) / 2
        i = min(max(bisect_right(grid.ys, cy) - 1, 0), nrows - 1)
        j = min(max(bisect_right(grid.xs, cx) - 1, 0), ncols - 1)
        buckets[i][j].append(c)
        last = (i, j)
    rows = []
    for i in range(nrows):
        row = []
        for j in range(ncols):
            lines = group_lines(buckets[i][j])
            if rights is not None:
                row.append(join_wrapped(lines, rights[j]) if lines else "")
            else:
                row.append(_cell_text(lines, grid.xs[j], grid.xs[j + 1]))
        rows.append(row)
    return rows


def _cell_text(lines: list[Line], left: float, right: float) -> str:
    if not lines:
        return ""
    pad = max(0.0, min(ln.x0 for ln in lines) - left)
    return join_wrapped(lines, right - pad)
