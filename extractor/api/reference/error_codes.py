"""The error-code table (code, message, description, remedy) and the HTTP status table."""
from __future__ import annotations

import re
from collections import Counter

from ... import vocab
from ...blocks import Code, Paragraph, Table
from ...findings import Findings
from ...manual import Manual
from ..model import ErrorCode, HttpStatus, is_http_status
from .table_reading import (_columns, _parse_int, _preceding_label, _row_text, _shape_ok, _tables,
                            _unread_table)

# An identifier with `_`, one space, then an identifier fragment (kept in the lookahead).
IDENT_WRAP_RE = re.compile(
    r"(?<![A-Za-z0-9_])([A-Za-z0-9_]*_[A-Za-z0-9_]*) (?=([A-Za-z0-9_]+)(?![A-Za-z0-9_]))")


ERROR_ROLES = vocab.reference_roles("error_code")          # header words: vocabulary data


def _is_error_code_table(t: Table) -> bool:
    return vocab.is_reference_table("error_code", t.header)


def read_error_codes(manual: Manual, findings: Findings) -> list[ErrorCode]:
    """Read the error-code tables (`状态码 错误码 错误信息 描述 处理措施`).

    Wrap spaces are joined inside codes (`Common.001 1`) and inside identifiers that the
    manual spells whole elsewhere (`__system__cm kid`); duplicate codes are kept.
    """
    vocab = SpelledIdentifiers(manual)
    out: list[ErrorCode] = []
    where: dict[str, str] = {}
    for sec, _, table in _tables(manual):
        if not _is_error_code_table(table):
            continue
        cols = _columns(table.header, ERROR_ROLES)
        missing = [ERROR_ROLES[r][0] for r in ("status", "code", "message") if cols[r] is None]
        if missing:
            _unread_table(table, sec, "error-code", missing, findings)
            continue
        for row in table.rows:
            if not _shape_ok(table, row, sec, findings):
                continue
            cells = row.cells
            status = _parse_int(cells[cols["status"]])
            if status is None or not is_http_status(status):
                findings.add("error-code-unreadable", "warning",
                             f"the status cell {cells[cols['status']]!r} is no HTTP status; "
                             f"the row is not read: {_row_text(row)!r}",
                             section=sec.number, loc=row.loc)
                continue
            raw_code = cells[cols["code"]]
            code = re.sub(r"\s+", "", raw_code)
            if code != raw_code.strip():
                findings.add("cell-wrap-space", "info",
                             f"the error code {raw_code!r} holds a wrap space; read as {code!r}",
                             section=sec.number, loc=row.loc)
            texts = []
            for role in ("message", "description", "remedy"):
                raw = cells[cols[role]] if cols[role] is not None else ""
                text = _join_identifier_wraps(raw, vocab)
                if text != raw:
                    findings.add("cell-wrap-space", "info",
                                 f"the {role} of {code} holds an identifier split by a wrap "
                                 f"space: {raw!r} read as {text!r}",
                                 section=sec.number, loc=row.loc)
                texts.append(text)
            out.append(ErrorCode(status, code, texts[0], texts[1], texts[2], row.loc))
            where.setdefault(code, sec.number)
    counts = Counter(e.code for e in out)
    for code, n in counts.items():
        if n < 2:
            continue
        rows = [e for e in out if e.code == code]
        listing = "; ".join(f"{e.loc}: {e.message!r}" for e in rows)
        findings.add("duplicate-error-code", "warning",
                     f"the error code {code} appears {n} times ({listing}); all rows are kept",
                     section=where[code], loc=rows[0].loc)
    return out


class SpelledIdentifiers:
    """Whether the manual spells an identifier whole anywhere: as a maximal run of
    `[A-Za-z0-9_]` holding `_`, in a table cell or header, a paragraph or a code block.
    Asked of the few joined candidates an error table holds, so each is searched for in the
    texts that hold an underscore (read on the first question) rather than every run of
    the manual collected."""

    def __init__(self, manual: Manual):
        self.manual = manual
        self._text: str | None = None
        self._answers: dict[str, bool] = {}

    def _texts(self) -> str:
        if self._text is None:
            texts: list[str] = []         # those that hold an underscore
            for sec in self.manual.sections:
                for b in sec.blocks:
                    if isinstance(b, Table):
                        texts += [c for c in b.header if "_" in c]
                        texts += [c for r in b.rows for c in r.cells if "_" in c]
                    elif isinstance(b, (Paragraph, Code)) and "_" in b.text:
                        texts.append(b.text)
            self._text = "\n".join(texts)     # (a run never spans the break joining two)
        return self._text

    def __contains__(self, word: str) -> bool:
        known = self._answers.get(word)
        if known is None:
            known = self._answers[word] = "_" in word and self._spelled(word)
        return known

    def _spelled(self, word: str) -> bool:
        text = self._texts()
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if not (i and _run_char(text[i - 1])) and not (end < len(text) and _run_char(text[end])):
                return True
            i = text.find(word, i + 1)
        return False


def _run_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")       # [A-Za-z0-9_]


def _join_identifier_wraps(text: str, vocab: SpelledIdentifiers) -> str:
    """Join `__system__cm kid` -> `__system__cmkid` when the manual spells the whole elsewhere."""
    def fix(m: re.Match) -> str:
        return m.group(1) if m.group(1) + m.group(2) in vocab else m.group(0)
    # (the pattern, opening with a lookbehind, is tried at every position: only where `_` is)
    return IDENT_WRAP_RE.sub(fix, text) if "_" in text else text


# ---------------------------------------------------------------- HTTP statuses

def _is_http_status_table(t: Table) -> bool:
    return bool(t.header) and vocab.is_reference_table("http_status", t.header[:1])


def read_http_statuses(manual: Manual, findings: Findings) -> list[HttpStatus]:
    """Read the HTTP status tables (`错误码状态 描述`), grouped by the bullet line above each."""
    out: list[HttpStatus] = []
    for sec, i, table in _tables(manual):
        if not _is_http_status_table(table):
            continue
        group = _preceding_label(sec, i)
        cols = _columns(table.header[1:], {"description": ("描述", "说明")})
        desc_col = 1 + cols["description"] if cols["description"] is not None else 1
        for row in table.rows:
            if not _shape_ok(table, row, sec, findings):
                continue
            status = _parse_int(row.cells[0])
            if status is None or not is_http_status(status) or len(row.cells) < 2:
                findings.add("http-status-unreadable", "warning",
                             f"the row {_row_text(row)!r} holds no status code; not read",
                             section=sec.number, loc=row.loc)
                continue
            out.append(HttpStatus(status, row.cells[desc_col].strip(), group, row.loc))
    return out
