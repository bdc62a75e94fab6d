"""Response headers in response tables -> Response.headers.

Two ways the manual documents a response header: a table captioned as the response
headers (`响应 Header 参数`), every row a header; or a row of a response parameter table
whose description says its value is returned in a header (`Location` … "which is
returned in the request header"). Such a row is a header, not a body field; a finding
records each one, so no row leaves the body silently. The phrasings are vocabulary data.
"""
from __future__ import annotations

from .. import vocab
from ..findings import Findings
from .model import ApiSection, Field, Response


def add_header_table(resp: Response, fields: list[Field], api: ApiSection,
                     findings: Findings) -> None:
    """Every row of a table captioned as response headers is a header of `resp`."""
    _add(resp, fields)
    findings.add("response-header-from-table", "info",
                 f"the response header table of status {resp.status} gives "
                 f"{len(fields)} headers: {', '.join(f.name for f in fields) or 'none'}",
                 section=api.number, loc=fields[0].loc if fields else api.loc)


def split_header_rows(resp: Response, fields: list[Field], api: ApiSection,
                      findings: Findings) -> list[Field]:
    """The rows of a response parameter table that are body fields; rows whose
    description says they are returned in a header become headers of `resp`."""
    body: list[Field] = []
    for f in fields:
        said = vocab.header_row_phrase(f.description.text) if f.name else None
        if said is None:
            body.append(f)
            continue
        phrase, side = said
        _add(resp, [f])
        note = ("; the words name the request side, but the row is in the response table "
                "and its value comes back with the response, so it is a response header"
                if side == "request" else "")
        findings.add("response-header-from-table", "info",
                     f"row '{f.name}' of the response table (status {resp.status}) says "
                     f"'{phrase}': read as a response header, not a body field{note}",
                     section=api.number, loc=f.loc)
    return body


def _add(resp: Response, fields: list[Field]) -> None:
    known = {h.name.lower() for h in resp.headers}
    for f in fields:
        if f.name and f.name.lower() not in known:
            known.add(f.name.lower())
            resp.headers.append(f)
