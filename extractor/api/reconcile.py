"""Tables versus examples: let the wire capture correct the table's structure.

An example is a capture of the wire format; a table is typed by hand. Where a
section's table and its own example disagree on structure, the schema follows
the example and a finding records what the table said:

- wrapper: every example wraps the table's fields in one object key the table
  omits (`{"volume": {...}}` where the table lists the volume's fields);
- key typo: an example key one small typo away from exactly one table field
  that no example uses (`scheduler_hints` vs the table's `schedule_r_hints`).

Keys that appear only in an example are findings, not fields.

Value types are decided by the evidence of the whole manual (``types.decide_types``):
where an example's scalar contradicts its table's type, the field's name is looked up
in every table and every example; if both mostly say the example's type, every table
that types the field otherwise follows (snapshot ``size``: Integer), else the table
stands (``"multiattach": 1`` against Boolean); a string whose values are "true"/"false"
stays a string. Each decision is a finding.
With trust="tables" the tables are read literally and only findings are made.
"""
from __future__ import annotations

from ..findings import Findings
from ..util import edit_distance
from .model import ApiSection, Body, Example, Field, ModelTable
from .types import Mismatch, decide_types, json_type


def reconcile(sections: list[ApiSection], findings: Findings, *, trust: str = "examples") -> None:
    out: list[Mismatch] = []          # example scalars that contradict their table's type
    for s in sections:
        if s.request is not None:
            _reconcile_body(s, s.request, [e for e in s.request_examples if e.value is not None],
                            findings, trust, "request", out)
        for status, resp in s.responses.items():
            if resp.body is None:
                continue
            exs = [e for e in s.response_examples if e.status == status and e.value is not None]
            _reconcile_body(s, resp.body, exs, findings, trust, f"response {status}", out)
    decide_types(sections, out, findings, trust=trust)


def _reconcile_body(s: ApiSection, body: Body, examples: list[Example], findings: Findings,
                    trust: str, where: str, out: list[Mismatch]) -> None:
    if not examples or not body.fields:
        return
    if body.array:
        _reconcile_array(s, body, examples, findings, trust, where, out)
        return
    if any(f.type.kind == "body" for f in body.fields):
        return
    values = [e.value for e in examples]
    if not all(isinstance(v, dict) for v in values):
        return
    fields = _whole_body_fields(body)
    names = {f.name for f in fields}
    # wrapper: each example is {K: {...}} with K not a field and the inner keys the table's
    if all(len(v) == 1 for v in values):
        keys = {next(iter(v)) for v in values}
        if len(keys) == 1:
            key = keys.pop()
            inner = [v[key] for v in values]
            if key not in names and all(isinstance(x, dict) for x in inner) and \
                    any(set(x) & names for x in inner):
                findings.add("example-wrapper", "warning",
                             f"{where}: the table lists the body's fields bare, but the example "
                             f"wraps them in '{key}'" + (
                                 "; the schema follows the example" if trust == "examples"
                                 else "; the table is kept (--trust tables)"),
                             section=s.number, loc=examples[0].loc)
                if trust == "examples":
                    body.wrapper = key
                values = inner
    _compare_fields(s, fields, body.models, values, findings, trust, where, "", out)


def _whole_body_fields(body: Body) -> list[Field]:
    """The body's fields; for a whole-body pseudo-row (`-` / `Object`) read as a model
    table, that table's fields (the keys the example should be compared with)."""
    f = body.fields[0]
    if len(body.fields) == 1 and f.raw_name.strip() == "-" and f.type.kind == "ref" \
            and f.type.name in body.models:
        return body.models[f.type.name].fields
    return body.fields


def _reconcile_array(s: ApiSection, body: Body, examples: list[Example], findings: Findings,
                     trust: str, where: str, out: list[Mismatch]) -> None:
    """The table says `[数组元素] Array of X objects`, but every example is one X object."""
    values = [e.value for e in examples]
    row = body.fields[0]
    item = row.type.items if row.type.kind == "array" else None
    if not all(isinstance(v, dict) for v in values):
        return
    model = body.models.get(item.name) if item is not None and item.kind == "ref" else None
    keys = {k for v in values for k in v}
    if model is None or not keys or not keys <= {f.name for f in model.fields}:
        return       # not the item's shape either: the table stands, validation reports it
    findings.add("example-array-vs-object", "warning",
                 f"{where}: the table makes the body an array of '{model.name}' "
                 f"({row.loc}), but the example is one '{model.name}' object" + (
                     "; the schema follows the example" if trust == "examples"
                     else "; the table is kept (--trust tables)"),
                 section=s.number, loc=row.loc)
    if trust == "examples":
        body.array = False
        row.raw_name, row.type = "-", item       # the whole body is one item
        _compare_fields(s, model.fields, body.models, values, findings, trust, where, "", out)


def _compare_fields(s: ApiSection, fields: list[Field], models: dict[str, ModelTable],
                    values: list[dict], findings: Findings, trust: str, where: str,
                    prefix: str, out: list[Mismatch]) -> None:
    by_name = {f.name: f for f in fields}
    seen_keys = dict.fromkeys(k for v in values for k in v)       # in order of appearance
    unused = [f for f in fields if f.name not in seen_keys]
    for k in seen_keys:
        if k in by_name:
            continue
        near = [f for f in unused if _close(f.name, k)]
        if len(near) == 1:
            f = near[0]
            findings.add("example-key-typo", "warning",
                         f"{where}: the table names the field '{prefix}{f.name}' ({f.loc}) but "
                         f"the example sends '{prefix}{k}'" + (
                             "; the schema follows the example" if trust == "examples"
                             else "; the table is kept (--trust tables)"),
                         section=s.number, loc=f.loc)
            unused.remove(f)
            if trust == "examples":
                del by_name[f.name]
                f.name = k
                by_name[k] = f
            continue
        findings.add("example-undocumented-key", "info",
                     f"{where}: the example has the key '{prefix}{k}', which no table documents; "
                     "it is not made a field", section=s.number, loc=None)
    nulls = [f for name, f in by_name.items()
             if not f.nullable and any(name in v and v[name] is None for v in values)]
    if nulls and trust == "examples":
        for f in nulls:
            f.nullable = True
        findings.add("example-null", "info",
                     f"{where}: the example sends null for "
                     + ", ".join(f"'{prefix}{f.name}'" for f in nulls)
                     + "; the table does not say a value may be absent, so these fields are "
                     "marked nullable", section=s.number, loc=nulls[0].loc)
    for name, f in by_name.items():
        if f.type.kind in ("string", "integer", "number", "boolean"):
            for v in values:
                t = json_type(v.get(name))
                if t is not None and t != f.type.kind and not (
                        t == "integer" and f.type.kind == "number"):
                    out.append(Mismatch(s.number, where, prefix + name, f, t))
                    break
    # recurse into model-typed fields
    for name, f in by_name.items():
        sub = [v[name] for v in values if name in v]
        t = f.type
        if t.kind == "array" and t.items is not None:
            t = t.items
            sub = [x for lst in sub if isinstance(lst, list) for x in lst]
        if t.kind != "ref" or t.name not in models:
            continue
        objs = [x for x in sub if isinstance(x, dict)]
        if objs:
            _compare_fields(s, models[t.name].fields, models, objs, findings, trust, where,
                            f"{prefix}{name}.", out)


def _close(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 2:
        return False
    return edit_distance(a, b) <= 2
