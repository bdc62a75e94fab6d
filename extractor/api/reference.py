"""The manual's reference tables: permissions, error codes, HTTP statuses, resource statuses.

Tables are recognised by their header columns, never by section numbers:

- a permission table has a column containing `授权项` (the primary copy is in the first
  chapter holding such tables, a later chapter's copy is the appendix's);
- an error-code table has the columns `错误码` and `错误信息`;
- an HTTP status table's first column is `错误码状态`;
- a status table is an appendix table whose first column ends with `状态` or `状态(API)`.

Every table row ends up in the result or in a finding.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .. import vocab
from ..blocks import Code, Loc, Paragraph, Row, Table
from ..findings import Findings
from ..manual import Manual, Section
from ..util import edit_distance
from .model import ErrorCode, HttpStatus, Permission, StatusSet, StatusValue

HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
NO_ACTION = ("无", "-", "—", "N/A", "不涉及")
YES_MARKS = ("√", "✓", "✔")
NO_MARKS = ("×", "✗", "✘")
# An IAM action: service:resource:verb (any service; resources may hold `_`, verbs camelCase).
MULTI_API_RE = re.compile(r"\s+(?=(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+/)")
ACTION_RE = re.compile(r"^[a-z][a-z0-9-]*:[A-Za-z0-9_*-]+:[A-Za-z0-9_*-]+$")
# A qualifier appended to a URI: `action="os-extend"` (spaces may be wrap spaces).
QUALIFIER_RE = re.compile(r"(?:^|\s)([A-Za-z_][\w-]*\s*=.*)$", re.S)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
CJK_WRAP_RE = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")
NON_ASCII_RUN_RE = re.compile(r"([^\x00-\x7f]+)")
HTML_TAG_RE = re.compile(r"</?(?:ul|ol|li|p|span|div|b|i|em|strong|code|sup|sub|br)\b[^>]*/?>",
                         re.I)
LIST_OPEN_RE = re.compile(r"<(?:ul|ol)\b[^>]*>", re.I)
LIST_CLOSE_RE = re.compile(r"</(?:ul|ol)\s*>", re.I)
ITEM_MARK_RE = re.compile(r"<li\b[^>]*>|</li\s*>|[•●▪◦]")
BULLET_RE = re.compile(r"^(?:[-•●·]|l(?=\s))\s*")
# A short label line (a group title, a note label): words only, no sentence punctuation.
LABEL_RE = re.compile(r"^\w[\w\s()（）&/.-]*$")
IDENT_TOKEN_RE = re.compile(r"[A-Za-z0-9_]*_[A-Za-z0-9_]*")
# An identifier with `_`, one space, then an identifier fragment (kept in the lookahead).
IDENT_WRAP_RE = re.compile(
    r"(?<![A-Za-z0-9_])([A-Za-z0-9_]*_[A-Za-z0-9_]*) (?=([A-Za-z0-9_]+)(?![A-Za-z0-9_]))")


# ---------------------------------------------------------------- shared helpers

def _squash(text: str) -> str:
    """Compare texts ignoring whitespace and bracket width."""
    return re.sub(r"\s+", "", text.replace("（", "(").replace("）", ")"))


def _join_cjk(text: str) -> str:
    """Drop the wrap spaces that split CJK text; other spacing stays (`名称 (Cinder)`)."""
    return re.sub(r"\s+", " ", CJK_WRAP_RE.sub("", text)).strip()


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
    return int(t) if t.isdigit() else None


# ---------------------------------------------------------------- permissions

PERMISSION_ROLES = vocab.reference_roles("permission")     # header words: vocabulary data


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
        # one cell may list several request lines (`GET /v2/… GET /v2.1/…`): a row for each
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
                     f"the 授权项 cell holds text that is no service:resource:verb action: "
                     f"{', '.join(repr(b) for b in bad)}; left out of the row's actions",
                     section=sec.number, loc=loc)
    elif not actions:
        findings.add("permission-action-unreadable", "warning",
                     f"the 授权项 cell {cell!r} names no action", section=sec.number, loc=loc)
    if any(lab for lab, _ in cases):
        desc = "; ".join(f"{lab or '-'}: {', '.join(acts)}" for lab, acts in cases)
        findings.add("permission-action-cases", "info",
                     f"the 授权项 cell lists actions per case ({desc}); the row keeps them all, "
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


# ---------------------------------------------------------------- error codes

ERROR_ROLES = vocab.reference_roles("error_code")          # header words: vocabulary data


def _is_error_code_table(t: Table) -> bool:
    return vocab.is_reference_table("error_code", t.header)


def read_error_codes(manual: Manual, findings: Findings) -> list[ErrorCode]:
    """Read the error-code tables (`状态码 错误码 错误信息 描述 处理措施`).

    Wrap spaces are joined inside codes (`Common.001 1`) and inside identifiers that the
    manual spells whole elsewhere (`__system__cm kid`); duplicate codes are kept.
    """
    vocab = _identifier_vocabulary(manual)
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
            if status is None:
                findings.add("error-code-unreadable", "warning",
                             f"the status cell {cells[cols['status']]!r} is not a number; "
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


def _identifier_vocabulary(manual: Manual) -> set[str]:
    """Every identifier with an underscore that the manual spells anywhere."""
    vocab: set[str] = set()
    for sec in manual.sections:
        for b in sec.blocks:
            if isinstance(b, Table):
                texts = list(b.header) + [c for r in b.rows for c in r.cells]
            elif isinstance(b, (Paragraph, Code)):
                texts = [b.text]
            else:
                continue
            for t in texts:
                vocab.update(IDENT_TOKEN_RE.findall(t))
    return vocab


def _join_identifier_wraps(text: str, vocab: set[str]) -> str:
    """Join `__system__cm kid` -> `__system__cmkid` when the manual spells the whole elsewhere."""
    def fix(m: re.Match) -> str:
        return m.group(1) if m.group(1) + m.group(2) in vocab else m.group(0)
    return IDENT_WRAP_RE.sub(fix, text)


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
            if status is None or len(row.cells) < 2:
                findings.add("http-status-unreadable", "warning",
                             f"the row {_row_text(row)!r} holds no status code; not read",
                             section=sec.number, loc=row.loc)
                continue
            out.append(HttpStatus(status, row.cells[desc_col].strip(), group, row.loc))
    return out


# ---------------------------------------------------------------- status sets

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
            description = _clean_text(row.cells[-1], findings=findings, section=sec.number,
                                      loc=row.loc)
            ss.values.append(StatusValue(value, description, row.loc, label))
    return list(sets.values())


def _clean_text(cell: str, *, findings: Findings | None = None, section: str | None = None,
                loc: Loc | None = None) -> str:
    """A cell's HTML remnants as plain text; list items on their own lines with `• `.

    The rendition leaves lists unclosed and often unmarked (`说明 <ul …>A。B。`): marked
    items (`•`, `●`, `<li>`) split on their marks, unmarked ones at sentence ends (a
    finding). A short label right before a list (`说明`) goes on its own line.
    """
    text = re.sub(r"<br\s*/?>|</?p\b[^>]*>", "\n", cell, flags=re.I)
    text = re.sub(r"</?code\b[^>]*>", "", text, flags=re.I)
    parts = LIST_OPEN_RE.split(text)
    lines: list[str] = []
    head = parts[0]
    if len(parts) > 1:
        m = re.match(r"^(.*?)\s+(\S{1,6})\s*$", head, re.S)
        if m and LABEL_RE.match(m.group(2)):
            head = m.group(1) + "\n" + m.group(2)
        elif head.strip() and LABEL_RE.match(head.strip()) and len(head.strip()) <= 6:
            head = head.strip()
    lines += _plain_lines(head)
    for part in parts[1:]:
        pieces = LIST_CLOSE_RE.split(part, maxsplit=1)
        body, tail = pieces[0], (pieces[1] if len(pieces) > 1 else "")
        if ITEM_MARK_RE.search(body):
            items = ITEM_MARK_RE.split(body)
        else:
            items = re.findall(r"[^。；]+[。；]?", body)
            if len([i for i in items if i.strip()]) > 1 and findings is not None:
                findings.add("cell-list-unmarked", "info",
                             "a list in a cell has no item marks; its items are taken to be "
                             "its sentences", section=section, loc=loc)
        for item in items:
            for ln in _plain_lines(item):
                lines.append("• " + ln)
        lines += _plain_lines(tail)
    return "\n".join(lines)


def _plain_lines(text: str) -> list[str]:
    text = HTML_TAG_RE.sub(" ", text)
    return [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n") if ln.strip()]
