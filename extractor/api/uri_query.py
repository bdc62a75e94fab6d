"""The query a request line lists (`GET /v2.1/{project_id}/servers?name={name}&limit={limit}`,
RFC 6570 `…/{port_id}{?reserve_port}`): cut off the path, and the URI-table rows that
name no path placeholder read as query parameters. Each decision is a finding."""
from __future__ import annotations

import re

from ..blocks import Paragraph
from ..findings import Findings
from .model import ApiSection, Field


QUERY_TEMPLATE_RE = re.compile(r"\{\?([^}]*)\}$")      # RFC 6570 `{?a,b}`
QUERY_PAIR_RE = re.compile(r"([^=&]+)(?:=([^&]*))?")


def split_query(api: ApiSection, b: Paragraph, findings: Findings) -> list[str]:
    """Cut the query (`?a={a}&b={b}`, `{?a}`) off the request line's path; the names
    it lists are recorded, and the table decides whether each is a query parameter."""
    path = api.path
    names: list[str] = []
    m = QUERY_TEMPLATE_RE.search(path)
    if m:
        names = [n.strip() for n in m.group(1).split(",") if n.strip()]
        path = path[:m.start()]
    elif "?" in path:
        path, _, q = path.partition("?")
        names = [m.group(1) for m in QUERY_PAIR_RE.finditer(q) if m.group(1)]
    if not names and path == api.path:
        return []
    api.path = path
    api.uri_query = names
    findings.add("uri-query-in-line", "info",
                 f"the request line lists the query {', '.join(names) or '(empty)'}; the path "
                 f"is read as {path}", section=api.number, loc=b.loc)
    return names


def move_query_params(api: ApiSection, findings: Findings) -> None:
    """A URI table row that is no `{name}` of the path but is a query name of the request
    line (or the path has no such placeholder at all) is a query parameter."""
    placeholders = set(re.findall(r"\{([^}]+)\}", api.path))
    keep: list[Field] = []
    for f in api.path_params:
        if f.name in placeholders or not api.path:
            keep.append(f)
            continue
        if f.required is True and f.name not in api.uri_query:
            keep.append(f)                   # left for the spec's path check to report
            continue
        api.query_params.append(f)
        findings.add("uri-parameter-in-query", "info",
                     f"'{f.name}' of the URI table is not in the path {api.path}; read as a "
                     "query parameter", section=api.number, loc=f.loc)
    api.path_params = keep
