"""Where a cell's list items start and where its CJK wrap spaces are: the rules of the
cleaner that look at the CJK character beside a mark.

Tested by code point (`cjk.is_han`), not with a class of 21,000 ideographs, which `re`
takes milliseconds to compile on every run; each rule is held to the pattern it replaces
in tests/test_rule_rewrites.py.
"""
from __future__ import annotations

import re

from ...cjk import is_cjk_or_fullwidth, is_han

# The four labels of a structured description cell, in their usual order (the cleaner's).
LABELS = ("参数解释", "约束限制", "取值范围", "默认取值")
BULLETS = "•●▪■◆"
_WS_RE = re.compile(r"\s*")
_MARK_START_RE = re.compile(f"[{BULLETS}l-]")    # where a list item mark may start
_COLON_RE = re.compile(r"[：:]")
# an ASCII key and the word or colon after it: `month：`, `SPEC_CHG_LOCK为`
_BARE_KEY_RE = re.compile(r"(?=[A-Za-z_][A-Za-z0-9_\-]*\s*(?:[：:]|为))")
# label and note words a CJK space stays after (`说明 从快照…`), when they stand as labels:
# at the start or after white space or sentence punctuation
GAP_LABELS = (*LABELS, "功能说明", "说明", "注意", "须知")
_GAP_LABEL_AFTER = "。，；：:,;.!?！？"


def _ws_end(s: str, i: int) -> int:
    """The end of the white space run starting at i."""
    return _WS_RE.match(s, i).end()


def _dash_may_follow(ch: str) -> bool:
    """What a `- ` item mark may follow inside a list: white space, a closing bracket, or
    CJK text and full-width forms (`云硬盘- "GPSSD"`)."""
    return ch.isspace() or ch in ")）" or is_cjk_or_fullwidth(ch)


def _list_mark_end(seg: str, p: int) -> int | None:
    """The end of the list item mark at p, if one starts there: a bullet and the white
    space after it; `- ` (not before a digit); `-` before CJK text after white space; the
    Wingdings `l ` before CJK text after white space or a full stop."""
    ch, n = seg[p], len(seg)
    if ch in BULLETS:
        return _ws_end(seg, p + 1)
    before = seg[p - 1] if p else ""
    end = _ws_end(seg, p + 1)
    if ch == "-":
        if end > p + 1 and (not before or _dash_may_follow(before)):
            if end == n or not seg[end].isdecimal():
                return end
            if end > p + 2:                      # a digit after the spaces: all but the last
                return end - 1
        if (not before or before.isspace()) and p + 1 < n and is_han(seg[p + 1]):
            return p + 1
        return None
    if end > p + 1 and end < n and is_han(seg[end]) and (
            not before or before.isspace() or before in "。；;"):
        return end                               # `l ` before CJK text
    return None


def list_marks(seg: str) -> list[tuple[int, int]]:
    """(start, end) of each item mark in a segment inside a list, left to right."""
    marks: list[tuple[int, int]] = []
    pos = 0
    for m in _MARK_START_RE.finditer(seg):
        p = m.start()
        if p < pos:
            continue
        end = _list_mark_end(seg, p)
        if end is not None:
            marks.append((p, end))
            pos = end
    return marks


def line_mark_end(seg: str) -> int | None:
    """The end of the item mark a line outside a list starts with, if any: a bullet,
    `- `, or `-` / Wingdings `l ` right before CJK text (white space before it is part)."""
    i = _ws_end(seg, 0)
    if i == len(seg):
        return None
    ch = seg[i]
    end = _ws_end(seg, i + 1)
    if ch in BULLETS:
        return end
    if ch == "-":
        if end > i + 1:
            return end
        return i + 1 if i + 1 < len(seg) and is_han(seg[i + 1]) else None
    if ch == "l" and i + 1 < end < len(seg) and is_han(seg[end]):
        return end
    return None


def _numbered_item_dash(seg: str, at: int) -> bool:
    """The `-` at `at` opens the text of a numbered line (`1. -…`, `12. -…`)."""
    return (at == 3 and seg[0].isdecimal() and seg[1:3] == ". ") or \
        (at == 4 and seg[0].isdecimal() and seg[1].isdecimal() and seg[2:4] == ". ")


def split_mid_marks(seg: str) -> list[str]:
    """`seg` split at each `-` glued to CJK text after white space (` -系统盘：… -数据盘：…`),
    the `-` dropped, except the first after a line's item number."""
    chunks, start = [], 0
    at = seg.find("-", 1)
    while at >= 0:
        if seg[at - 1].isspace() and at + 1 < len(seg) and is_han(seg[at + 1]) \
                and not _numbered_item_dash(seg, at):
            chunks.append(seg[start:at])
            start = at + 1
        at = seg.find("-", at + 1)
    chunks.append(seg[start:])
    return chunks


def _split_at(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def split_bare_keys(text: str) -> list[str]:
    """`text` split before each ASCII key glued to CJK text or a closing bracket and
    followed by a colon or 为: `month：月year：年`, `[1-9]periodType为`."""
    cuts = [p for p in (m.start() for m in _BARE_KEY_RE.finditer(text))
            if p and (text[p - 1] in "])）" or is_han(text[p - 1]))]
    return _split_at(text, cuts) if cuts else [text]


def split_cjk_keys(text: str) -> list[str]:
    """`text` split before each run of 1 to 8 ideographs ending in a colon and glued to an
    ASCII letter or digit or a closing bracket: `数据盘：32768GiB系统盘：1024GiB`."""
    cuts = []
    for m in _COLON_RE.finditer(text):
        colon = start = m.start()
        while start and colon - start <= 8 and is_han(text[start - 1]):
            start -= 1
        if 1 <= colon - start <= 8 and start:
            before = text[start - 1]
            if before in ")）" or (before.isascii() and before.isalnum()):
                cuts.append(start)
    return _split_at(text, cuts) if cuts else [text]


def _label_before(text: str) -> bool:
    """`text` ends with a label or note word standing as one."""
    for label in GAP_LABELS:
        if text.endswith(label):
            rest = text[:-len(label)]
            if not rest or rest[-1].isspace() or rest[-1] in _GAP_LABEL_AFTER:
                return True
    return False


def join_cjk_gaps(text: str) -> str:
    """Drop each single space between two ideographs (a wrap artefact, `云硬盘列表 页面`, or
    link padding, `请参见 查询镜像详情`), except after a label or note word (`说明 从快照…`)."""
    pieces = text.split(" ")
    out = [pieces[0]]
    for before, after in zip(pieces, pieces[1:]):
        if not (before and after and is_han(before[-1]) and is_han(after[0])) \
                or _label_before(before):
            out.append(" ")
        out.append(after)
    return "".join(out)
