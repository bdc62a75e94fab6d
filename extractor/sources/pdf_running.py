"""Running headers and footers, found by repetition across pages at any position.

A producer's print template puts the same lines (the title, the chapter, the document
version, the page number) at the same place on page after page. Paragraphs are grouped
by their place on the page and their type (size, weight), outermost first; a group is
running when it is on a good share of the pages and nearly all its paragraphs share a
run of text (set apart by a wide gap, page numbers and other digits aside) with
another in it: a footer's chapter title changes, its document version does not. Body text at the top margin shares a place
too, but its texts do not recur.
"""
from __future__ import annotations

import re
from collections import Counter

from .pdf_page import PageResult

SHARE_OF_PAGES = 0.3     # a running group is on at least this share of the text pages
RECURRING = 0.8          # ... and at least this share of its texts recur in it
SAME_PLACE = 1.5         # tops closer than this (pt) are one place
LAYERS = 3               # a header or footer may be this many paragraphs deep
_DIGITS = re.compile(r"\d+")


def running_items(results: list[PageResult]) -> set[tuple[int, int]]:
    """(page number, item index) of every running header or footer paragraph.

    Only a page's outermost paragraphs are candidates (the topmost and the bottommost
    item); once a layer is found running, the next layer inward is judged."""
    text_pages = sum(1 for res in results if res.items)
    need = max(2, SHARE_OF_PAGES * text_pages)
    out: set[tuple[int, int]] = set()
    for _ in range(LAYERS):
        found = _layer(results, out, need)
        if not found:
            break
        out |= found
    return out


def _layer(results: list[PageResult], done: set, need: float) -> set:
    entries = []
    for res in results:
        left = [(k, item) for k, item in enumerate(res.items) if (res.number, k) not in done]
        if not left:
            continue
        top = min(left, key=lambda p: p[1].top)
        bottom = max(left, key=lambda p: p[1].bottom)
        for k, item in {top[0]: top[1], bottom[0]: bottom[1]}.items():
            if item.kind == "para":
                chunks = tuple(_DIGITS.sub("#", c) for c in item.chunks)
                entries.append(((round(item.size, 1), item.bold), item.top, res.number, k,
                                chunks))
    found: set[tuple[int, int]] = set()
    by_style: dict[tuple, list] = {}
    for e in entries:
        by_style.setdefault(e[0], []).append(e)
    for group in by_style.values():
        group.sort(key=lambda e: e[1])
        start = 0
        for i in range(1, len(group) + 1):
            if i == len(group) or group[i][1] - group[i - 1][1] > SAME_PLACE:
                _judge(group[start:i], need, found)
                start = i
    return found


def _judge(place: list, need: float, out: set) -> None:
    pages = {e[2] for e in place}
    if len(pages) < need:
        return
    counts = Counter(c for e in place for c in set(e[4]))
    recurring = sum(1 for e in place if any(counts[c] >= 2 for c in e[4]))
    if recurring >= RECURRING * len(place):
        out.update((e[2], e[3]) for e in place)
