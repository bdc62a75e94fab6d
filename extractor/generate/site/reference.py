"""The spec's reference tables (error codes, IAM permissions, statuses, findings) -> view models."""
from __future__ import annotations

from dataclasses import dataclass, field

from .operations import Link, Operation, Source
from .schema import anchor


@dataclass(repr=False, eq=False)
class ErrorRow:
    status: str
    code: str
    message: str
    description: str
    remedy: str
    source: Source
    anchor: str
    repeat: int = 1          # 1 for the first row of a code, 2 for its second, ...
    count: int = 1           # how many rows carry this code


@dataclass(repr=False, eq=False)
class HttpStatus:
    status: str
    description: str
    group: str


@dataclass(repr=False)
class PermissionRow:
    """A row of the manual's permission tables, with the operations linked to it."""

    name: str
    method: str
    path: str
    actions: list[str]
    iam_project: bool | None
    enterprise_project: bool | None
    group: str
    source: Source
    qualifier: str
    anchor: str
    operations: list[Link] = field(default_factory=list)


@dataclass(repr=False, eq=False)
class Action:
    """One IAM action: the rows and operations that need it."""

    name: str
    anchor: str
    rows: list[PermissionRow] = field(default_factory=list)
    operations: list[Link] = field(default_factory=list)
    dependents: list[str] = field(default_factory=list)      # listed after it in its rows
    needed_by: list[str] = field(default_factory=list)       # actions whose rows list it after them


@dataclass(repr=False, eq=False)
class StatusValue:
    value: str
    label: str
    description: str
    anchor: str


@dataclass(repr=False, eq=False)
class StatusSet:
    section: str
    title: str
    anchor: str
    values: list[StatusValue]


@dataclass(repr=False, eq=False)
class Finding:
    kind: str
    severity: str
    section: str
    source: Source
    message: str
    link: Link | None


def _str(v) -> str:
    return "" if v is None else str(v)


def error_rows(spec: dict) -> list[ErrorRow]:
    """Every x-error-codes row as the manual has it; the first row of a code gets `#CODE`."""
    raw = [r for r in spec.get("x-error-codes") or [] if isinstance(r, dict)]
    totals: dict[str, int] = {}
    for r in raw:
        totals[_str(r.get("code"))] = totals.get(_str(r.get("code")), 0) + 1
    seen: dict[str, int] = {}
    rows = []
    for r in raw:
        code = _str(r.get("code"))
        seen[code] = seen.get(code, 0) + 1
        n = seen[code]
        rows.append(ErrorRow(status=_str(r.get("status")), code=code,
                             message=_str(r.get("message")),
                             description=_str(r.get("description")), remedy=_str(r.get("remedy")),
                             source=Source.of(r), repeat=n, count=totals[code],
                             anchor=anchor(code) if n == 1 else anchor(code, f"-{n}")))
    return rows


def http_statuses(spec: dict) -> list[HttpStatus]:
    return [HttpStatus(_str(r.get("status")), _str(r.get("description")), _str(r.get("group")))
            for r in spec.get("x-http-statuses") or [] if isinstance(r, dict)]


def permission_rows(spec: dict, operations: list[Operation],
                    urls: dict[str, str]) -> list[PermissionRow]:
    """x-permissions rows, each linked to the operations (and variants) whose x-iam cites it."""
    cited: dict[tuple[str, object], list[Link]] = {}
    for op in operations:
        holders = [(op.operation_id, op.iam, op.summary)]
        holders += [(v.operation_id, v.iam, v.summary) for v in op.variants]
        for op_id, iam, summary in holders:
            for _name, src in iam.permissions:
                links = cited.setdefault((src.section, src.line), [])
                link = Link(summary, urls.get(op_id, ""), op.method, op.path)
                if link not in links:
                    links.append(link)
    rows = []
    for i, r in enumerate(x for x in spec.get("x-permissions") or [] if isinstance(x, dict)):
        src = Source.of(r)
        rows.append(PermissionRow(
            name=_str(r.get("name")), method=_str(r.get("method")), path=_str(r.get("path")),
            actions=[_str(a) for a in r.get("actions") or []],
            iam_project=r.get("iam-project"), enterprise_project=r.get("enterprise-project"),
            group=_str(r.get("group")), source=src, qualifier=_str(r.get("qualifier")),
            anchor=anchor("row", str(src.line if src.line is not None else i + 1)),
            operations=cited.get((src.section, src.line), [])))
    return rows


