"""Statuses a section defers to a shared page (`See Returned Values for General Requests.`).

Templates whose API topics give no status table of their own point to one common page
(the phrases are vocabulary data). That page's success codes (2xx) and error codes (4xx,
5xx) become the section's documented statuses; its response tables, read without a status label, stay at the first
of them. Each deferral is a finding, so a reviewer sees the statuses are not the topic's own.
"""
from __future__ import annotations

import re

from .. import vocab
from ..blocks import Loc, Paragraph, Table
from ..findings import Findings
from ..manual import Manual, Section, normalise_title
from .model import ApiSection, Response, is_http_status
from .sections import split_parts

STATUS_CELL_RE = re.compile(r"^(\d{3})\b\s*(.*)$", re.S)


def read_shared_statuses(manual: Manual) -> dict[str, list[tuple[int, str, Loc]]]:
    """Shared status page title -> its (status, description, place) rows, in order."""
    out: dict[str, list[tuple[int, str, Loc]]] = {}
    wanted = {normalise_title(p): p for p in vocab.shared_status_phrases()}
    for sec in manual.sections:
        phrase = wanted.get(normalise_title(sec.title))
        if phrase is None or phrase in out:
            continue
        rows: list[tuple[int, str, Loc]] = []
        for b in sec.blocks:
            if not isinstance(b, Table):
                continue
            for row in b.rows:
                m = STATUS_CELL_RE.match(row.cells[0].strip()) if row.cells else None
                if m and is_http_status(int(m.group(1))):
                    desc = row.cells[1].strip() if len(row.cells) > 1 else m.group(2).strip()
                    rows.append((int(m.group(1)), desc, row.loc))
        out[phrase] = rows
    return out


def deferred_to(sec: Section) -> str | None:
    """The shared status page a section's status part points to, if it does."""
    phrases = vocab.shared_status_phrases()
    if not any(p in b.text for b in sec.blocks if isinstance(b, Paragraph) for p in phrases):
        return None                                   # (no need to split it into parts)
    for kind, _, blocks in split_parts(sec.blocks):
        if kind != "status":
            continue
        for b in blocks:
            if isinstance(b, Paragraph):
                for phrase in vocab.shared_status_phrases():
                    if phrase in b.text:
                        return phrase
    return None


def apply_shared_statuses(api: ApiSection, sec: Section,
                          shared: dict[str, list[tuple[int, str, Loc]]],
                          findings: Findings) -> None:
    """Give a section that defers to a shared page that page's success statuses."""
    phrase = deferred_to(sec)
    if phrase is None or api.status_codes:
        return
    rows = shared.get(phrase)
    if not rows:
        findings.add("status-page-missing", "warning",
                     f"the statuses are deferred to '{phrase}', which the manual does not "
                     "hold; only the response blocks give statuses", section=api.number,
                     loc=api.loc)
        return
    success = [(code, desc) for code, desc, _ in rows if 200 <= code < 300]
    errors = [(code, desc) for code, desc, _ in rows if code >= 400]
    bodied = sorted(c for c, r in api.responses.items() if r.body is not None)
    for code, desc in success:
        api.status_codes.append((code, desc))
        resp = api.responses.get(code)
        if resp is None:
            api.responses[code] = Response(code, desc)
        elif not resp.description:
            resp.description = desc
    for code, desc in errors:           # general errors: a body only where the topic has one
        api.status_codes.append((code, desc))
        api.responses.setdefault(code, Response(code, desc))
    listed = ", ".join(str(c) for c, _ in success)
    findings.add("status-from-shared-page", "info",
                 f"the section gives no statuses of its own and defers to '{phrase}'; its "
                 f"success statuses {listed} and its error statuses "
                 f"{', '.join(str(c) for c, _ in errors) or 'none'} are taken from there"
                 + (f", the response body stays at {bodied[0]}" if bodied else ""),
                 section=api.number, loc=api.loc)
