"""In-text cross-references (``请参考：“查询job的状态”``, ``请参见 错误码说明``) resolved by
title to a section of the manual.

A reference is a see-also word followed by a title: in quotes, as a link ``[title](#)``, or
as the space-padded run of text the manual's cells make of a link. It resolves to the
section whose title is the same after spaces, full-width forms and case are evened out
(or, failing that, the section whose title is the reference without a generic suffix such
as 说明). Where several sections share the title, an API section that is not deprecated
wins. References that name no section of this manual (another guide, an unnamed table)
stay unresolved, each with one finding.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..blocks import Loc
from ..findings import Findings
from .model import Api

SEE_WORDS = ("请参考", "请参见", "请见", "参考", "参见")       # longest first where one holds another
PADDED_WORDS = SEE_WORDS[:3]        # an unquoted title only after the polite forms
SEE_STEMS = ("参考", "参见", "请见")  # every see-also word holds one
SEE = "(?:" + "|".join(SEE_WORDS) + ")"
QUOTED = re.compile(SEE + r"[：:]?\s*[“\"「『《]\s*([^”\"」』》\n]{1,40}?)\s*[”\"」』》]")
LINKED = re.compile(SEE + r"[：:]?\s*\[([^\]\n]{1,40})\]\(#?\)")
# a bullet glyph left of the title (a link remnant) with or without space beside it
PADDED = re.compile(
    "(?:" + "|".join(PADDED_WORDS) + r")[：:]?\s*(?:[•·]\s*)?([^\s。，,；;：:“”\"()（）•·]{2,40})(?=\s|。|$)")
SUFFIXES = ("说明", "章节", "一节", "部分")
DEPRECATED = re.compile(r"[（(]\s*(?:已)?废弃\s*[)）]")
BULLETS = "•·-*"
MIN_PREFIX = 4          # characters of a title that an unquoted reference may start with


def normalize(title: str) -> str:
    text = unicodedata.normalize("NFKC", DEPRECATED.sub("", title))
    return re.sub(r"\s+", "", text).strip(BULLETS).lower()


_STEMS_RE = re.compile("|".join(SEE_STEMS))


def may_refer(text: str) -> bool:
    """Whether `text` holds a see-also word (every reference does; most texts do not)."""
    return _STEMS_RE.search(text) is not None


def find_references(text: str) -> list[tuple[str, str]]:
    """(phrase as written, referenced title, unquoted?) for each reference in `text`."""
    if not may_refer(text):     # most texts: no pattern run
        return []
    out, taken = [], []
    for pattern in (QUOTED, LINKED, PADDED):
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((m.group(0), m.group(1).strip().strip(BULLETS).strip(), pattern is PADDED))
    return sorted(out, key=lambda r: text.index(r[0]))


_SKIPPED = frozenset(("examples", "example", "x-codeSamples", "x-request-examples"))


def _strings(node: Any, section: str | None = None) -> list[tuple[str, str | None]]:
    """(text, nearest section) of every description in a spec document that may hold a
    reference (may_refer), in document order."""
    out: list[tuple[str, str | None]] = []
    add = out.append
    refers = _STEMS_RE.search

    def walk(node: Any, section: str | None) -> None:
        if isinstance(node, dict):
            src = node.get("x-source")
            if type(src) is dict and src.get("section"):
                section = str(src["section"])
            for k, v in node.items():            # by the value's type first: most are text
                if isinstance(v, str):
                    if k == "description" and refers(v):
                        add((v, section))
                elif isinstance(v, (dict, list)):
                    if k == "x-enum-descriptions":
                        values = v.values() if isinstance(v, dict) else v
                        out.extend((x, section) for x in values
                                   if isinstance(x, str) and may_refer(x))
                    elif k not in _SKIPPED:
                        walk(v, section)
        else:
            for v in node:
                if isinstance(v, (dict, list)):
                    walk(v, section)

    if isinstance(node, (dict, list)):
        walk(node, section)
    return out


def _key(loc: Loc | None) -> tuple[int, int]:
    if loc is None:
        return (0, 0)
    return (0, loc.line) if loc.line is not None else (1, loc.page or 0)


def _targets(api: Api) -> dict[str, str]:
    """Section number -> what the spec holds of it (operation, error-codes, status-set,
    permissions); other sections are plain text of the manual."""
    out = {s.number: "operation" for s in api.sections if s.method}
    out.update({s.number: "status-set" for s in api.status_sets})
    out.update({p.source: "permissions" for p in api.permissions + api.permissions_appendix})
    heads = sorted(((_key(loc), number) for number, _, loc in api.outline), key=lambda h: h[0])
    for e in api.error_codes[:1]:
        before = [number for key, number in heads if key <= _key(e.loc)]
        if before:
            out.setdefault(before[-1], "error-codes")
    return out


def title_index(api: Api) -> tuple[dict[str, list[tuple[str, str]]], set[str]]:
    """(normalized heading -> [(section number, heading)], the live operations' sections)."""
    by_title: dict[str, list[tuple[str, str]]] = {}
    for number, heading, _ in api.outline:
        by_title.setdefault(normalize(heading), []).append((number, heading))
    return by_title, {s.number for s in api.sections if s.method and not s.deprecated}


def resolve(api: Api, title: str, *, prefix: bool = False,
            index: tuple | None = None) -> tuple[str, str, str] | None:
    """(section number, heading, the part of `title` that names it) or None. With `prefix`
    (a reference not set off by quotes) the longest section title it starts with counts.
    `index` is title_index(api), for callers that resolve many titles."""
    by_title, live = index or title_index(api)
    want, used = normalize(title), title
    found = by_title.get(want)
    if not found:
        for suffix in SUFFIXES:
            if want.endswith(suffix) and by_title.get(want[: -len(suffix)]):
                found = by_title[want[: -len(suffix)]]
                break
    if not found and prefix:
        for n in range(len(title) - 1, MIN_PREFIX - 1, -1):
            if by_title.get(normalize(title[:n])):
                found, used = by_title[normalize(title[:n])], title[:n]
                break
    if not found:
        return None
    number, heading = next((f for f in found if f[0] in live), found[0])
    return number, heading, used


def cross_references(doc: dict, api: Api, findings: Findings) -> list[dict]:
    """Every distinct reference phrase in the spec's descriptions, resolved or not."""
    targets = _targets(api)
    index = title_index(api)
    seen: dict[str, dict] = {}
    for text, section in _strings(doc):
        for phrase, title, bare in find_references(text):
            if phrase in seen:
                continue
            hit = resolve(api, title, prefix=bare, index=index)
            entry = {"phrase": phrase, "title": title}
            if hit and hit[2] != title:         # only the start of the run names the section
                cut = phrase.rindex(title) + len(hit[2])
                entry = {"phrase": phrase[:cut], "title": hit[2]}
            if hit:
                entry.update(section=hit[0], heading=hit[1], target=targets.get(hit[0], "text"))
            else:
                findings.add("cross-reference-unresolved", "info",
                             f"“{title}” (in “{phrase}”) names no section of this manual; "
                             "it is shown as plain text", section=section)
            seen[phrase] = entry
    return list(seen.values())
