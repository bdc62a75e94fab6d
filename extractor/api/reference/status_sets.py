"""The appendix resource-status tables: value, [console label,] description."""
from __future__ import annotations


from ...blocks import Loc, Table
from ...findings import Findings
from ...manual import Manual, Section
from ..model import StatusSet, StatusValue
from .table_reading import (_is_appendix, _row_text, _shape_ok, _squash, _tables, _unread_table)
from ..cells import clean_cell
from .error_codes import _is_error_code_table, _is_http_status_table
from .permissions import _is_permission_table


def _is_status_table(sec: Section, t: Table) -> bool:
    if not t.header or not _is_appendix(sec) or _is_http_status_table(t):
        return False
    if _is_permission_table(t) or _is_error_code_table(t):
        return False
    first = _squash(t.header[0])
    return first.endswith("状态") or first.endswith("状态(API)")


def read_status_sets(manual: Manual, findings: Findings) -> list[StatusSet]:
    """Read the appendix status tables, one StatusSet per section.

    Three columns are value, console label, description; two are value, description.
    """
    sets: dict[str, StatusSet] = {}
    for sec, _, table in _tables(manual):
        if not _is_status_table(sec, table):
            continue
        n = len(table.header)
        if n not in (2, 3):
            _unread_table(table, sec, "status", ["value, [label,] description"], findings)
            continue
        ss = sets.setdefault(sec.number, StatusSet(sec.number, sec.title, [], table.loc))
        for row in table.rows:
            if not _shape_ok(table, row, sec, findings):
                continue
            value = row.cells[0].strip()
            if not value:
                findings.add("status-value-unreadable", "warning",
                             f"a row of the status table has an empty value: {_row_text(row)!r}",
                             section=sec.number, loc=row.loc)
                continue
            label = row.cells[1].strip() if n == 3 else ""
            description = clean_cell(row.cells[-1], label_before_list=True, sentence_items=True,
                                     on_unmarked_list=_unmarked(findings, sec.number, row.loc))
            ss.values.append(StatusValue(value, description, row.loc, label))
    return list(sets.values())


def _unmarked(findings: Findings, section: str, loc: Loc):
    def record() -> None:
        findings.add("cell-list-unmarked", "info",
                     "a list in a cell has no item marks; its items are taken to be "
                     "its sentences", section=section, loc=loc)
    return record
