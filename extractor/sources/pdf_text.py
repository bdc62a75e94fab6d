"""PDF characters -> text lines, and wrapped lines -> one string.

A line is a run of characters on one baseline, in reading order. Where a producer
leaves no space glyph between words the gap is turned into a space. Wrapped lines are
rejoined: a trailing space glyph means the break was at a space; beside a CJK
character nothing is added; between two Latin characters a space is added only when
the next character (and a space) would still have fitted on the line, i.e. the break
was not forced by the width (identifiers, URIs and IAM actions come back whole), or, in
word-wrapped prose, when the split token would have fitted on a line of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from ..cjk import is_pdf_cjk
from .pdf_glyphs import bullets

GAP_SPACE = 0.3          # a gap wider than this share of the font size is a space
GAP_CHUNK = 2.0          # a gap wider than this many font sizes separates two chunks
_X0 = itemgetter("x0")


@dataclass(slots=True)
class Line:
    """One visual line: its characters' text, box and dominant font size."""

    text: str
    x0: float
    x1: float                # right end of the last non-space character
    top: float
    bottom: float
    baseline: float
    size: float
    chars: list              # the pdfplumber char dicts, in x order
    mono: bool = False
    end: float = 0.0         # right end of the last character, spaces included
    bold: bool = False       # most characters in a bold face
    chunks: tuple = ()       # the texts of the runs set apart by wide gaps
    unit: float = 0.0        # monospace: the width of one character cell

    @property
    def first_width(self) -> float:
        c = next((c for c in self.chars if c["text"].strip()), None)
        return float(c["x1"] - c["x0"]) if c else 0.0


def group_lines(chars: list[dict]) -> list[Line]:
    """Cluster chars into lines by baseline, each sorted left to right; lines top to bottom."""
    if not chars:
        return []
    based = sorted(((_base(c), c) for c in chars), key=lambda bc: (round(bc[0], 1), bc[1]["x0"]))
    rows: list[list[dict]] = []
    cur_base = None
    for b, c in based:
        tol = max(1.0, 0.35 * float(c["size"]))
        if rows and cur_base is not None and abs(b - cur_base) <= tol:
            rows[-1].append(c)
        else:
            rows.append([c])
            cur_base = b
    rows = [sorted(r, key=_X0) for r in rows]
    return [_make_line(r) for r in rows]


def _base(c: dict) -> float:
    m = c.get("matrix")
    if m is None:
        return float(c["bottom"])
    # pdfplumber keeps the text matrix; its y (PDF space) is the baseline
    return float(c["bottom"]) - (float(m[5]) - float(c["y0"]))


def same_run(prev: dict | None, c: dict) -> bool:
    """Does `c` directly follow `prev` on the same baseline?"""
    return prev is not None and abs(_base(prev) - _base(c)) < 0.5 \
        and abs(float(c["x0"]) - float(prev["x1"])) < 0.5


def _make_line(row: list[dict]) -> Line:
    unit = _cell_width(row)
    parts: list[str] = []
    chunks: list[str] = []
    start = 0
    prev = solid_prev = None
    for c in row:
        t = c["text"]
        if solid_prev is not None and t.strip():
            gap = float(c["x0"]) - float(solid_prev["x1"])
            if gap > GAP_CHUNK * float(c["size"]):
                chunks.append("".join(parts[start:]).strip())
                start = len(parts)
        if prev is not None and _mono(c):
            # monospace: one space per empty cell (a reader may keep one glyph of a run)
            cells = round((float(c["x0"]) - float(prev["x1"])) / unit)
            if cells >= 1 or (c.get("gap") and t != " " and prev["text"] != " "):
                parts.append(" " * max(1, cells))
        elif prev is not None and t != " " and prev["text"] != " ":
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > GAP_SPACE * float(c["size"]) or c.get("gap"):
                parts.append(" ")
        parts.append(t)
        prev = c
        if t.strip():
            solid_prev = c
    sizes: dict[float, int] = {}
    for c in row:
        s = round(float(c["size"]), 1)
        sizes[s] = sizes.get(s, 0) + 1
    size = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    solid = [c for c in row if c["text"].strip()] or row
    chunks.append("".join(parts[start:]).strip())
    return Line(text=bullets("".join(parts)), x0=float(row[0]["x0"]), x1=float(solid[-1]["x1"]),
                top=min(float(c["top"]) for c in row),
                bottom=max(float(c["bottom"]) for c in row),
                baseline=_base(solid[0]), size=size, chars=row,
                mono=sum(_mono(c) for c in solid) * 2 > len(solid),
                end=float(row[-1]["x1"]),
                bold=sum(_bold(c) for c in solid) * 2 > len(solid),
                chunks=tuple(ch for ch in chunks if ch), unit=unit)


