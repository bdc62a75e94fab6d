"""The site's search index: operations, error codes, IAM actions, fields and statuses.

The index is a JS file (`assets/search-index.js`) that sets a global, because a page
opened from `file://` cannot fetch() JSON but can load a script. Matching happens in the
browser on substrings (and CJK bigrams), so Chinese terms match without word spaces.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from .operations import Operation
from .reference import Action, ErrorRow, StatusSet
from .schema import FieldNode, iter_fields

GLOBAL_NAME = "DOC2SPEC_SEARCH"
TYPES = {"op": "Operations", "error": "Error codes", "action": "IAM actions",
         "field": "Fields", "status": "Statuses"}
EXTRA_LIMIT = 600          # characters of secondary text kept per entry
MORE_LIMIT = 8             # further places listed for a field


@dataclass
class Entry:
    """One search result: `key` is matched first, then `title`, then `extra`."""

    type: str
    key: str
    title: str
    sub: str
    url: str
    extra: str = ""
    more: list[tuple[str, str]] = field(default_factory=list)   # (label, url)

    def row(self) -> list:
        row: list = [self.type, self.key, self.title, self.sub, self.url,
                     self.extra[:EXTRA_LIMIT]]
        if self.more:
            row.append([list(m) for m in self.more])
        return row


def normalize(text: str) -> str:
    """The form both sides are compared in: NFKC (full-width -> ASCII) and lower case.

    site.js applies the same (`String.normalize('NFKC').toLowerCase()`)."""
    return unicodedata.normalize("NFKC", text).lower()


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def token_score(token: str, key: str, title: str, hay: str) -> int:
    """How well one normalized token matches an entry (0: not at all). Mirrors site.js."""
    if key == token:
        return 100
    if key.startswith(token):
        return 70
    if token in key:
        return 50
    if token in title:
        return 35
    if token in hay:
        return 15
    if len(token) >= 3 and _is_cjk(token):   # CJK words run together: bigrams of key + title
        grams = {token[i:i + 2] for i in range(len(token) - 1)}
        cover = sum(g in key or g in title for g in grams) / len(grams)
        if cover >= 0.6:
            return int(10 * cover)
    return 0


def search(entries: list[Entry], query: str) -> list[tuple[int, Entry]]:
    """(score, entry) pairs matching every token of `query`, best first. Mirrors site.js."""
    tokens = normalize(query).split()
    if not tokens:
        return []
    hits = []
    for i, e in enumerate(entries):
        key, title = normalize(e.key), normalize(e.title)
        hay = normalize(" ".join((e.key, e.title, e.sub, e.extra[:EXTRA_LIMIT])))
        total = 0
        for token in tokens:
            s = token_score(token, key, title, hay)
            if not s:
                break
            total += s
        else:
            hits.append((total, i, e))
    hits.sort(key=lambda h: (-h[0], h[1]))
    return [(score, e) for score, _, e in hits]


def _join(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def _section(number: str) -> str:
    return f"§{number}" if number else ""


def operation_entries(operations: list[Operation]) -> list[Entry]:
    out = []
    for op in operations:
        url = f"ops/{op.page}"
        variant_text = _join(*(_join(v.operation_id, v.summary, v.key, " ".join(v.iam.actions))
                               for v in op.variants))
        out.append(Entry("op", f"{op.method} {op.path}", op.summary,
                         _join(op.operation_id, _section(op.source.section),
                               "deprecated" if op.deprecated else ""),
                         url, _join(op.operation_id, " ".join(op.iam.actions), " ".join(op.tags),
                                    op.source.title, variant_text, op.description)))
        for v in op.variants:
            out.append(Entry("op", f"{op.method} {op.path} [{v.key or v.operation_id}]", v.summary,
                             _join(v.operation_id, _section(v.source.section),
                                   "deprecated" if v.deprecated else ""),
                             f"{url}#{v.anchor}",
                             _join(v.operation_id, " ".join(v.iam.actions), v.source.title, v.key,
                                   v.description)))
    return out


def error_entries(rows: list[ErrorRow]) -> list[Entry]:
    return [Entry("error", r.code, r.message, _join(f"HTTP {r.status}" if r.status else "",
                                                     r.description),
                  f"errors.html#{r.anchor}", _join(r.status, r.description, r.remedy))
            for r in rows]


def action_entries(actions: list[Action]) -> list[Entry]:
    out = []
    for a in actions:
        names = list(dict.fromkeys(r.name for r in a.rows))
        primary = list(dict.fromkeys(r.name for r in a.rows if r.actions[:1] == [a.name])) or names
        title = " / ".join(primary[:3])
        if len(primary) > 3:
            title += f" (+{len(primary) - 3} more)"
        paths = list(dict.fromkeys(f"{r.method} {r.path}" for r in a.rows))
        n = len(a.operations)
        out.append(Entry("action", a.name, title or "(named by operations only)",
                         f"{n} operation{'s' if n != 1 else ''}", f"permissions.html#{a.anchor}",
                         _join(" ".join(names), " ".join(paths),
                               " ".join(f"{x.label} {x.method} {x.path}" for x in a.operations),
                               " ".join(a.dependents))))
    return out


def field_entries(operations: list[Operation]) -> list[Entry]:
    """One entry per distinct field or parameter name, listing where it appears."""
    found: dict[str, dict] = {}

    def add(node: FieldNode, op: Operation, url: str, where: str) -> None:
        slot = found.setdefault(node.name, {"types": [], "descs": [], "places": [], "pages": set()})
        slot["pages"].add(op.page)
        t = node.type
        if t not in slot["types"]:
            slot["types"].append(t)
        if node.description and node.description not in slot["descs"]:
            slot["descs"].append(node.description)
        place = (f"{op.summary} · {where}", f"{url}#{node.anchor}")
        if place not in slot["places"]:
            slot["places"].append(place)

    for op in operations:
        url = f"ops/{op.page}"
        for p in op.params:
            add(p.node, op, url, f"{p.location} parameter")
        trees = [(op.body, "request")] + [(v.body, f"request ({v.summary})") for v in op.variants]
        trees += [(r.schema, f"response {r.status}") for r in op.responses]
        for tree, where in trees:
            if tree is None:
                continue
            for node in iter_fields(tree):
                add(node, op, url, where)
    out = []
    for name, slot in found.items():
        places = slot["places"]
        n = len(slot["pages"])
        out.append(Entry("field", name, " | ".join(slot["types"][:3]),
                         f"in {n} operation{'s' if n != 1 else ''}", places[0][1],
                         " ".join(d[:160] for d in slot["descs"][:2]),
                         more=places[1:MORE_LIMIT + 1]))
    return out


def status_entries(sets: list[StatusSet]) -> list[Entry]:
    return [Entry("status", v.value, v.label or s.title, _join(f"§{s.section}", s.title),
                  f"statuses.html#{v.anchor}", v.description)
            for s in sets for v in s.values]


def build_index(operations, errors, actions, sets) -> list[Entry]:
    return (operation_entries(operations) + error_entries(errors) + action_entries(actions)
            + field_entries(operations) + status_entries(sets))


def index_script(entries: list[Entry]) -> str:
    """The index as a JS file; `<` is escaped so the text can never close a script element."""
    data = {"types": TYPES, "docs": [e.row() for e in entries]}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    body = body.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{GLOBAL_NAME}={body};\n"
