"""Value types where a table and its examples disagree, decided by the whole manual.

A table is typed by hand, an example is a capture; one contradiction alone does not
say which is wrong. So for each field whose example scalar contradicts the table's
type, the field's name is looked up across the manual: in every table (body, model
and parameter rows) and in every example value. The example's type wins where it is
the most common type both among the tables and among the examples; then every body
or model table that types the field otherwise follows, each with a finding
(snapshot ``size``: Integer in most tables and in the examples, String in a few). Else
the table stands, with a finding (``"multiattach": 1`` against Boolean). A String
whose values are "true"/"false" stays a String however the examples send it.
Parameters (path, query) are not changed: on the wire they are text anyway.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..findings import Findings
from .model import ApiSection, Field, TypeRef

SCALARS = ("string", "integer", "number", "boolean")
# an ASCII word in any case, even right before a CJK character (case-blind only inside the
# word: an ignore-case [A-Za-z] also takes the Kelvin sign and the long s, a class `re`
# compiles into a table of the whole Basic Multilingual Plane)
_WORD = r"(?<![A-Za-z])(?i:{})(?![A-Za-z])"
_TRUE_FALSE_RE = re.compile(f"{_WORD.format('true')}.*{_WORD.format('false')}|"
                            f"{_WORD.format('false')}.*{_WORD.format('true')}", re.S)


@dataclass(frozen=True, repr=False, eq=False)   # never printed or compared
class Mismatch:
    """An example value whose JSON type is not the type its table row gives."""

    section: str
    where: str            # "request", "response 200"
    path: str             # dotted field path in the body
    field: Field
    example_type: str


def json_type(value) -> str | None:
    """The scalar type of a JSON value, or None for null, objects and arrays."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


def is_true_false_string(f: Field) -> bool:
    """A String row whose values are "true" and "false" (an enum, or named in the text)."""
    if f.type.kind != "string":
        return False
    enum = {v.strip().lower() for v in f.description.enum}
    return enum == {"true", "false"} or bool(_TRUE_FALSE_RE.search(f.description.text))


def _body_fields(s: ApiSection) -> list[Field]:
    out: list[Field] = []
    for body in [s.request] + [r.body for r in s.responses.values()]:
        if body is None:
            continue
        out += body.fields
        for m in body.models.values():
            out += m.fields
    return out


def _walk(value, counts: dict[str, Counter], names: set[str]) -> None:
    """Count the scalar types an example gives each key of `names`."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in names:
                t = json_type(v)
                if t is not None:
                    counts.setdefault(k, Counter())[t] += 1
            if isinstance(v, (dict, list)):
                _walk(v, counts, names)
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)):
                _walk(v, counts, names)


def decide_types(sections: list[ApiSection], mismatches: list[Mismatch], findings: Findings,
                 *, trust: str = "examples") -> None:
    """Settle each contradicted field name by the evidence of every table and example."""
    if not mismatches:
        return
    names = {m.field.name for m in mismatches}      # the evidence is gathered for these only
    tables: dict[str, Counter] = {}
    body_fields: dict[str, list[tuple[ApiSection, Field]]] = {}
    for s in sections:
        for f in _body_fields(s):
            if f.name in names and f.type.kind in SCALARS:
                tables.setdefault(f.name, Counter())[f.type.kind] += 1
                body_fields.setdefault(f.name, []).append((s, f))
        for f in s.path_params + s.query_params + s.header_params:
            if f.name in names and f.type.kind in SCALARS:
                tables.setdefault(f.name, Counter())[f.type.kind] += 1
    examples: dict[str, Counter] = {}
    for s in sections:
        for e in s.request_examples + s.response_examples:
            if e.value is not None:
                _walk(e.value, examples, names)

    decided: set[str] = set()
    for m in mismatches:
        name, t = m.field.name, m.example_type
        table_votes, example_votes = tables.get(name, Counter()), examples.get(name, Counter())
        evidence = (f"tables: {_votes(table_votes)}; examples: {_votes(example_votes)}")
        wins = _top(table_votes) == t and _top(example_votes) == t
        if is_true_false_string(m.field):
            findings.add("example-type-kept", "warning",
                         f"{m.where}: the example sends {t} for '{m.path}', a String whose "
                         f"values are \"true\"/\"false\" ({m.field.loc}); it stays a string "
                         f"({evidence})", section=m.section, loc=m.field.loc)
            continue
        if not wins or trust != "examples":
            reason = "--trust tables" if wins else "the manual mostly types it " + (
                _top(table_votes) or m.field.type.kind)
            findings.add("example-type-kept", "warning",
                         f"{m.where}: the example sends {t} for '{m.path}', which the table "
                         f"types {m.field.type.kind} ({m.field.loc}); the table stands "
                         f"({reason}; {evidence})", section=m.section, loc=m.field.loc)
            continue
        if name in decided:
            continue
        decided.add(name)
        for s, f in body_fields.get(name, []):
            if f.type.kind == t or f.type.kind not in SCALARS or is_true_false_string(f):
                continue
            findings.add("example-type-decided", "warning",
                         f"'{f.name}' is {f.type.kind} in this table ({f.loc}) but {t} in most "
                         f"tables and examples of the manual ({evidence}); the schema makes it "
                         f"{t}", section=s.number, loc=f.loc)
            f.type = TypeRef(t, raw=f.type.raw)
            f.description.enum = []
            f.description.enum_descriptions = {}


def _top(votes: Counter) -> str | None:
    """The single most common type (None on a tie or no votes)."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _votes(votes: Counter) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])))\
        or "none"
