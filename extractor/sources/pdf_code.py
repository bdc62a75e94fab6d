"""Settle the code-box rows the page geometry could not: by the code's own syntax.

A code row that stops short of the box's edge with the next row's first word too long
to fit beside it was either broken at a space (a word-wrapping engine) or ended there
(CODE_WRAP marks it). A string literal cannot hold a raw newline (JSON, and the
languages of the SDK samples), so a row that ends inside an open string continues on
the next (with the space it was broken at, none after a break character such as `/`);
any other such row ended. The JSON in the
box is then parsed to check the choice: if it does not parse, the fewest space joins
that make it parse win; if none does (not JSON, or JSON the manual itself got wrong),
the choice by open strings stands.

A row ending at a break character (`/`, `?`, `-`), or inside a string with no space
drawn at its end, with no room left for the next row's first word (CODE_BREAK) stays a
line: a layout engine's wrap there cannot be told from the manual's own line break,
which the example reader joins (its "wrapped strings" repair). Inside a string that is
a difference the page cannot settle, so it is noted.
"""
from __future__ import annotations

import json
from itertools import combinations

from .pdf_text import CODE_BREAK, CODE_WRAP

BREAKERS = "-/?"         # a line breaker may break after these with no space
MAX_TRIED = 10           # more ambiguous rows than this in one box: no search by parsing


def settle_code(text: str) -> str:
    """`text` with each CODE_WRAP turned into a space or a newline."""
    if CODE_WRAP not in text:
        return text
    parts = text.split(CODE_WRAP)
    seps = []
    joined = parts[0]
    for part in parts[1:]:
        seps.append(_inside(joined) if open_string(joined.rsplit("\n", 1)[-1]) else "\n")
        joined += seps[-1] + part
    if len(seps) > MAX_TRIED or json_part(joined) is None or parses(joined):
        return joined
    for count in range(len(seps) + 1):
        for joins in combinations(range(len(seps)), count):
            trial = _join(parts, joins)
            if parses(trial):
                return trial
    return joined


def break_notes(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without its CODE_BREAK marks, and a note for each one inside a string."""
    if CODE_BREAK not in text:
        return text, ()
    notes = []
    parts = text.split(CODE_BREAK)
    for k, before in enumerate(parts[:-1]):
        row = before.rsplit("\n", 1)[-1].replace(CODE_WRAP, " ")
        if open_string(row):
            head = parts[k + 1].lstrip("\n").split("\n", 1)[0].split(CODE_WRAP, 1)[0]
            notes.append(
                f"a code row ends inside a string with no room for the next row's first word "
                f"('...{row.strip()[-30:]}' / '{head.strip()[:30]}...'): a layout's wrap "
                "there cannot be told from the manual's own line break, so it is read as a "
                "line break (the example reader joins the string: x-repairs wrapped strings)")
    return "".join(parts), tuple(notes)


def _inside(before: str) -> str:
    """The join of a row broken inside a string: none after a break character, else the
    space it was broken at."""
    return "" if before[-1:] in BREAKERS else " "


def _join(parts: list[str], joins: tuple[int, ...]) -> str:
    out = parts[0]
    for k, part in enumerate(parts[1:]):
        out += (_inside(out) if k in joins else "\n") + part
    return out


def open_string(line: str) -> bool:
    """Does the line end inside a double-quoted string literal?"""
    inside = escaped = False
    for ch in line:
        if escaped:
            escaped = False
        elif ch == "\\" and inside:
            escaped = True
        elif ch == '"':
            inside = not inside
    return inside


def json_part(text: str) -> str | None:
    """The text from its first line that opens a JSON object or array, if any."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.lstrip()[:1] in ("{", "["):
            return "\n".join(lines[k:])
    return None


def parses(text: str) -> bool:
    body = json_part(text)
    if body is None:
        return False
    try:
        json.loads(body)
    except ValueError:
        return False
    return True
