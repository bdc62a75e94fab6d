"""One PDF page -> its items (paragraphs, tables, code boxes), in reading order.

Pages are read independently (in parallel, cached); what needs the whole document —
the running header and footer (repeated across pages), which paragraphs are headings
(larger than the body type), tables and code boxes continued across pages — is decided
later from the meta recorded here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..blocks import Block, Code, Loc, Paragraph, Row, Table
from .pdf_code import BREAKERS, open_string
from .pdf_pdfium import page_objects
from .pdf_grid_text import TextTable, find_text_tables
from .pdf_tables import Grid, Segment, cell_texts, find_grids, segments
from .pdf_text import CODE_BREAK, CODE_WRAP, Line, group_lines, join_wrapped, same_run

BULLET_GLYPHS = "●■◆▪◦○"
NOTE_MARK = "📖"           # how the text rendition spells a note's icon
# a title, a leader (three or more of one glyph that is no letter, digit or space, at
# any spacing: dots, middle dots, ellipses, dashes, rules) and a page number
LEADER_RE = re.compile(
    r"^(?P<title>\S.*?)\s*(?P<g>[^\w\s]|_)(?:\s*(?P=g)){2,}\s*(?P<page>\d+|[ivxlc]+)$")
MAX_ICON = 14            # a filled shape at most this big left of a line marks it
BULLET_SHAPE = 0.5       # ... as a bullet when narrower than this share of the type size


@dataclass(slots=True)
class Item:
    """A block with what the document-level pass needs to know about it."""

    block: Block
    kind: str                        # para | table | leader | code
    top: float = 0.0                 # where it is on its page
    bottom: float = 0.0
    size: float = 0.0                # para: font size
    bold: bool = False               # para: set in a bold face
    columns: tuple = ()              # table: column widths, to match a continuation
    shaded_header: bool = False      # table: first row shaded
    open_top: bool = False           # code: box cut at its top / bottom edge
    open_bottom: bool = False
    last_full: bool = False          # code: the last row runs to the right edge (wrapped)
    chunks: tuple = ()               # para: its lines' runs set apart by wide gaps


@dataclass(slots=True)
class PageResult:
    number: int
    items: list[Item] = field(default_factory=list)
    chars: int = 0                   # characters in the page's text layer
    height: float = 0.0
    unreadable: str = ""             # why the page could not be read (then nothing else)
    repaired: str = ""               # page 1 only: why the file's structure needed repair


@dataclass(slots=True)
class _Box:
    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, c: dict) -> bool:
        cx = (float(c["x0"]) + float(c["x1"])) / 2
        cy = (float(c["top"]) + float(c["bottom"])) / 2
        return self.x0 <= cx <= self.x1 and self.top <= cy <= self.bottom


def read_page(page, number: int) -> PageResult:
    """Analyse one page (pypdfium2): find the ruled tables, the tables set by alignment
    (pdf_grid_text.py) and shaded code boxes, and read the rest as prose (running
    headers and footers included: the document pass drops them)."""
    chars, lines, rects = page_objects(page)
    chars = [c for c in chars if c["upright"]]
    result = PageResult(number, chars=len(chars), height=float(page.get_height()))
    segs = segments(lines, rects)
    grids = find_grids(segs)
    boxes, icons = _filled_boxes(rects, grids)
    in_grids, in_boxes, prose = _distribute(chars, grids, boxes)

    loc = Loc(page=number)
    placed: list[tuple[float, Item]] = []
    for g, g_chars in zip(grids, in_grids):
        if len(g.xs) == 2:           # no rule between columns: an outline (and row rules)
            found, rest = _aligned_in_outline(g, g_chars)
            if found:
                placed += [(t.grid.ys[0], _text_table_item(t, loc)) for t in found]
                prose += rest
                continue
        item = _table_item(g, g_chars, rects, loc)
        if item is not None:
            item.top, item.bottom = g.ys[0], g.ys[-1]
            placed.append((g.ys[0], item))
    code_boxes = []
    for b, b_chars in zip(boxes, in_boxes):
        glines = group_lines(b_chars)
        if glines and sum(ln.mono for ln in glines) * 2 >= len(glines):
            code_boxes.append((b, glines))
        else:
            prose += b_chars            # a shaded box of prose: read as prose
    leading = _code_leading([g for _, g in code_boxes])
    placed += [(b.top, _code_item(b, glines, leading, loc)) for b, glines in code_boxes]
    plines = group_lines(prose)
    rules = [s for s in segs if s.horizontal and not _inside_grid(
        {"x0": s.x0, "x1": s.x1, "top": s.top, "bottom": s.bottom}, grids)]
    for t in find_text_tables(plines, rules):
        placed.append((t.grid.ys[0], _text_table_item(t, loc)))
        held = {id(ln) for ln in t.lines}
        plines = [ln for ln in plines if id(ln) not in held]
    right = _text_right(plines)
    placed += list(_prose_items(plines, icons, right, loc))
    placed.sort(key=lambda p: p[0])
    result.items = [item for _, item in placed]
    return result


def _text_right(lines: list[Line]) -> float:
    """The prose's right edge: the furthest line end in the page's main type size (a
    running header or footer in another size may reach further)."""
    sizes: dict[float, int] = {}
    for ln in lines:
        sizes[ln.size] = sizes.get(ln.size, 0) + len(ln.text)
    if not sizes:
        return 0.0
    main = max(sizes.items(), key=lambda kv: kv[1])[0]
    return max(ln.x1 for ln in lines if ln.size == main)


def _filled_boxes(rects: list[dict], grids: list[Grid]) -> tuple[list[_Box], list[_Box]]:
    """Filled rectangles outside tables: wide ones are boxes (code), tiny ones icons."""
    boxes, icons = [], []
    for r in rects:
        if not r.get("fill") or _inside_grid(r, grids):
            continue
        box = _Box(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        if box.x1 - box.x0 > 4 * MAX_ICON and box.bottom - box.top > 4:
            boxes.append(box)
        elif box.x1 - box.x0 <= MAX_ICON and box.bottom - box.top <= MAX_ICON:
            icons.append(box)
    return boxes, icons


def _distribute(chars: list[dict], grids: list[Grid], boxes: list[_Box]):
    """Each char to the table or box holding its centre (tables first), else to prose;
    a space glyph right after a char stays with it (a trailing space may overhang its
    cell)."""
    in_grids: list[list[dict]] = [[] for _ in grids]
    in_boxes: list[list[dict]] = [[] for _ in boxes]
    areas = [(g.xs[0], g.xs[-1], g.ys[0], g.ys[-1], held) for g, held in zip(grids, in_grids)]
    areas += [(b.x0, b.x1, b.top, b.bottom, held) for b, held in zip(boxes, in_boxes)]
    if not areas:
        return in_grids, in_boxes, list(chars)
    prose: list[dict] = []
    last: list[dict] = prose
    prev: dict | None = None
    for c in chars:
        if c["text"] == " " and same_run(prev, c):
            last.append(c)
            prev = c
            continue
        prev = c
        last = prose
        cx = (float(c["x0"]) + float(c["x1"])) / 2
        cy = (float(c["top"]) + float(c["bottom"])) / 2
        for x0, x1, top, bottom, held in areas:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                last = held
                break
        last.append(c)
    return in_grids, in_boxes, prose


def _inside_grid(r: dict, grids: list[Grid]) -> bool:
    cx = (float(r["x0"]) + float(r["x1"])) / 2
    cy = (float(r["top"]) + float(r["bottom"])) / 2
    return any(g.contains(cx, cy) for g in grids)


def _table_item(g: Grid, chars: list[dict], rects: list[dict], loc: Loc) -> Item | None:
    rows = cell_texts(g, chars)
    if not rows:
        return None
    y0, y1 = g.ys[0], g.ys[1]
    shaded = any(r.get("fill") and float(r["top"]) >= y0 - 1 and float(r["bottom"]) <= y1 + 1
                 and float(r["x1"]) - float(r["x0"]) > 4 for r in rects)
    table = Table(tuple(rows[0]), tuple(Row(tuple(r), loc) for r in rows[1:]), loc)
    widths = tuple(round(g.xs[j + 1] - g.xs[j]) for j in range(len(g.xs) - 1))
    return Item(table, "table", columns=(round(g.xs[0]),) + widths, shaded_header=shaded)


def _aligned_in_outline(g: Grid, chars: list[dict]) -> tuple[list[TextTable], list[dict]]:
    """The tables set by alignment inside a ruled box of one column (its rules are row
    separators), and the characters of the lines left out of them."""
    glines = group_lines(chars)
    rules = [Segment(g.xs[0], y, g.xs[1], y) for y in g.ys]
    found = find_text_tables(glines, rules)
    held = {id(ln) for t in found for ln in t.lines}
    return found, [c for ln in glines if id(ln) not in held for c in ln.chars]


def _text_table_item(t: TextTable, loc: Loc) -> Item:
    rows = t.rows or []
    table = Table(tuple(rows[0]), tuple(Row(tuple(r), loc) for r in rows[1:]), loc)
    # columns by their text's left edges (the last one's width is not known)
    widths = tuple(round(b - a) for a, b in zip(t.lefts, t.lefts[1:])) + (0,)
    return Item(table, "table", top=t.grid.ys[0], bottom=t.grid.ys[-1],
                columns=(round(t.lefts[0]),) + widths)


def _code_leading(boxes: list[list[Line]]) -> float:
    """The code line pitch: the smallest baseline step in any of the page's code boxes."""
    steps = [ls[k + 1].baseline - ls[k].baseline for ls in boxes for k in range(len(ls) - 1)]
    size = max((ln.size for ls in boxes for ln in ls), default=0.0)
    return round(min((d for d in steps if d > 0.5 * size), default=size * 1.35), 2)


