"""A section's model references resolved within its side: a field's type naming a model
table, a field titled after a table, a typo'd reference, the whole-body pseudo-row; each
rule that decides leaves a finding."""
from __future__ import annotations

from ..findings import Findings
from ..util import edit_distance
from .links import TableIndex, resolve_links
from .model import ApiSection, Body, Field, TypeRef
from .table_fields import read_fields


def resolve_section(api: ApiSection, findings: Findings,
                    tables: TableIndex | None = None) -> None:
    """Resolve model references within the section and side; record what a rule decided."""
    sides: list[tuple[str, list[Body]]] = [("request", [api.request] if api.request else [])]
    sides.append(("response", [r.body for r in api.responses.values() if r.body]))
    for side, bodies in sides:
        resolve_links(api, bodies, side, findings, tables,
                      lambda t, side=side: read_fields(t, api, findings, side=side))
        pool: dict[str, object] = {}
        for body in bodies:
            for name, m in body.models.items():
                pool.setdefault(name, m)
        referenced: set[str] = set()
        for body in bodies:
            scope = {**pool, **body.models}
            all_fields = list(body.fields) + [f for m in body.models.values() for f in m.fields]
            for f in all_fields:
                _resolve_type(f, f.type, scope, api, findings, referenced)
        for body in bodies:
            # `-`/`Object` pseudo-row: the whole body is the section's unreferenced table.
            whole = [f for f in body.fields if f.type.kind == "body"]
            if whole:
                spare = [n for n in body.models if n not in referenced]
                if len(spare) == 1:
                    f = whole[0]
                    f.type = TypeRef("ref", name=spare[0], raw=f.raw_type)
                    referenced.add(spare[0])
                    findings.add("whole-body-row", "info",
                                 f"pseudo-row '{f.raw_name.strip()}' / '{f.raw_type}' stands for the "
                                 f"whole body; it is read as the unreferenced table '{spare[0]}'",
                                 section=api.number, loc=f.loc)
                else:
                    findings.add("whole-body-row", "warning",
                                 "pseudo-row '-' stands for the whole body but no single "
                                 "unreferenced table describes it; read as a free-form object",
                                 section=api.number, loc=whole[0].loc)
                    whole[0].type = TypeRef("object", raw=whole[0].raw_type)
            for name, m in body.models.items():
                if not _referenced_anywhere(name, bodies):
                    findings.add("model-unreferenced", "warning",
                                     f"model table '{name}' is not referenced by any field",
                                     section=api.number, loc=m.loc)


def _referenced_anywhere(name: str, bodies: list[Body]) -> bool:
    for body in bodies:
        for f in list(body.fields) + [f for m in body.models.values() for f in m.fields]:
            t = f.type
            while t is not None:
                if t.kind == "ref" and t.name == name:
                    return True
                t = t.items or t.values
    return False


def _resolve_type(f: Field, t: TypeRef, scope: dict, api: ApiSection, findings: Findings,
                  referenced: set[str]) -> None:
    if t.kind in ("array", "map"):
        inner = t.items if t.kind == "array" else t.values
        if inner is not None:
            if inner.kind == "object" and f.name in scope:
                # `Array of objects` described by a table titled after the field (bullet style).
                inner.kind, inner.name = "ref", f.name
            _resolve_type(f, inner, scope, api, findings, referenced)
        return
    if t.kind == "object" and f.name in scope and f.name:
        t.kind, t.name = "ref", f.name
    if t.kind != "ref":
        return
    if t.name in scope:
        referenced.add(t.name)
        return
    near = [n for n in scope if edit_distance(n.lower(), (t.name or "").lower()) <= 2]
    if len(near) == 1:
        findings.add("model-reference-dangling", "warning",
                     f"'{f.name}' refers to model '{t.name}', which has no table; resolved to "
                     f"'{near[0]}', the one table of that side a small typo away",
                     section=api.number, loc=f.loc)
        t.name = near[0]
        referenced.add(near[0])
        return
    findings.add("model-reference-dangling", "error",
                 f"'{f.name}' refers to model '{t.name}', which has no table in this section; "
                 "read as a free-form object", section=api.number, loc=f.loc)
    t.kind, t.name = "object", None
