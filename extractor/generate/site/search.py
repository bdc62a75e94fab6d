"""The site's search index: operations, error codes, IAM actions, fields and statuses.

The index is a JS file (`assets/search-index.js`) that sets a global, because a page
opened from `file://` cannot fetch() JSON but can load a script. Matching happens in the
browser on substrings (and CJK bigrams), so Chinese terms match without word spaces.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from ...cjk import has_site_ideograph
from .operations import Operation
from .reference import Action, ErrorRow, StatusSet
from .schema import FieldNode, iter_fields

GLOBAL_NAME = "DOC2SPEC_SEARCH"
TYPES = {"op": "Operations", "error": "Error codes", "action": "IAM actions",
         "field": "Fields", "status": "Statuses"}
EXTRA_LIMIT = 600          # characters of secondary text kept per entry
MORE_LIMIT = 8             # further places listed for a field


@dataclass(repr=False, eq=False)
class Entry:
    """One search result. `names` are identifiers typed as they are (operationId, client
    method, code, action, field name); `words` are the words of those names and of a
    non-CJK title; `deprecated` entries rank just below live ones."""

    type: str
    key: str
    title: str
    sub: str
    url: str
    extra: str = ""
    more: list[tuple[str, str]] = field(default_factory=list)   # (label, url)
    names: list[str] = field(default_factory=list)
    deprecated: bool = False

    def row(self) -> list:
        return [self.type, self.key, self.title, self.sub, self.url, self.extra[:EXTRA_LIMIT],
                [list(m) for m in self.more], [compact(n) for n in self.names],
                " " + " ".join(words(self.names, self.title)) + " ", int(self.deprecated)]


def normalize(text: str) -> str:
    """The form both sides are compared in: NFKC (full-width -> ASCII) and lower case.

    search.js applies the same (`String.normalize('NFKC').toLowerCase()`)."""
    return unicodedata.normalize("NFKC", text).lower()


_SEPARATORS = re.compile(r"[\s_\-]+")
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")


def compact(text: str) -> str:
    """An identifier's comparable form: `create_volume`, `createVolume` -> `createvolume`.
    search.js: `norm(s).replace(/[\\s_\\-]+/g, "")`."""
    return _SEPARATORS.sub("", normalize(text))


def words(names: list[str], title: str) -> list[str]:
    """Words of camelCase / snake_case names and of the title's non-CJK runs."""
    out: list[str] = []
    for n in list(names) + [title]:
        for w in _NON_WORD.split(_CAMEL_HUMP.sub(" ", n)):
            w = normalize(w)
            if w and w not in out:
                out.append(w)
    return out


# Tiers, best first (search.js has the same numbers).
EXACT, PREFIX, TITLE, WORDS, PATH, TEXT, GRAMS = 1000, 900, 800, 600, 400, 200, 100
OTHER_TYPES = 300          # fields, codes, actions, statuses: below operations unless exact
CLOSE = 10                 # at most this much more for a closer match (shorter title or name)
DEPRECATED = 20            # more than CLOSE: deprecated entries rank below their replacements


def _token_tier(tok: str, d: dict) -> int:
    if f" {tok} " in d["w"] or (has_site_ideograph(tok) and tok in d["t"]):
        return WORDS
    if tok in d["k"]:
        return PATH
    if tok in d["t"] or tok in d["h"]:
        return TEXT
    if len(tok) >= 3 and has_site_ideograph(tok):
        grams = {tok[i:i + 2] for i in range(len(tok) - 1)}
        if sum(g in d["k"] or g in d["t"] for g in grams) / len(grams) >= 0.6:
            return GRAMS
    return 0


def score(d: dict, query: str) -> int:
    """The entry's score for `query` (0: no match). `d` is a prepared row (see prepare)."""
    q = " ".join(normalize(query).split())
    tokens, qc = q.split(), compact(query)
    if not tokens:
        return 0
    if qc in d["n"] or d["k"] == q:
        return EXACT
    starts = [n for n in d["n"] if len(qc) >= 3 and n.startswith(qc)]
    if starts:
        total = PREFIX + CLOSE * len(qc) // min(len(n) for n in starts)
    elif d["t"] == q:
        total = TITLE
    else:
        tiers = [_token_tier(tok, d) for tok in tokens]
        total = min(tiers)
        if not total:
            return 0
        if total == WORDS:
            in_title = all(tok in d["t"] for tok in tokens)
            target = d["tc"] if in_title else min(d["n"], key=len, default=d["tc"])
            total += CLOSE * len(qc) // max(len(target), len(qc))
    if d["type"] != "op":
        total -= OTHER_TYPES
    return total - (DEPRECATED if d["dep"] else 0)


