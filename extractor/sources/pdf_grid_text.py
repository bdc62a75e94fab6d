"""Tables without (enough) ruling lines: columns from the text's alignment, rows from
the baselines.

Many print styles draw no rules between a table's columns (borderless tables, rules
only above and below each row, only under the header). Such a table is found among a
page's prose lines:

- Columns: a line set in two or more runs apart by a wide gap (a header row) opens a
  candidate; each gap is a gutter. The lines below join it while none of their text
  crosses a gutter (text beside a gutter narrows it); a line in another type size, or
  after a paragraph's gap, ends it. Column k+1 starts at its gutter's right end.
- Rows: horizontal rules between the lines, where they separate most entries of the
  first column or close a ruled body; else a line step larger than the table's
  wrapped-line step (cell padding) where such steps open the entries; where nothing
  tells, a line with text in the first column starts a row, and text in other columns
  only continues one (a wrapped description never starts a row).
- Evidence: at least two columns with text on at least two rows, a header row filled
  in every column, and three rows or header words of the manual's vocabulary
  (extractor/data/vocab). A run whose first column holds only list markers is a list;
  monospace lines (code), dot-leader lines (contents) and table captions (as the
  vocabulary spells them) never join a table.

The first row is the header; a row repeating it later on the page opens a new table
(two tables back to back), as the ruled reader sees two grids.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .pdf_tables import Grid, Segment
from .pdf_text import Line

RUN_GAP = 0.75           # a gap wider than this share of the type size splits a line into runs
MIN_GUTTER = 0.5         # a gutter narrower than this share of the type size is closed
SIZE_TOL = 0.3           # lines differing more than this (pt) in size are not one table
PARA_GAP = 1.5           # a blank wider than this many type sizes ends a table
STEP_TOL = 0.15          # a line step this share of the size over the smallest: a new row
LIST_MARK_RE = re.compile(r"^(?:[-–—*•·▪◦○●■◆►▶✓]|\(?[0-9A-Za-z]{1,3}[.)、])$")
LEADER_RE = re.compile(r"(?:[.·•…‥⋯_]\s*){3,}\s*(?:\d+|[ivxlc]+)$")


@dataclass(slots=True)
class TextTable:
    """A table read from alignment: its grid, lines, and each column's text right edge."""

    grid: Grid
    lines: list[Line]
    rights: list[float]
    lefts: list[float]                # each column's text left edge
    rows: list[list[str]] | None = None


def runs(line: Line) -> list[tuple[float, float]]:
    """The line's stretches of text, split at gaps wider than RUN_GAP type sizes."""
    out: list[list[float]] = []
    gap = RUN_GAP * line.size
    for c in line.chars:
        if not c["text"].strip():
            continue
        x0, x1 = float(c["x0"]), float(c["x1"])
        if out and x0 - out[-1][1] <= gap:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def find_text_tables(lines: list[Line], rules: list[Segment]) -> list[TextTable]:
    """The tables set by alignment among `lines` (top to bottom); `rules`: the page's
    horizontal rules (row separators where present)."""
    from ..vocab import caption
    eligible = [not ln.mono and not LEADER_RE.search(ln.text.strip()) and not caption(ln.text)
                for ln in lines]
    spans: list[tuple[list[Line], list]] = []
    i = 0
    while i < len(lines):
        if not eligible[i] or len(runs(lines[i])) < 2:
            i += 1
            continue
        end, gutters = _grow(lines, eligible, i)
        if end - i >= 2 and _accept(lines[i:end], gutters, rules, None, cells=False):
            spans.append((lines[i:end], gutters))
            i = end
        else:
            i += 1
    if not spans:
        return []
    # the cell padding: the narrowest gutter of the page's tables (where some cell's text
    # ran to its edge); a column's text reaches at most the next column's left less it
    pad = min(g1 - g0 for _, gutters in spans for g0, g1 in gutters)
    return [t for held, gutters in spans for t in _accept(held, gutters, rules, pad)]


