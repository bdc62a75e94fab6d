"""Which error codes each API section can return, as far as the manual says.

The manual's own error section (错误码) of an API only points to the appendix table, so
the codes of one API come from three kinds of evidence, each kept with the code:

- ``example``: an error response example of the section names the code, or a message
  that is a row's message in the error-code table;
- ``title``: the table's description or remedy of a row names the section's title
  (``创建云硬盘的请求格式错误`` belongs to every section titled 创建云硬盘; the longest
  title wins where titles overlap, so 批量扩容云硬盘 is not 扩容云硬盘);
- ``parameter``: the row's message, description or remedy names one of the section's
  query or header parameters (``invalid filter limit!``, ``invalid sort_key!``), unless
  that parameter is on most sections (then it says nothing about one).

The result is data for the spec (``x-errors`` on operations and variants).
"""
from __future__ import annotations

import re
from typing import Any

from .model import ApiSection, ErrorCode

MIN_TITLE = 4           # characters: shorter titles match too much text


def _walk_strings(value: Any, key: str = ""):
    """(key, string) pairs of a parsed JSON value, depth first."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk_strings(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _walk_strings(v, key)
    elif isinstance(value, str):
        yield key, value


def _row_text(e: ErrorCode) -> str:
    return " ".join((e.description, e.remedy))


def _title_hits(text: str, titles: list[str]) -> set[str]:
    """Titles named in `text`; at each place only the longest title that starts there
    or covers it counts."""
    spans: list[tuple[int, int, str]] = []
    for t in titles:
        if t not in text:
            continue
        for m in re.finditer(re.escape(t), text):
            spans.append((m.start(), m.end(), t))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    out = set()
    for a, b, t in spans:
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        out.add(t)
    return out


def _params(s: ApiSection) -> list[str]:
    return [f.name for f in s.query_params + s.header_params if f.name]


PARAM_WORDS = r"(?:param|parameter|filter|参数)"
_PARAM_BEFORE = re.compile(rf"{PARAM_WORDS}\s?\Z")     # a parameter word just before ...
_PARAM_AFTER = re.compile(rf"\s?{PARAM_WORDS}")          # ... or just after the name
_IDENTIFIER_LIKE = re.compile(r"[_\-]|.[A-Z]")


def _names(text: str, name: str) -> bool:
    """`text` names the parameter: as a whole word, case and all, and either spelled like an
    identifier (``sort_key``, ``X-Client-Token``) or next to a word for parameter (one
    white-space character between at most)."""
    at = text.find(name)
    if at < 0:
        return False
    identifier = _IDENTIFIER_LIKE.search(name) is not None
    while at >= 0:
        end = at + len(name)
        if not (_word_char(text, at - 1) or _word_char(text, end)) and (
                identifier or _PARAM_BEFORE.search(text, 0, at)
                or _PARAM_AFTER.match(text, end)):
            return True
        at = text.find(name, at + 1)
    return False


def _word_char(text: str, i: int) -> bool:
    """Whether text[i] exists and continues a name (ASCII letter, digit, `_` or `-`)."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c.isascii() and (c.isalnum() or c in "_-")


def operation_errors(sections: list[ApiSection], codes: list[ErrorCode]) -> dict[str, list[dict]]:
    """Section number -> the codes it can return: ``{code, status, reason, detail}`` in the
    error table's order (codes named only by an example come last)."""
    with_method = [s for s in sections if s.method]
    titles = sorted({s.base_title for s in with_method if len(s.base_title) >= MIN_TITLE})
    by_title: dict[str, list[ApiSection]] = {}
    for s in with_method:
        by_title.setdefault(s.base_title, []).append(s)
    counts: dict[str, int] = {}
    for s in with_method:
        for p in set(_params(s)):
            counts[p] = counts.get(p, 0) + 1
    common = {p for p, n in counts.items() if n * 2 > len(with_method)}
    by_message: dict[str, list[ErrorCode]] = {}
    for e in codes:
        by_message.setdefault(e.message.strip(), []).append(e)
    known = {e.code for e in codes}
    out: dict[str, list[dict]] = {}

    def add(s: ApiSection, code: str, status, reason: str, detail: str) -> None:
        rows = out.setdefault(s.number, [])
        if not any(r["code"] == code for r in rows):
            rows.append({"code": code, "status": status, "reason": reason, "detail": detail})

    section_params = [(s, [p for p in _params(s) if p not in common]) for s in with_method]
    distinct = list(dict.fromkeys(p for _, params in section_params for p in params))
    rows = [_row_text(e) for e in codes]
    everything = "\n".join(rows)          # a title no row names is asked of no row
    titles = [t for t in titles if t in everything]
    for e, text in zip(codes, rows):
        for t in sorted(_title_hits(text, titles)):
            for s in by_title[t]:
                add(s, e.code, e.status, "title", t)
        row = " ".join((e.message, e.description, e.remedy))
        named = {p for p in distinct if _names(row, p)}      # each parameter asked once
        if not named:
            continue
        for s, params in section_params:
            for p in params:
                if p in named:
                    add(s, e.code, e.status, "parameter", p)
    for s in with_method:
        for ex in s.response_examples:
            if ex.status is None or ex.status < 400:
                continue
            for key, text in _walk_strings(ex.value):
                text = text.strip()
                if key.endswith("code") and text in known:
                    status = next(e.status for e in codes if e.code == text)
                    add(s, text, status, "example", text)
                elif key.endswith("code") and re.fullmatch(r"[A-Za-z]+\.\d+", text):
                    add(s, text, ex.status, "example", text)     # a code the table lacks
                for e in by_message.get(text, []) if key.endswith(("message", "msg")) else []:
                    add(s, e.code, e.status, "example", text)
    order = {c: i for i, c in reversed(list(enumerate(e.code for e in codes)))}
    for rows in out.values():
        rows.sort(key=lambda r: order.get(r["code"], len(order)))
    return out


def add_operation_errors(doc: dict, api) -> None:
    """Put ``x-errors`` on every operation and variant of `doc` the evidence names codes for
    (an operation with variants gets the union of its variants' codes)."""
    found = operation_errors(api.sections, api.error_codes)
    for item in (doc.get("paths") or {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            rows: list[dict] = []
            for node in [op] + [v for v in op.get("x-variants") or [] if isinstance(v, dict)]:
                mine = found.get(str((node.get("x-source") or {}).get("section")), [])
                if mine and node is not op:
                    node["x-errors"] = mine
                rows += [r for r in mine if all(r["code"] != x["code"] for x in rows)]
            if rows:
                op["x-errors"] = rows
