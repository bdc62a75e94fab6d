"""What the reference-table readers share: columns found by header words, row shape
checks, the label before a table, CJK wrap spaces."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...blocks import Paragraph, Row, Table
from ...cjk import is_cjk_text
from ...findings import Findings
from ...manual import Manual, Section

_SPACE_RUN_RE = re.compile(r"(\s+)")
BULLET_RE = re.compile(r"^(?:[-•●·]|l(?=\s))\s*")
# A short label line (a group title, a note label): words only, no sentence punctuation.
LABEL_RE = re.compile(r"^\w[\w\s()（）&/.-]*$")

_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """Compare texts ignoring whitespace and bracket width (header cells repeat: cached)."""
    return _SPACE_RE.sub("", text.replace("（", "(").replace("）", ")"))


def _join_cjk(text: str) -> str:
    """Drop the wrap spaces that split CJK text; other spacing becomes one space
    (`名称 (Cinder)`)."""
    parts = _SPACE_RUN_RE.split(text)          # text, spaces, text, ..., text
    for i in range(1, len(parts), 2):
        before, after = parts[i - 1][-1:], parts[i + 1][:1]
        parts[i] = "" if before and after and is_cjk_text(before) and is_cjk_text(after) else " "
    return "".join(parts).strip()


def _is_appendix(section: Section) -> bool:
    return not section.chapter.isdigit()


def _tables(manual: Manual) -> Iterator[tuple[Section, int, Table]]:
    for sec in manual.sections:
        for i, b in enumerate(sec.blocks):
            if isinstance(b, Table):
                yield sec, i, b


def _column(header: tuple[str, ...], keys: tuple[str, ...], taken: set[int]) -> int | None:
    for i, h in enumerate(header):
        if i not in taken and any(k in _squash(h) for k in keys):
            taken.add(i)
            return i
    return None


def _columns(header: tuple[str, ...], roles: dict[str, tuple[str, ...]]) -> dict[str, int | None]:
    """Header index of each role (first header cell containing one of its keys, in role order)."""
    taken: set[int] = set()
    return {role: _column(header, keys, taken) for role, keys in roles.items()}


def _row_text(row: Row) -> str:
    return " | ".join(row.cells)


def _shape_ok(table: Table, row: Row, sec: Section, findings: Findings) -> bool:
    if len(row.cells) == len(table.header):
        return True
    findings.add("table-row-shape", "warning",
                 f"a row of the table at {table.loc} has {len(row.cells)} cells where the header "
                 f"has {len(table.header)}; the row is not read: {_row_text(row)!r}",
                 section=sec.number, loc=row.loc)
    return False


def _unread_table(table: Table, sec: Section, what: str, missing: list[str],
                  findings: Findings) -> None:
    lines = ", ".join(str(r.loc) for r in table.rows)
    findings.add("table-unreadable", "error",
                 f"the {what} table at {table.loc} lacks the column(s) {', '.join(missing)} "
                 f"(header {' | '.join(table.header)}); its {len(table.rows)} rows are not read "
                 f"({lines})", section=sec.number, loc=table.loc)


def _preceding_label(sec: Section, index: int) -> str:
    """The nearest short label paragraph (bullet removed) before block `index` of a section."""
    for b in reversed(sec.blocks[:index]):
        if isinstance(b, Paragraph):
            text = BULLET_RE.sub("", b.text.strip()).strip()
            if text and len(text) <= 30 and LABEL_RE.match(text):
                return text
    return ""


def _parse_int(text: str) -> int | None:
    t = text.strip()
    return int(t) if t.isdecimal() else None     # (isdigit takes superscripts int refuses)