def _grow(lines: list[Line], eligible: list[bool], start: int):
    """Extend a candidate from its header line while no line crosses a gutter."""
    head = lines[start]
    rs = runs(head)
    gutters = [(a[1], b[0]) for a, b in zip(rs, rs[1:])]
    left, size = rs[0][0], head.size
    step_gap = 0.0                                   # the widest blank before a full row
    end = start + 1
    while end < len(lines):
        ln = lines[end]
        blank = ln.top - lines[end - 1].bottom
        if not eligible[end] or abs(ln.size - size) > SIZE_TOL or blank > PARA_GAP * size \
                or ln.x0 < left - MIN_GUTTER * size:
            break
        narrowed = _narrow(gutters, runs(ln), MIN_GUTTER * size)
        if narrowed is None:
            break
        cols = _columns_used(ln, narrowed)
        if len(cols) == 1 and 0 in cols and blank > step_gap + STEP_TOL * size \
                and blank > 0.5 * size:
            break                                    # a short paragraph after the table
        if len(cols) >= 2:
            step_gap = max(step_gap, blank)
        gutters = narrowed
        end += 1
    return end, gutters


def _narrow(gutters, rs, min_width):
    """Each gutter less the text of runs `rs`; None when one closes (a crossing line)."""
    out = []
    for g0, g1 in gutters:
        for r0, r1 in rs:
            if r1 <= g0 or r0 >= g1:
                continue
            if r0 - g0 >= g1 - r1:               # text in the gutter's left part
                g1 = min(g1, r0)
            else:
                g0 = max(g0, r1)
        if g1 - g0 < min_width:
            return None
        out.append((g0, g1))
    return out


def _columns_used(line: Line, gutters) -> set[int]:
    cols = set()
    for c in line.chars:
        if c["text"].strip():
            cx = (float(c["x0"]) + float(c["x1"])) / 2
            cols.add(sum(1 for g0, _ in gutters if cx > g0))
    return cols


def _accept(lines: list[Line], gutters, rules: list[Segment], pad: float | None,
            cells: bool = True) -> list[TextTable]:
    """The candidate as tables (split where the header row recurs), if the evidence holds;
    `pad`: the gap between a column's text edge and the next column's (None: this
    table's narrowest gutter); cells=False: judge only (the tables' rows left None)."""
    from .pdf_tables import cell_texts
    size = lines[0].size
    lefts = [min(ln.x0 for ln in lines)] + [g1 for _, g1 in gutters]
    bounds = [(g0 + g1) / 2 for g0, g1 in gutters]
    x0 = lefts[0] - 1.0
    x1 = max(ln.x1 for ln in lines) + 1.0
    starts = _row_starts(lines, bounds, rules, x0, x1, size)
    ys = [lines[0].top - 1.0]
    for k in starts[1:]:
        ys.append((lines[k - 1].bottom + lines[k].top) / 2)
    ys.append(lines[-1].bottom + 1.0)
    xs = [x0] + bounds + [x1]
    rights = [x0] * len(lefts)
    for ln in lines:
        for c in ln.chars:
            if c["text"].strip():
                cx = (float(c["x0"]) + float(c["x1"])) / 2
                j = sum(1 for b in bounds if cx > b)
                rights[j] = max(rights[j], float(c["x1"]))
    if pad is None:
        pad = min(g1 - g0 for g0, g1 in gutters)
    for j in range(len(rights) - 1):
        rights[j] = max(rights[j], lefts[j + 1] - pad)
    # rules above or below the rows span the table: its right edge less the padding
    spans = [r for r in rules if r.x0 < x1 and r.x1 > x0
             and lines[0].top - 2 * size <= r.top <= lines[-1].bottom + 2 * size]
    if spans:
        rights[-1] = max(rights[-1], max(r.x1 for r in spans) - (lefts[0] - min(r.x0 for r in spans)))
    raw = _raw_rows(lines, xs, ys)
    out: list[TextTable] = []
    first = 0
    for k in range(1, len(raw) + 1):
        if k == len(raw) or raw[k] == raw[first]:
            if _evidence(raw[first:k]):
                sub = Grid(xs, ys[first:k + 1])
                held = [ln for ln in lines if sub.ys[0] <= ln.baseline <= sub.ys[-1]]
                rows = cell_texts(sub, [c for ln in held for c in ln.chars], rights) \
                    if cells else None
                out.append(TextTable(sub, held, rights, lefts, rows))
            elif first == 0:
                return []
            first = k
    return out


