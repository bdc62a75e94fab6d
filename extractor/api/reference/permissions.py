"""The IAM permission tables: primary copy and appendix copy, each row an API and its
actions, cross-checked against each other."""
from __future__ import annotations

import re

from ... import vocab
from ...blocks import Loc, Table
from ...findings import Findings
from ...manual import Manual, Section
from ...util import edit_distance
from ..model import Permission
from .table_reading import (_columns, _join_cjk, _preceding_label, _shape_ok, _squash, _tables, _unread_table)

HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
NO_ACTION = ("无", "-", "—", "N/A", "不涉及")
YES_MARKS = ("√", "✓", "✔")
NO_MARKS = ("×", "✗", "✘")
# An IAM action: service:resource:verb (any service; resources may hold `_`, verbs camelCase).
ACTION_RE = re.compile(r"^[a-z][a-z0-9-]*:[A-Za-z0-9_*-]+:[A-Za-z0-9_*-]+$")
# A qualifier appended to a URI: `action="os-extend"` (spaces may be wrap spaces).
QUALIFIER_RE = re.compile(r"(?:^|\s)([A-Za-z_][\w-]*\s*=.*)$", re.S)
NON_ASCII_RUN_RE = re.compile(r"([^\x00-\x7f]+)")



PERMISSION_ROLES = vocab.reference_roles("permission")     # header words: vocabulary data
# One cell may list several request lines (`GET /v2/… GET /v2.1/…`).
MULTI_API_RE = re.compile(r"\s+(?=(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+/)")


def _is_permission_table(t: Table) -> bool:
    return vocab.is_reference_table("permission", t.header)


def read_permissions(manual: Manual,
                     findings: Findings) -> tuple[list[Permission], list[Permission]]:
    """Read the permission tables: (the primary copy, the appendix copy).

    The primary rows are those of the first chapter holding permission tables; the rows
    of later chapters (the appendix list) are the copy, to be cross-checked.
    """
    chapters: dict[str, list[Permission]] = {}
    for sec, i, t in _tables(manual):
        if _is_permission_table(t):
            chapters.setdefault(sec.chapter, []).extend(
                _read_permission_table(sec, i, t, findings))
    order = list(chapters)
    if not order:
        return [], []
    if len(order) > 2:
        findings.add("permission-tables-extra", "warning",
                     f"permission tables appear in {len(order)} chapters ({', '.join(order)}); "
                     f"chapter {order[0]} is read as the primary copy, the others as one copy",
                     section=order[2])
    return chapters[order[0]], [p for c in order[1:] for p in chapters[c]]


def _read_permission_table(sec: Section, index: int, table: Table,
                           findings: Findings) -> list[Permission]:
    cols = _columns(table.header, PERMISSION_ROLES)
    missing = [PERMISSION_ROLES[r][0] for r in ("name", "api", "actions") if cols[r] is None]
    if missing:
        _unread_table(table, sec, "permission", missing, findings)
        return []
    group = _preceding_label(sec, index) or sec.title
    out: list[Permission] = []
    wrapped: list[str] = []
    for row in table.rows:
        if not _shape_ok(table, row, sec, findings):
            continue
        cells = row.cells
        raw_name = cells[cols["name"]]
        name = _join_cjk(raw_name)
        actions, actions_wrapped = _read_actions(cells[cols["actions"]], sec, row.loc, findings)
        # one cell may list several request lines: a row for each
        for raw_api in MULTI_API_RE.split(cells[cols["api"]].strip()):
            method, path, qualifier, api_wrapped = _split_api(raw_api, sec, row.loc, findings)
            if name != raw_name.strip() or api_wrapped or actions_wrapped:
                wrapped.append(str(row.loc.line if row.loc.line is not None else row.loc))
            out.append(Permission(
                name=name, method=method, path=path, raw_api=raw_api, actions=list(actions),
                iam_project=_flag(cells, cols["iam"], "IAM project", sec, row.loc, findings),
                enterprise_project=_flag(cells, cols["enterprise"], "enterprise project", sec,
                                         row.loc, findings),
                group=group, source=sec.number, loc=row.loc, qualifier=qualifier))
    if wrapped:
        findings.add("cell-wrap-space", "info",
                     f"wrap spaces removed from {len(wrapped)} rows of the permission table at "
                     f"{table.loc} (lines {', '.join(wrapped)})", section=sec.number, loc=table.loc)
    return out


