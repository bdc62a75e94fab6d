"""clean_cell: a raw table cell as plain text, lists as `• ` lines, labels on new lines.

One cleaner for every table of the manual; where a table kind reads differently (the
appendix status tables), the difference is a named option of `clean_cell`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .marks import (LABELS, join_cjk_gaps, line_mark_end, list_marks, split_bare_keys,
                    split_cjk_keys, split_mid_marks)

_SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u3000]+")
# Real HTML tags only; `<String,String>`, `<YOUR REGION>` and the like are left alone.
_TAG_RE = re.compile(
    r"<[ \t]*(/?)[ \t]*(p|ul|ol|li|code|br|span|div|strong|em|b|i|u|sup|sub)(?:[ \t][^<>\n]*)?/?>",
    re.I)
_SENTINEL_SPLIT_RE = re.compile(r"([\n\x01\x02\x03\x04])")
_PARA_TAGS = {"p", "br", "div"}
# A label standing as a label: at the start or after whitespace, followed by
# whitespace, a colon or the end (`参数解释 项目ID。`, `<p>参数解释</p>`, `取值范围：`).
# The pattern opens with the labels themselves, so `re` jumps to their first characters;
# label_matches tests the character before (no label holds white space, so a match it
# drops hides no other).
_LABEL_RE = re.compile(rf"({'|'.join(LABELS)})(?=[\s：:]|$)")


def label_matches(text: str):
    """The labels standing as labels in `text` (what `(?:(?<=\\s)|^)` before _LABEL_RE
    would match), scanned only when the text holds one of LABELS."""
    if not any(x in text for x in LABELS):
        return ()
    return [m for m in _LABEL_RE.finditer(text) if not m.start() or text[m.start() - 1].isspace()]


# Item markers inside <ul>/<ol>: bullets, `- ` (also glued after CJK text:
# `云硬盘- "GPSSD"`), `-` before CJK after a space, the Wingdings `l ` (marks.list_marks);
# numbers in <ol>:
_OL_MARK_RE = re.compile(r"(?:(?<=[\s。；;，,:：])|^)(\d{1,2})[.、．](?!\d)\s*")
# Outside lists only a marker at the start of a line opens an item (marks.line_mark_end),
# or a `-` glued to CJK text after a space (` -系统盘：… -数据盘：…`, marks.split_mid_marks).
_STRAY_RULE_RE = re.compile(r"(?:(?<=\s)|^)(?:-{3,}|-(?:\s+-){2,})(?=\s*$)")
# Glued items of a list whose bullets the conversion lost:
# `"SATA"为普通IO云硬盘"SAS"为高IO云硬盘` (any list) ...
_GLUED_QUOTED_RE = re.compile(
    r"(?<=[^\s•])(?=[\"“][A-Za-z0-9][A-Za-z0-9_.\- ]*[\"”]\s*(?:为|[：:]|表示|代表))")
# ... and, in lists without any marker, `month：月year：年`, `按需转包SPEC_CHG_LOCK：`,
# `[1-9]periodType为` (marks.split_bare_keys), `数据盘：32768GiB系统盘：1024GiB`
# (marks.split_cjk_keys).

_BULLET = "• "
_CONTROL = {c: None for c in (1, 2, 3, 4)}        # the sentinels below stand for list tags
_CONTROL_CHARS = "".join(map(chr, _CONTROL))


class _Lines:
    """Output lines under construction."""

    __slots__ = ("lines", "cur", "prefix")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.prefix = ""

    def end(self) -> None:
        text = "".join(self.cur)
        # (runs to squash hold two spaces or a character that is not printable: most lines
        # have neither)
        if "  " in text or not text.isprintable():
            text = _SPACES_RE.sub(" ", text)
        text = text.strip()
        if text.endswith("-"):
            text = _STRAY_RULE_RE.sub("", text).rstrip()
        if " " in text:
            text = join_cjk_gaps(text)
        if text:
            self.lines.append(self.prefix + text)
        self.cur = []
        self.prefix = ""

    def item(self, prefix: str = _BULLET) -> None:
        self.end()
        self.prefix = prefix

    def add(self, text: str) -> None:
        self.cur.append(text)

    def empty(self) -> bool:
        return not "".join(self.cur).strip()


def _tag_sentinel(m: re.Match) -> str:
    closing, name = m.group(1), m.group(2).lower()
    if name in _PARA_TAGS:
        return "\n"
    if name in ("ul", "ol"):
        return "\x03" if closing else ("\x02" if name == "ol" else "\x01")
    if name == "li":
        return "" if closing else "\x04"
    return ""                                    # inline tags: code, span, b ...


# label_before_list: `… 说明 <ul>`: a short label word right before a list
_LABEL_BEFORE_LIST_RE = re.compile(r"^(.*?)\s+(\w[\w()（）&/.-]{0,5})\s*$", re.S)
# sentence_items: the sentences of an unmarked list
_SENTENCE_RE = re.compile(r"[^。；]+[。；]?")


class _Cleaner:
    """One pass over a cell whose structural tags are sentinels: \n paragraph, \x01 <ul>,
    \x02 <ol>, \x03 </ul>/</ol>, \x04 <li>."""

    __slots__ = ("out", "stack", "counts", "fresh", "marked", "label_before_list",
                 "sentence_items", "on_unmarked_list")

    def __init__(self, *, label_before_list: bool = False, sentence_items: bool = False,
                 on_unmarked_list: Callable[[], None] | None = None) -> None:
        self.label_before_list = label_before_list
        self.sentence_items = sentence_items
        self.on_unmarked_list = on_unmarked_list
        self.out = _Lines()
        self.stack: list[str] = []               # open lists: "ul" | "ol"
        self.counts: list[int] = []              # <li> items seen per open list
        self.fresh = False                       # the next list text opens an item
        self.marked = False                      # the current list has item markers

    def run(self, s: str) -> str:
        for piece in _SENTINEL_SPLIT_RE.split(s):
            if not piece:
                continue
            if piece == "\n":
                self.out.end()
                self.close_all()
            elif piece in ("\x01", "\x02"):
                if self.label_before_list:
                    self.split_label()
                self.out.end()
                self.stack.append("ol" if piece == "\x02" else "ul")
                self.counts.append(0)
                self.fresh, self.marked = True, False
            elif piece == "\x03":
                self.out.end()
                if self.stack:
                    self.stack.pop()
                    self.counts.pop()
                self.fresh = bool(self.stack)
            elif piece == "\x04":
                if not self.stack:
                    self.stack.append("ul")
                    self.counts.append(0)
                self.counts[-1] += 1
                self.out.item(f"{self.counts[-1]}. " if self.stack[-1] == "ol" else _BULLET)
                self.fresh, self.marked = False, True
            else:
                self.text(piece)
        self.out.end()
        return "\n".join(self.out.lines)

    def text(self, piece: str) -> None:
        pos = 0
        for m in label_matches(piece):
            if m.start() > pos:
                self.segment(piece[pos:m.start()])
            self.out.end()                       # a label ends any list and starts a line
            self.close_all()
            pos = m.start()
        self.segment(piece[pos:])

    def split_label(self) -> None:
        """Put a short label that ends the current line (`… 说明`) on a line of its own."""
        m = _LABEL_BEFORE_LIST_RE.match("".join(self.out.cur))
        if m and m.group(1).strip():
            self.out.cur = [m.group(1)]
            self.out.end()
            self.out.add(m.group(2))

    def close_all(self) -> None:
        self.stack.clear()
        self.counts.clear()

    def segment(self, seg: str) -> None:
        if self.stack:
            self.list_segment(seg, self.stack[-1] == "ol")
        else:
            self.plain_segment(seg)

    def plain_segment(self, seg: str) -> None:
        if self.out.empty():
            end = line_mark_end(seg)
            if end is not None:
                self.out.item()
                seg = seg[end:]
        chunks = split_mid_marks(seg)
        self.out.add(chunks[0])
        for chunk in chunks[1:]:
            self.out.item()
            self.out.add(chunk)

    def list_segment(self, seg: str, ordered: bool) -> None:
        marks = [(a, b, None) for a, b in list_marks(seg)]  # (start, end, item number)
        if ordered:
            marks += [(m.start(), m.end(), m.group(1)) for m in _OL_MARK_RE.finditer(seg)]
            marks.sort(key=lambda m: m[0])
        markerless = not marks and not self.marked
        if markerless and self.sentence_items:
            self.sentence_list(seg)
            return
        if marks:
            self.marked = True
        pos = 0
        head = seg[:marks[0][0]] if marks else seg
        if head.strip():
            if self.fresh:
                self.out.item()
            self.add_item_text(head, markerless)
        elif self.fresh and not marks:
            return                               # only blanks so far: still waiting for an item
        self.fresh = False
        for k, (start, mark_end, number) in enumerate(marks):
            if start < pos:                      # overlapping marker (`- ` vs `1.`)
                continue
            end = marks[k + 1][0] if k + 1 < len(marks) else len(seg)
            self.out.item(f"{number}. " if number else _BULLET)
            self.add_item_text(seg[mark_end:end], markerless)
            pos = mark_end

    def sentence_list(self, seg: str) -> None:
        items = [i for i in _SENTENCE_RE.findall(seg) if i.strip()]
        if len(items) > 1 and self.on_unmarked_list is not None:
            self.on_unmarked_list()
        for item in items:
            self.out.item()
            self.out.add(item)
        self.fresh = False

    def add_item_text(self, text: str, markerless: bool) -> None:
        chunks = _GLUED_QUOTED_RE.split(text)
        if markerless:
            chunks = [c for chunk in chunks for c in split_bare_keys(chunk)]
            chunks = [c for chunk in chunks for c in split_cjk_keys(chunk)]
        self.out.add(chunks[0])
        for chunk in chunks[1:]:
            if chunk.strip():
                self.out.item()
                self.out.add(chunk)


def clean_cell(text: str, *, label_before_list: bool = False, sentence_items: bool = False,
               on_unmarked_list: Callable[[], None] | None = None) -> str:
    """A raw table cell as plain text.

    HTML remnants go; `<p>` boundaries become line breaks; each list item (`•`, `●`,
    `- `, Wingdings `l `, `1.` in `<ol>`, `<li>`, or lost bullets recovered from glued
    `"X"为…` / `X：…` items) gets its own line starting with "• " (`1. ` in an ordered
    list); a description label (参数解释 …) starts a line; space runs collapse.
    Idempotent.

    Options, for tables whose prose lists read otherwise (the appendix status tables):
    `label_before_list` puts a short label right before a list (`… 说明 <ul>`) on a line
    of its own; `sentence_items` takes the sentences (。/；) of a list without item marks
    as its items, calling `on_unmarked_list()` for each such list of several items.
    """
    if not text:
        return ""
    if on_unmarked_list is None:     # a manual repeats its cells: clean each text once
        return _clean_cached(text, label_before_list, sentence_items)
    return _clean(text, label_before_list, sentence_items, on_unmarked_list)


def _clean(text: str, label_before_list: bool, sentence_items: bool,
           on_unmarked_list: Callable[[], None] | None = None) -> str:
    s = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(c in s for c in _CONTROL_CHARS):      # rare: translate walks the text char by char
        s = s.translate(_CONTROL)
    n = 1
    while n and "<" in s:                        # removing a tag may join a new one: `<p<b>>`
        s, n = _TAG_RE.subn(_tag_sentinel, s)
    return _Cleaner(label_before_list=label_before_list, sentence_items=sentence_items,
                    on_unmarked_list=on_unmarked_list).run(s)


_clean_cached = lru_cache(maxsize=8192)(_clean)