def _raw_rows(lines: list[Line], xs: list[float], ys: list[float]) -> list[list[str]]:
    """Each cell's characters run together (enough to judge the evidence, and to see a
    header row recur)."""
    rows = [[""] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for ln in lines:
        i = min(max(bisect_right(ys, ln.baseline) - 1, 0), len(rows) - 1)
        for c in ln.chars:
            if c["text"].strip():
                j = min(max(bisect_right(xs, (float(c["x0"]) + float(c["x1"])) / 2) - 1, 0),
                        len(xs) - 2)
                rows[i][j] += c["text"]
    return rows


def _row_starts(lines: list[Line], bounds: list[float], rules: list[Segment],
                x0: float, x1: float, size: float) -> list[int]:
    """Indexes of the lines that open a row.

    Rules alone where they separate most entries of the first column, or where rules
    close the body above and below and no wider step says otherwise (a table of one
    ruled row, its cells wrapped). Else a rule (under a header), and either a wider line
    step, where a good share (a quarter) of the first-column entries no rule separates
    follow one (cell padding; the others are wrapped lines), or text in the first
    column."""
    def ruled_at(top: float, bottom: float) -> bool:
        return any(top <= (r.top + r.bottom) / 2 <= bottom and r.x0 < x1 and r.x1 > x0
                   for r in rules)

    first = [k for k in range(1, len(lines))
             if any((float(c["x0"]) + float(c["x1"])) / 2 < bounds[0]
                    for c in lines[k].chars if c["text"].strip())]
    ruled = {k for k in range(1, len(lines))
             if ruled_at(lines[k - 1].bottom - 1, lines[k].top + 1)}
    steps = [lines[k].baseline - lines[k - 1].baseline for k in range(1, len(lines))]
    least = min(steps, default=0.0)
    wide = {k for k in range(1, len(lines))
            if steps[k - 1] > least + max(1.0, STEP_TOL * size)}
    told = set(first) - ruled                # entries no rule separates
    spaced = bool(wide & told) and 4 * len(wide & told) >= len(told)
    if len(ruled) >= 2 and 2 * len(ruled) >= len(first):
        return [0] + sorted(ruled)
    if ruled and not spaced and ruled_at(lines[-1].bottom - 1, lines[-1].bottom + size):
        return [0] + sorted(ruled)
    opens = ruled | (wide if spaced else set(first))
    return [0] + sorted(opens)


def _evidence(rows: list[list[str]]) -> bool:
    """Two or more columns filled on two or more rows, the header filled in every column,
    not a list; three rows, or header words the manual's vocabulary knows."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    header = rows[0]
    if not all(c.strip() for c in header):
        return False
    if sum(1 for r in rows if sum(1 for c in r if c.strip()) >= 2) < 2:
        return False
    if all(not r[0].strip() or LIST_MARK_RE.match(r[0].strip()) for r in rows):
        return False
    return len(rows) >= 3 or any(w in c for c in header for w in header_words())


@lru_cache(maxsize=1)
def header_words() -> tuple[str, ...]:
    """Words of table headers in every shipped vocabulary (table and reference columns)."""
    from ..vocab import vocabularies
    words: set[str] = set()
    for v in vocabularies():
        for names in v.table_headers.values():
            words.update(names)
        for cols in v.reference_columns.values():
            for names in cols.values():
                words.update(names)
    return tuple(sorted(w for w in words if w))