def actions(rows: list[PermissionRow], operations: list[Operation],
            urls: dict[str, str]) -> list[Action]:
    """Every IAM action named by a permission row or an operation, sorted by name."""
    by_name: dict[str, Action] = {}

    def get(name: str) -> Action:
        if name not in by_name:
            by_name[name] = Action(name, anchor(name))
        return by_name[name]

    for row in rows:
        for i, name in enumerate(row.actions):
            act = get(name)
            if row not in act.rows:
                act.rows.append(row)
            if i == 0:
                act.dependents += [a for a in row.actions[1:] if a not in act.dependents]
            elif row.actions[0] not in act.needed_by:
                act.needed_by.append(row.actions[0])
    for op in operations:
        holders = [(op.operation_id, op.iam, op.summary)] if not op.variants else []
        holders += [(v.operation_id, v.iam, v.summary) for v in op.variants]
        for op_id, iam, summary in holders:
            for name in iam.actions:
                link = Link(summary, urls.get(op_id, ""), op.method, op.path)
                act = get(name)
                if link not in act.operations:
                    act.operations.append(link)
    return [by_name[k] for k in sorted(by_name)]


def status_sets(spec: dict) -> list[StatusSet]:
    out = []
    for i, s in enumerate(x for x in spec.get("x-status-sets") or [] if isinstance(x, dict)):
        base = anchor(_str(s.get("section")) or f"set-{i + 1}")
        values = [StatusValue(_str(v.get("value")), _str(v.get("label")),
                              _str(v.get("description")),
                              anchor(base, _str(v.get("value"))))
                  for v in s.get("values") or [] if isinstance(v, dict)]
        out.append(StatusSet(_str(s.get("section")), _str(s.get("title")), base, values))
    return out


def section_links(operations: list[Operation], rows: list[PermissionRow], errors: list[ErrorRow],
                  sets: list[StatusSet]):
    """A function (section, line) -> Link to where the site shows that part of the manual."""
    by_section: dict[str, Link] = {}
    for op in operations:
        for v in op.variants:
            by_section.setdefault(v.source.section, Link(v.summary, f"ops/{op.page}#{v.anchor}"))
        by_section.setdefault(op.source.section, Link(op.summary, f"ops/{op.page}"))
    for s in sets:
        by_section.setdefault(s.section, Link(s.title, f"statuses.html#{s.anchor}"))
    row_by_line = {r.source.line: r for r in rows if r.source.line is not None}
    perm_sections = {r.source.section for r in rows}
    error_by_line = {e.source.line: e for e in errors if e.source.line is not None}

    def link(section: str, line) -> Link | None:
        if section in by_section:
            return by_section[section]
        if line in error_by_line:
            e = error_by_line[line]
            return Link(e.code, f"errors.html#{e.anchor}")
        if line in row_by_line:
            r = row_by_line[line]
            return Link(r.name, f"permissions.html#{r.anchor}")
        if section in perm_sections:
            return Link("permissions", "permissions.html")
        return None
    return link


def findings(raw: list, link) -> list[Finding]:
    """The findings file's entries, each with a link to the page showing its section."""
    out = []
    for f in raw or []:
        if not isinstance(f, dict):
            continue
        section = _str(f.get("section"))
        out.append(Finding(_str(f.get("kind")), _str(f.get("severity")), section, Source.of(f),
                           _str(f.get("message")), link(section, f.get("line"))))
    return out