def _code_item(b: _Box, lines: list[Line], leading: float, loc: Loc) -> Item:
    """Monospace rows in slots of one leading; empty slots are blank lines; a row that
    runs to the right edge continues on the next (the box wrapped a long line)."""
    size = max(ln.size for ln in lines)
    pad = max(0.0, min(ln.x0 for ln in lines) - b.x0)
    head = lines[0].baseline - b.top - size
    open_top = head < pad / 2
    pad_top = 0.0 if open_top else pad
    tail = b.bottom - lines[-1].baseline - (leading - size)
    open_bottom = tail < pad / 2
    pad_bottom = 0.0 if open_bottom else pad
    slots = max(1, round((b.bottom - b.top - pad_top - pad_bottom) / leading))
    rows: list[Line | None] = [None] * slots
    for ln in lines:
        k = round((ln.baseline - b.top - pad_top - size) / leading)
        k = min(max(k, 0), slots - 1)
        held = rows[k]
        rows[k] = ln if held is None else _merge(held, ln)
    right = b.x1 - pad
    text_left = b.x0 + pad
    last = rows[-1]
    last_full = last is not None and last.end + 0.6 * size > right + 0.01
    out: list[str] = []
    glue = False
    for k, row in enumerate(rows):
        text = "" if row is None else _indent(row, text_left) + row.text
        if glue == "space" and out:
            out[-1] = out[-1].rstrip() + CODE_WRAP + text
        elif glue == "char" and out:
            out[-1] += text
        else:
            if out:
                out[-1] = out[-1].rstrip() + (CODE_BREAK if glue == "break" else "")
            out.append(text)
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        glue = _in_string(_wrapped(row, nxt, right, text_left), row, out[-1])
    if out and not last_full:
        out[-1] = out[-1].rstrip()
    text = "\n".join(out)
    return Item(Code(text, loc), "code", top=b.top, bottom=b.bottom, open_top=open_top,
                open_bottom=open_bottom, last_full=last_full)