def _split_api(raw: str, sec: Section, loc: Loc,
               findings: Findings) -> tuple[str, str, str, bool]:
    """`POST /v2/ {project_id}/ volumes action="os-extend"` -> method, path, qualifier, wrapped."""
    m = re.match(r"\s*([A-Za-z]+)\s+(.*)$", raw, re.S)
    if not m or m.group(1).upper() not in HTTP_METHODS:
        findings.add("permission-api-unreadable", "warning",
                     f"the API cell {raw!r} does not start with an HTTP method; the row keeps "
                     "no method and the cell as its path", section=sec.number, loc=loc)
        return "", re.sub(r"\s+", "", raw), "", False
    method, rest = m.group(1).upper(), m.group(2)
    q = QUALIFIER_RE.search(rest)
    path_text = (rest[:q.start()] if q else rest).strip()
    qualifier_text = q.group(1).strip() if q else ""
    wrapped = bool(re.search(r"\s", path_text) or re.search(r"\s", qualifier_text))
    qualifier = re.sub(r"\s+", "", qualifier_text)
    path = re.sub(r"\s+", "", path_text)
    collapsed = re.sub(r"/{2,}", "/", path)
    if collapsed != path:
        findings.add("permission-path-repaired", "info",
                     f"the path {path!r} holds an empty segment; read as {collapsed!r}",
                     section=sec.number, loc=loc)
    if not collapsed.startswith("/"):
        findings.add("permission-api-unreadable", "warning",
                     f"the path {collapsed!r} of {raw!r} does not start with '/'",
                     section=sec.number, loc=loc)
    return method, collapsed, qualifier, wrapped


def _flag(cells: tuple[str, ...], col: int | None, what: str, sec: Section, loc: Loc,
          findings: Findings) -> bool | None:
    if col is None:
        return None
    v = cells[col].strip()
    if v in YES_MARKS:
        return True
    if v in NO_MARKS:
        return False
    if v:
        findings.add("permission-flag-unreadable", "warning",
                     f"the {what} cell {v!r} is neither √ nor ×; read as unknown",
                     section=sec.number, loc=loc)
    return None


def _split_actions(cell: str) -> tuple[list[str], list[tuple[str, list[str]]], list[str], bool]:
    """Read a 授权项 cell: (actions, labelled cases, unreadable text, wrap spaces joined).

    Actions come in cell order without duplicates. Wrap spaces inside an action are joined
    (`evs:volumes:cr eate`); actions are separated by spaces or by label text
    (`创空白云硬盘 evs:volumes:create …`, `云硬盘: evs:…`): a new action starts at a token
    holding a colon once the current one has its service, resource and verb.
    """
    text = re.sub(r"<[^>]*>", " ", cell)
    cases: list[tuple[str, list[str]]] = []
    bad: list[str] = []
    label = ""
    found: list[str] = []
    wrapped = False
    for part in NON_ASCII_RUN_RE.split(text):
        if not part.strip():
            continue
        if NON_ASCII_RUN_RE.fullmatch(part) or ":" not in part:
            label += part        # label text (ASCII words inside a label included)
            continue
        acts, joined = _join_action_tokens(part.strip().lstrip(":").split())
        wrapped |= joined
        good = [a for a in acts if ACTION_RE.match(a)]
        bad += [a for a in acts if not ACTION_RE.match(a)]
        if good:
            cases.append((_join_cjk(label).rstrip(":：").strip(), good))
            found += good
            label = ""
    if label.strip() and found:
        bad.append(_join_cjk(label))
    return list(dict.fromkeys(found)), cases, bad, wrapped


def _join_action_tokens(tokens: list[str]) -> tuple[list[str], bool]:
    out: list[str] = []
    cur = ""
    joined = False
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not cur and t.endswith(":") and t.count(":") == 1 and ACTION_RE.match(nxt):
            continue  # an ASCII label (`Disk:`) before a whole action
        if not cur:
            cur = t
        elif cur.count(":") >= 2 and not cur.endswith(":") and ":" in t and not t.startswith(":"):
            out.append(cur)
            cur = t
        else:
            cur += t
            joined = True
    if cur:
        out.append(cur)
    return out, joined