def prepare(row: list) -> dict:
    """The compared forms of one index row (search.js `prepare` makes the same)."""
    return {"type": row[0], "k": normalize(row[1]), "t": normalize(row[2]),
            "tc": re.sub(r"\s+", "", normalize(row[2])),
            "h": normalize(" ".join((row[1], row[2], row[3], row[5]))),
            "n": row[7], "w": row[8], "dep": row[9]}


def search(entries: list[Entry], query: str) -> list[tuple[int, Entry]]:
    """(score, entry) pairs matching every word of `query`, best first. Mirrors search.js."""
    hits = []
    for i, e in enumerate(entries):
        s = score(prepare(e.row()), query)
        if s:
            hits.append((s, i, e))
    hits.sort(key=lambda h: (-h[0], h[1]))
    return [(s, e) for s, _, e in hits]


def _join(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def _section(number: str) -> str:
    return f"§{number}" if number else ""


def operation_entries(operations: list[Operation]) -> list[Entry]:
    out = []
    for op in operations:
        url = f"ops/{op.page}"
        variant_text = _join(*(_join(v.operation_id, v.client_method, v.summary, v.key,
                                     " ".join(v.iam.actions)) for v in op.variants))
        own = [op.operation_id] + ([op.client_method] if op.client_method and not op.variants
                                   else [])
        out.append(Entry("op", f"{op.method} {op.path}", op.summary,
                         _join(op.client_method if not op.variants else op.operation_id,
                               _section(op.source.section), "deprecated" if op.deprecated else ""),
                         url, _join(op.operation_id, op.client_method, " ".join(op.iam.actions),
                                    " ".join(op.tags), op.group, op.source.title, variant_text,
                                    op.description),
                         names=list(dict.fromkeys(own)), deprecated=op.deprecated))
        for v in op.variants:
            out.append(Entry("op", f"{op.method} {op.path} [{v.key or v.operation_id}]", v.summary,
                             _join(v.client_method or v.operation_id, _section(v.source.section),
                                   "deprecated" if v.deprecated else ""),
                             f"{url}#{v.anchor}",
                             _join(v.operation_id, v.client_method, " ".join(v.iam.actions),
                                   v.source.title, v.key, v.description),
                             names=list(dict.fromkeys(x for x in (v.operation_id, v.client_method)
                                                      if x)),
                             deprecated=v.deprecated))
    return out


def error_entries(rows: list[ErrorRow]) -> list[Entry]:
    return [Entry("error", r.code, r.message, _join(f"HTTP {r.status}" if r.status else "",
                                                     r.description),
                  f"errors.html#{r.anchor}", _join(r.status, r.description, r.remedy),
                  names=[r.code])
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
                               " ".join(a.dependents)), names=[a.name]))
    return out


def field_entries(operations: list[Operation]) -> list[Entry]:
    """One entry per distinct field or parameter name, listing where it appears."""
    found: dict[str, dict] = {}
    fields_of: dict[int, list[FieldNode]] = {}    # trees are shared between operations

    def add(node: FieldNode, op: Operation, url: str, where: str) -> None:
        # dicts as insertion-ordered sets (a common name has hundreds of places)
        slot = found.get(node.name)
        if slot is None:
            slot = found[node.name] = {"types": {}, "descs": {}, "places": {}, "pages": set()}
        slot["pages"].add(op.page)
        slot["types"][node.type] = None
        if node.description:
            slot["descs"][node.description] = None
        slot["places"][(f"{op.summary} · {where}", f"{url}#{node.anchor}")] = None

    for op in operations:
        url = f"ops/{op.page}"
        for p in op.params:
            add(p.node, op, url, f"{p.location} parameter")
        trees = [(op.body, "request")] + [(v.body, f"request ({v.summary})") for v in op.variants]
        trees += [(r.schema, f"response {r.status}") for r in op.responses]
        for tree, where in trees:
            if tree is None:
                continue
            if id(tree) not in fields_of:
                fields_of[id(tree)] = list(iter_fields(tree))
            for node in fields_of[id(tree)]:
                add(node, op, url, where)
    out = []
    for name, slot in found.items():
        places = list(slot["places"])
        n = len(slot["pages"])
        out.append(Entry("field", name, " | ".join(list(slot["types"])[:3]),
                         f"in {n} operation{'s' if n != 1 else ''}", places[0][1],
                         " ".join(d[:160] for d in list(slot["descs"])[:2]),
                         more=places[1:MORE_LIMIT + 1], names=[name]))
    return out


def status_entries(sets: list[StatusSet]) -> list[Entry]:
    return [Entry("status", v.value, v.label or s.title, _join(f"§{s.section}", s.title),
                  f"statuses.html#{v.anchor}", v.description, names=[v.value])
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
