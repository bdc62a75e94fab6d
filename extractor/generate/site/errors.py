"""Error codes per operation: the spec's ``x-errors`` joined to the error-code table, with
a plain-words reason for each; operations the manual names no codes for get the general
codes (one per HTTP status: a code whose number ends with its own status, EVS.5400)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .operations import Operation
from .reference import ErrorRow

REASONS = {
    "title": "the error table describes it for “{detail}”",
    "parameter": "its message names the parameter {detail}",
    "example": "this operation's example error response shows it",
}


@dataclass(repr=False, eq=False)
class OpError:
    code: str
    status: str
    message: str
    url: str                       # relative to the site root; "" when the table lacks it
    reason: str


def general_codes(rows: list[ErrorRow]) -> list[ErrorRow]:
    """The table's generic codes: the first row of each code whose number ends with its
    HTTP status (EVS.5400 for 400), in table order."""
    out = []
    for r in rows:
        if r.repeat == 1 and r.status and re.search(rf"\D\d?{re.escape(r.status)}$", r.code):
            out.append(r)
    return out


def _views(raw: list, rows: list[ErrorRow]) -> list[OpError]:
    first = {r.code: r for r in rows if r.repeat == 1}
    out = []
    for e in raw:
        code = str(e.get("code") or "")
        row = first.get(code)
        reason = REASONS.get(str(e.get("reason")), "")
        out.append(OpError(code=code, status=str(e.get("status") or (row.status if row else "")),
                           message=row.message if row else "",
                           url=f"errors.html#{row.anchor}" if row else "",
                           reason=reason.format(detail=e.get("detail", ""))))
    return out


def attach_errors(operations: list[Operation], rows: list[ErrorRow],
                  general: list[ErrorRow]) -> None:
    """Fill in `errors` of every operation and variant from the spec's `x-errors`, and each
    response's codes: the operation's with its status, and the general ones."""
    general_by_status: dict[str, list[ErrorRow]] = {}
    for row in general:
        general_by_status.setdefault(row.status, []).append(row)
    for op in operations:
        op.errors = _views(op.raw_errors, rows)
        for v in op.variants:
            v.errors = _views(v.errors, rows)
        for r in op.responses:
            r.codes = [e for e in op.errors if e.status == r.status]
            r.general = general_by_status.get(r.status, [])
