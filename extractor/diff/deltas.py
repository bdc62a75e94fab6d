"""Schema Deltas -> Changes: pick the rule id for where a delta sits and word its message.

A delta at the root of a body or parameter takes the area's rule (`request-body-*`,
`response-body-*`, `request-parameter-*`); a delta inside one, the field rule
(`request-property-*`, `response-property-*`). Deltas no rule tracks (say, a response
field's maxLength) are not reported.
"""
from __future__ import annotations

from .model import Change, OperationRef
from .rules import RULES
from .schemas import Delta

SUFFIX = {
    "type-changed": "type changed from {before} to {after}",
    "enum-value-removed": "enum values removed: {before}",
    "enum-value-added": "enum values added: {after}",
    "enum-added": "now limited to the values {after}",
    "enum-removed": "no longer limited to the values {before}",
    "default-changed": "default changed from {before} to {after}",
    "removed": "removed",
    "added": "added",
    "added-required": "added, required",
    "became-required": "became required",
    "became-optional": "became optional",
    "became-nullable": "may now be null",
    "became-not-nullable": "no longer accepts null",
    "oneof-item-removed": "alternative {before} removed",
    "oneof-item-added": "alternative {after} added",
}
for _name, _kw in (("max-length", "maxLength"), ("min-length", "minLength"), ("max", "maximum"),
                   ("min", "minimum")):
    for _way in ("increased", "decreased"):
        SUFFIX[f"{_name}-{_way}"] = _kw + " changed from {before} to {after}"


def field_path(path: tuple[str, ...]) -> str:
    """("volumes", "[]", "name") -> "volumes[].name"."""
    out = ""
    for seg in path:
        out += seg if seg in ("[]", "{}") else (f".{seg}" if out else seg)
    return out


def show(v) -> str:
    """A value from a spec as text: strings quoted, lists comma-separated, None as 'none'."""
    if v is None:
        return "none"
    if isinstance(v, list):
        return ", ".join(show(x) if isinstance(x, list) else repr(x) if isinstance(x, str)
                         else str(x) for x in v)
    return repr(v) if isinstance(v, str) else str(v)


def delta_changes(deltas: list[Delta], *, root: str, direction: str, ref: OperationRef,
                  prefix: str, subject: str, **args) -> list[Change]:
    """Changes for the deltas of one body/parameter; `prefix` words where it is
    ("request body", "{where} parameter {name}", "response {status}") with `args`."""
    out = []
    for d in deltas:
        nested = bool(d.path)
        rule = f"{direction}-property-{d.kind}" if nested else f"{root}-{d.kind}"
        if rule not in RULES and not nested:
            rule = f"{direction}-property-{d.kind}"
        if rule not in RULES:
            continue
        fld = field_path(d.path)
        text = prefix
        if nested:
            text += ", field {field}" if root == "request-parameter" else " field {field}"
        typed = d.kind == "type-changed"
        values = {**args, **({"field": fld} if nested else {}),
                  "before": d.old if typed else show(d.old),
                  "after": d.new if typed else show(d.new)}
        out.append(Change(rule, f"{text}: {SUFFIX[d.kind]}",
                          tuple((k, str(v)) for k, v in values.items()), ref, d.pointer,
                          d.side, ".".join(x for x in (subject, fld) if x), d.old, d.new))
    return out