def _cell_width(row: list[dict]) -> float:
    """A monospace row's character cell: its glyphs' typical advance (fonts differ:
    0.6 em in DejaVu Sans Mono, 0.5 em in Noto Sans Mono CJK)."""
    widths = sorted(float(c["x1"]) - float(c["x0"]) for c in row
                    if c["text"].strip() and ord(c["text"][0]) < 0x2e80 and _mono(c))
    if not widths:
        return 0.6 * float(row[0]["size"])
    return max(widths[len(widths) // 2], 0.3 * float(row[0]["size"]))


def _mono(c: dict) -> bool:
    name = c.get("fontname", "")
    mono = _MONO.get(name)
    if mono is None:
        low = str(name).lower()
        mono = _MONO[name] = "mono" in low or "courier" in low or "consol" in low or "code" in low
    return mono


def _bold(c: dict) -> bool:
    name = c.get("fontname", "")
    bold = _BOLD.get(name)
    if bold is None:
        low = str(name).lower()
        bold = _BOLD[name] = "bold" in low or "heavy" in low or "black" in low or "semibold" in low
    return bold


_MONO: dict = {}         # font name -> monospace? (asked per character: remembered per font)
_BOLD: dict = {}


SOFT = "\ue000"          # a break between Latin characters that may have been at a space
CJK_SOFT = "\ue001"      # a break beside a CJK character (a space only before a set-apart word)
CODE_WRAP = "\ue002"     # a code row broken at a space, or one that ended: space or newline
CODE_BREAK = "\ue003"    # a code row ending at a break character with no room for more
_CLOSING = "。，、；：！？）」』】》”’,.:;!?)]}"     # never start a line: glued to the one before
_QUOTES = "\"'"        # ASCII quotes: no break on either side (UAX 14, LB19)


def join_wrapped(lines: list[Line], right: float, prose: bool = False) -> str:
    """Rejoin the lines of one wrapped paragraph or table cell (`right`: the text's
    right edge), then strip. A break the geometry cannot settle is left as a marker
    (SOFT, CJK_SOFT) for the document pass (pdf_words.py), which knows its words.
    Prose is word-wrapped: a token that would have fitted whole on a line was not split
    (table cells may be wrapped between any characters)."""
    out = ""
    left = min((ln.x0 for ln in lines), default=0.0)
    for k, line in enumerate(lines):
        text = line.text
        if k == 0 or not out:
            out = text
            continue
        if out.endswith(" ") or not text:
            out += text
            continue
        if is_pdf_cjk(out[-1]) or is_pdf_cjk(text[0]):
            out += CJK_SOFT + text
            continue
        out += (" " if _word_break(lines[k - 1], line, left, right, prose) else SOFT) + text
    return out.strip()


def _word_break(prev: Line, line: Line, left: float, right: float, prose: bool) -> bool:
    """Was the break between these Latin characters surely at a (dropped) space? Yes if
    the next line's first character (with the closing punctuation glued to it) would
    still have fitted, or, in prose, if the token it split would have fitted whole on a
    line (a word wrapper splits only tokens longer than a line)."""
    space_w = 0.28 * prev.size
    if prev.text.endswith("-"):
        return False                    # a break after a hyphen: no space was dropped
    if right - prev.x1 > _lead_width(line) + space_w + 0.5:
        return True
    if not prose or not (prev.text[-1:].isalnum() and line.text[:1].isalnum()):
        return False                    # a break beside punctuation may be anywhere
    token = _token_width(reversed(prev.chars)) + _token_width(line.chars)
    return token < (right - left) * 0.95


def _lead_width(line: Line) -> float:
    width = 0.0
    for k, c in enumerate(c for c in line.chars if c["text"].strip()):
        if k and c["text"] not in _CLOSING + _QUOTES:
            break
        width += float(c["x1"]) - float(c["x0"])
    return width

def _token_width(chars) -> float:
    width = 0.0
    for c in chars:
        t = c["text"]
        if not t.strip() or is_pdf_cjk(t):
            if width:
                break
            continue
        width += float(c["x1"]) - float(c["x0"])
    return width