def _read_actions(cell: str, sec: Section, loc: Loc,
                  findings: Findings) -> tuple[list[str], bool]:
    if cell.strip() in NO_ACTION:
        return [], False
    actions, cases, bad, wrapped = _split_actions(cell)
    if bad:
        findings.add("permission-action-unreadable", "warning",
                     f"the action cell holds text that is no service:resource:verb action: "
                     f"{', '.join(repr(b) for b in bad)}; left out of the row's actions",
                     section=sec.number, loc=loc)
    elif not actions:
        findings.add("permission-action-unreadable", "warning",
                     f"the action cell {cell!r} names no action", section=sec.number, loc=loc)
    if any(lab for lab, _ in cases):
        desc = "; ".join(f"{lab or '-'}: {', '.join(acts)}" for lab, acts in cases)
        findings.add("permission-action-cases", "info",
                     f"the action cell lists actions per case ({desc}); the row keeps them all, "
                     "in order, without duplicates", section=sec.number, loc=loc)
    return actions, wrapped


def cross_check_permissions(primary: list[Permission], appendix: list[Permission],
                            findings: Findings) -> None:
    """Compare the primary permission rows with the appendix copy; each difference is a finding.

    Rows are matched by name (ignoring spaces), method and path; rows left over are paired
    by method, path and qualifier (a name difference), and any still unmatched are in one
    table only.
    """
    if not primary or not appendix:
        return
    pending: dict[tuple, list[Permission]] = {}
    for b in appendix:
        pending.setdefault((_squash(b.name), b.method, b.path), []).append(b)
    pairs: list[tuple[Permission, Permission]] = []
    left_a: list[Permission] = []
    for a in primary:
        cands = pending.get((_squash(a.name), a.method, a.path))
        if cands:
            pairs.append((a, cands.pop(0)))
        else:
            left_a.append(a)
    position = {id(b): k for k, b in enumerate(appendix)}
    left_b = sorted((b for rows in pending.values() for b in rows), key=lambda b: position[id(b)])
    for a in list(left_a):
        for b in left_b:
            if (a.method, a.path, a.qualifier) == (b.method, b.path, b.qualifier):
                pairs.append((a, b))
                left_a.remove(a)
                left_b.remove(b)
                break
    for a, b in pairs:
        for diff in _differences(a, b):
            findings.add("permission-table-mismatch", "warning",
                         f"permission '{a.name}' ({a.method} {a.path}): {diff}",
                         section=a.source, loc=a.loc)
    for rows, here, there in ((left_a, "primary", "appendix"), (left_b, "appendix", "primary")):
        for p in rows:
            findings.add("permission-table-mismatch", "warning",
                         f"permission '{p.name}' ({p.method} {p.path}) at {p.loc} ({p.source}) "
                         f"is in the {here} table only, not in the {there} table",
                         section=p.source, loc=p.loc)


def _differences(a: Permission, b: Permission) -> list[str]:
    where_a, where_b = f"{a.loc} ({a.source})", f"{b.loc} ({b.source})"
    out = []
    if _squash(a.name) != _squash(b.name):
        out.append(f"the name differs: {where_a} has '{a.name}', {where_b} has '{b.name}'")
    if a.actions != b.actions:
        only_a = [x for x in a.actions if x not in b.actions]
        only_b = [x for x in b.actions if x not in a.actions]
        typos = [f"{x} vs {y}" for x in only_a for y in only_b if edit_distance(x, y) <= 2]
        if only_a or only_b:
            detail = (f"{where_a} has {', '.join(only_a) or 'nothing more'}, "
                      f"{where_b} has {', '.join(only_b) or 'nothing more'}")
            if typos:
                detail += f" (one small typo apart: {'; '.join(typos)})"
        else:
            detail = (f"same actions in another order: {where_a} {', '.join(a.actions)}; "
                      f"{where_b} {', '.join(b.actions)}")
        out.append(f"the actions differ: {detail}")
    for what, x, y in (("IAM project support", a.iam_project, b.iam_project),
                       ("enterprise project support", a.enterprise_project,
                        b.enterprise_project),
                       ("URI qualifier", a.qualifier, b.qualifier)):
        if x != y:
            out.append(f"the {what} differs: {where_a} has {x!r}, {where_b} has {y!r}")
    if _squash(a.group) != _squash(b.group):
        out.append(f"the group differs: {where_a} is under '{a.group}', "
                   f"{where_b} under '{b.group}'")
    return out