def _wrapped(row: Line | None, nxt: Line | None, right: float, left: float) -> str:
    """Does `nxt` continue `row` (the box wrapped a long line)? Only if `nxt` starts at
    the text's left edge: "char" when its first character would not have fitted on the
    row; "space" when its first word (and a space) would not have: the row may have been
    broken at a space, or may have ended (CODE_WRAP, settled by the code's syntax in
    pdf_code.py); else "". A row ending in a break character (`/`, `?`, `-`) stays a
    line: an engine's break there looks like the manual's own wrap of a string, which the
    example reader joins with no space (its "wrapped strings" repair); "break" when the
    next row's first word would not have fitted, so the page cannot tell which it was
    (CODE_BREAK: a note, then a finding)."""
    if row is None or nxt is None or nxt.text.startswith(" ") or _indent(nxt, left):
        return ""
    if row.end + nxt.first_width > right + 0.01:
        return "char"
    word = nxt.text.split(" ", 1)[0]
    unit = nxt.unit or 0.6 * nxt.size
    if row.text.rstrip()[-1:] in BREAKERS:
        return "break" if row.x1 + unit * len(word) > right + 0.01 else ""
    return "space" if row.x1 + unit * (len(word) + 1) > right + 0.01 else ""


def _in_string(glue: str, row: Line | None, logical: str) -> str:
    """A row that may have been broken at a space ("space") inside a string literal of
    its logical line is "break" unless the page draws that space at its end: else it may
    as well be the manual's own line end (a string the manual wraps), which the page
    cannot tell (CODE_BREAK: a note, then a finding)."""
    if glue != "space" or row is None or not open_string(logical.replace(CODE_WRAP, " ")):
        return glue
    unit = row.unit or 0.6 * row.size
    return glue if row.end - row.x1 > unit / 2 else "break"


