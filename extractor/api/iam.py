"""Link permission-table rows to API sections by method and path.

Rule: a section takes the rows whose method and path match its own exactly;
failing that, the rows that match once parameter names are ignored
(`{target_project_id}` vs `{project_id}`), then once the API version segment
(`/v2/`, `/v2.1/`, `/v3/` …) is ignored too — the permission tables list
`/v2/` paths where sections use other versions. A row qualified
with a body key (`action="os-extend"`) only links to the variant whose request
body carries that key.
"""
from __future__ import annotations

import re

from ..findings import Findings
from .model import ApiSection, Permission

PARAM_RE = re.compile(r"\{[^}]*\}")
VERSION_RE = re.compile(r"^/v\d+(?:\.\d+)?(?=/|$)")
QUALIFIER_RE = re.compile(r"""action\s*=\s*["“]?([\w.:-]+)""")
QUERY_RE = re.compile(r"\{\?[^}]*\}$|\?.*$")     # `?a={a}` or RFC 6570 `{?a,b}`


LOOSE = "ignoring-version-or-param-names"


def path_key(path: str, *, ignore_version: bool = False, literal: bool = False) -> str:
    p = QUERY_RE.sub("", path).rstrip("/") or "/"
    if literal:
        return p
    p = PARAM_RE.sub("{}", p)
    if ignore_version:
        p = VERSION_RE.sub("", p) or "/"
    return p


def body_keys(section: ApiSection) -> set[str]:
    """Top-level request body keys of a section (table fields and example keys)."""
    keys = set()
    if section.request:
        keys |= {f.name for f in section.request.fields if f.name}
        if section.request.wrapper:
            keys.add(section.request.wrapper)
    for ex in section.request_examples:
        if isinstance(ex.value, dict):
            keys |= set(ex.value)
    return keys


def link_permissions(sections: list[ApiSection], rows: list[Permission],
                     findings: Findings) -> None:
    """Set `iam` and `iam_match` on every section; unlinked rows and sections are findings."""
    used: set[int] = set()
    exact: dict[tuple[str, str], list[int]] = {}
    params: dict[tuple[str, str], list[int]] = {}
    loose: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(rows):
        exact.setdefault((r.method, path_key(r.path, literal=True)), []).append(i)
        params.setdefault((r.method, path_key(r.path)), []).append(i)
        loose.setdefault((r.method, path_key(r.path, ignore_version=True)), []).append(i)
    for s in sections:
        if not s.method:
            continue
        keys = body_keys(s)
        for match, table, key in (("exact", exact, path_key(s.path, literal=True)),
                                  (LOOSE, params, path_key(s.path)),
                                  (LOOSE, loose, path_key(s.path, ignore_version=True))):
            cand = [i for i in table.get((s.method, key), []) if _qualifier_ok(rows[i], keys)]
            if cand:
                s.iam = [rows[i] for i in cand]
                s.iam_match = match
                used.update(cand)
                break
        else:
            findings.add("iam-unlinked-operation", "warning",
                         f"{s.method} {s.path} has no row in the permission table",
                         section=s.number, loc=s.loc)
    for s in sections:
        # rows listing a section's further request lines (`/v2/…` beside `/v2.1/…`)
        for alt in s.alternates:
            for i in exact.get((s.method, path_key(alt, literal=True)), []):
                if i not in used and _qualifier_ok(rows[i], body_keys(s)):
                    s.iam.append(rows[i])
                    used.add(i)
    for i, r in enumerate(rows):
        if i not in used:
            findings.add("iam-unlinked-row", "warning",
                         f"permission row '{r.name}' ({r.method} {r.path}) matches no API "
                         "section of the manual", section=r.source, loc=r.loc)


def _qualifier_ok(row: Permission, keys: set[str]) -> bool:
    if not row.qualifier:
        return True
    m = QUALIFIER_RE.search(row.qualifier)
    return bool(m) and m.group(1) in keys


def iam_actions(section: ApiSection) -> list[str]:
    """The union of the linked rows' actions, in first-seen order."""
    out: list[str] = []
    for r in section.iam:
        for a in r.actions:
            if a not in out:
                out.append(a)
    return out