def _indent(ln: Line, left: float) -> str:
    """Leading spaces for a row that starts right of the text edge (no space glyphs)."""
    gap = ln.x0 - left
    unit = ln.unit or 0.6 * ln.size
    return " " * round(gap / unit) if gap > unit / 2 else ""


def _merge(a: Line, b: Line) -> Line:
    chars = sorted(a.chars + b.chars, key=lambda c: c["x0"])
    return group_lines(chars)[0]


def _prose_items(lines: list[Line], icons: list, right: float, loc: Loc):
    """Lines -> paragraphs (and dot-leader tables of contents)."""
    paras: list[list[Line]] = []
    marks: list[str] = []
    for ln in lines:
        mark = _marker(ln, icons)
        prev = paras[-1][-1] if paras else None
        if (prev is None or mark or LEADER_RE.match(ln.text.strip())
                or LEADER_RE.match(prev.text.strip())
                or abs(ln.size - prev.size) > 0.3 or ln.bold != prev.bold
                or ln.baseline - prev.baseline > 1.75 * ln.size):
            paras.append([ln])
            marks.append(mark)
        else:
            paras[-1].append(ln)
    leader_rows: list[Row] = []
    leader_top = 0.0
    for group, mark in zip(paras, marks):
        first = group[0]
        m = LEADER_RE.match(first.text.strip()) if len(group) == 1 else None
        if m:
            if not leader_rows:
                leader_top = first.top
            leader_rows.append(Row((m.group("title").strip(), m.group("page")), loc))
            continue
        if leader_rows:
            yield leader_top, _leader_item(leader_rows, loc, leader_top)
            leader_rows = []
        if mark == "bullet":
            group = [_drop_first_char(group[0])] + group[1:]
        text = join_wrapped(group, right, prose=True)
        if mark in ("bullet", "disc"):
            text = "- " + text
        elif mark == "note":
            text = f"{NOTE_MARK} {text}"
        if text:
            yield first.top, Item(Paragraph(text, loc), "para", top=first.top,
                                  bottom=group[-1].bottom, size=first.size,
                                  bold=all(ln.bold for ln in group),
                                  chunks=tuple(c for ln in group for c in ln.chunks))
    if leader_rows:
        yield leader_top, _leader_item(leader_rows, loc, leader_top)


def _leader_item(rows: list[Row], loc: Loc, top: float) -> Item:
    return Item(Table(rows[0].cells, tuple(rows[1:]), loc), "leader", top=top, bottom=top)


def _marker(ln: Line, icons: list) -> str:
    """`bullet` for a line led by a bullet glyph set apart, `disc` for one led by a small
    filled shape, `note` for one led by an icon (a filled shape about the type's size)."""
    solid = [c for c in ln.chars if c["text"].strip()]
    if len(solid) >= 2 and solid[0]["text"] in BULLET_GLYPHS \
            and float(solid[1]["x0"]) - float(solid[0]["x1"]) > 0.2 * ln.size:
        return "bullet"
    for b in icons:
        if b.x1 <= ln.x0 + 0.5 and ln.x0 - b.x1 < 2 * ln.size \
                and b.top < ln.bottom and b.bottom > ln.top:
            return "disc" if b.x1 - b.x0 < BULLET_SHAPE * ln.size else "note"
    return ""


def _drop_first_char(ln: Line) -> Line:
    solid = [c for c in ln.chars if c["text"].strip()]
    rest = [c for c in ln.chars if c is not solid[0]]
    while rest and rest[0]["text"] == " ":
        rest.pop(0)
    return group_lines(rest)[0] if rest else ln
