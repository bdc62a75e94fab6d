"""Spectral-style checks of a built spec: each rule a small named check with a severity."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from .util import MISSING, json_pointer, pointer_target

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, eq=False)   # never compared
class Problem:
    rule: str
    severity: str
    where: str
    message: str

    def as_dict(self) -> dict:
        return {"kind": self.rule, "severity": self.severity, "section": None,
                "where": self.where, "message": self.message}


Rule = Callable[[dict], Iterator[tuple[str, str]]]
RULES: list[tuple[str, str, Rule]] = []


def rule(rule_id: str, severity: str):
    def deco(fn: Rule) -> Rule:
        RULES.append((rule_id, severity, fn))
        return fn
    return deco


def operations(doc: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def walk(node, where: str = "#") -> Iterator[tuple[str, object]]:
    yield where, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, where + json_pointer(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{where}/{i}")


def _types(node: dict) -> list:
    """A schema's type names: OAS 3.0 has one, OAS 3.1 may list several."""
    t = node.get("type")
    return t if isinstance(t, list) else [t]


@rule("operation-operationId", "error")
def _op_id(doc):
    for path, method, op in operations(doc):
        if not op.get("operationId"):
            yield f"{method.upper()} {path}", "operation has no operationId"


@rule("operation-operationId-unique", "error")
def _op_id_unique(doc):
    seen: dict[str, str] = {}
    for path, method, op in operations(doc):
        variants = op.get("x-variants")     # (the builder's extension; elsewhere anything)
        ids = [op.get("operationId")] + [
            v.get("operationId") for v in (variants if isinstance(variants, list) else [])
            if isinstance(v, dict) and v.get("operationId") != op.get("operationId")]
        for oid in ids:
            if not oid:
                continue
            where = f"{method.upper()} {path}"
            if oid in seen and seen[oid] != where:
                yield where, f"operationId '{oid}' is used by {seen[oid]} too"
            seen.setdefault(oid, where)


@rule("path-params", "error")
def _path_params(doc):
    for path, method, op in operations(doc):
        in_path = re.findall(r"\{([^}]+)\}", path)
        declared = [p["name"] for p in op.get("parameters", []) + doc["paths"][path].get(
            "parameters", []) if p.get("in") == "path"]
        for name in in_path:
            if name not in declared:
                yield f"{method.upper()} {path}", f"path parameter '{name}' is not declared"
        for name in declared:
            if name not in in_path:
                yield f"{method.upper()} {path}", f"declared path parameter '{name}' is not in the path"


@rule("oas3-valid-media-example", "warning")
def _examples(doc):
    for path, method, op in operations(doc):
        media = [("request", m) for m in op.get("requestBody", {}).get("content", {}).values()]
        media += [(s, m) for s, r in op.get("responses", {}).items()
                  for m in r.get("content", {}).values()]
        for where, m in media:
            for name, ex in m.get("examples", {}).items():
                if ex.get("x-valid") is False:
                    yield (f"{method.upper()} {path} {where} {name}",
                           "example does not validate against its schema" if "value" in ex
                           else "example is not readable JSON")


@rule("typed-enum", "warning")
def _typed_enum(doc):
    types = {"string": str, "integer": int, "number": (int, float), "boolean": bool}
    for where, node in walk(doc.get("components", {}), "#/components"):
        if not (isinstance(node, dict) and isinstance(node.get("enum"), list)):
            continue
        # OAS 3.0: one type name and `nullable`; OAS 3.1: a name or a list with "null"
        names = _types(node)
        checked = [n for n in names if n in types]
        if not checked:
            continue
        nullable = node.get("nullable") or "null" in names

        def fits(v, name):
            return isinstance(v, types[name]) and (name == "boolean" or not isinstance(v, bool))
        bad = [v for v in node["enum"] if not (v is None and nullable)
               and not any(fits(v, n) for n in checked)]
        if bad:
            yield where, f"enum values {bad} are not of type {'/'.join(checked)}"


@rule("duplicated-entry-in-enum", "warning")
def _dup_enum(doc):
    for where, node in walk(doc, "#"):
        if isinstance(node, dict) and isinstance(node.get("enum"), list):
            vals = [json.dumps(v, sort_keys=True) for v in node["enum"]]
            if len(vals) != len(set(vals)):
                yield where, "enum has duplicate values"


@rule("array-items", "error")
def _array_items(doc):
    for where, node in walk(doc, "#"):
        if isinstance(node, dict) and "array" in _types(node) and "items" not in node:
            yield where, "array schema has no items"


@rule("no-$ref-siblings", "error")
def _ref_siblings(doc):
    for where, node in walk(doc, "#"):
        if isinstance(node, dict) and "$ref" in node and len(node) > 1:
            yield where, f"$ref has siblings {sorted(k for k in node if k != '$ref')}"


# values that are data, not OpenAPI objects: a `$ref` member there is data too
DATA_KEYS = frozenset(("example", "default", "enum", "const"))
# maps of Example Objects, whose `value` is data (x-invalid-examples: the builder's own)
EXAMPLE_MAPS = frozenset(("examples", "x-invalid-examples"))


@rule("no-unresolved-refs", "error")
def _unresolved_refs(doc):
    """Every local `$ref` (`#/...`, a JSON pointer, percent-encoded or not) names a place
    in the document. Example values, defaults, enums and constants are data: a `$ref` in
    them is no reference. (Each distinct ref is resolved once.)"""
    found: list[tuple[tuple, object]] = []
    _references(doc, 0, [], found)
    bad = {r for r in {r for _, r in found if type(r) is str}
           if r.startswith("#") and not _resolves(doc, r)}
    for path, ref in found:
        if ref in bad:
            yield "#" + json_pointer(*path), f"$ref {ref!r} names nothing in the document"


def _references(node, kind: int, path: list, out: list) -> None:
    """(path, $ref value) into `out` for each object holding `$ref` outside data, the path
    a tuple of keys and indices. `kind`: 0 an OpenAPI object, 1 a map of Example Objects,
    2 an Example Object (its value is data). (`build` runs this: one tight walk, a path
    made only where a `$ref` is.)"""
    if type(node) is dict:
        if "$ref" in node:
            out.append((tuple(path), node["$ref"]))
        for k, v in node.items():
            t = type(v)
            if t is not dict and t is not list or k in DATA_KEYS or kind == 2 and k == "value":
                continue
            if k in EXAMPLE_MAPS:
                if t is list:           # JSON Schema's `examples`: values
                    continue
                sub = 1
            else:
                sub = 2 if kind == 1 else 0
            path.append(k)
            _references(v, sub, path, out)
            path.pop()
    else:
        for i, v in enumerate(node):
            t = type(v)
            if t is dict or t is list:
                path.append(i)
                _references(v, 0, path, out)
                path.pop()


def _resolves(doc, ref: str) -> bool:
    return pointer_target(doc, ref) is not MISSING


@rule("operation-success-response", "error")
def _success(doc):
    for path, method, op in operations(doc):
        if not any(str(s).startswith(("2", "3")) for s in op.get("responses", {})):
            yield f"{method.upper()} {path}", "operation has no 2xx or 3xx response"


@rule("operation-tags", "warning")
def _tags(doc):
    known = {t["name"] for t in doc.get("tags", [])}
    for path, method, op in operations(doc):
        if not op.get("tags"):
            yield f"{method.upper()} {path}", "operation has no tags"
        for t in op.get("tags", []):
            if t not in known:
                yield f"{method.upper()} {path}", f"tag '{t}' is not declared at the root"


@rule("operation-description", "warning")
def _description(doc):
    for path, method, op in operations(doc):
        if not op.get("description"):
            yield f"{method.upper()} {path}", "operation has no description"


@rule("info-description", "warning")
def _info(doc):
    if not doc.get("info", {}).get("description"):
        yield "#/info", "info has no description"


@rule("oas3-unused-component", "warning")
def _unused(doc):
    text = json.dumps({k: v for k, v in doc.items() if k != "components"})
    comps = doc.get("components", {}).get("schemas", {})
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', text))
    # follow references between components
    frontier = list(refs)
    while frontier:
        name = frontier.pop()
        for r in re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(comps.get(name, {}))):
            if r not in refs:
                refs.add(r)
                frontier.append(r)
    for name in comps:
        if name not in refs:
            yield f"#/components/schemas/{name}", "component schema is never referenced"


@rule("oas3-server-trailing-slash", "warning")
def _servers(doc):
    for s in doc.get("servers", []):
        if s.get("url", "").endswith("/"):
            yield "#/servers", f"server url '{s['url']}' ends with a slash"


def lint_spec(doc: dict) -> list[Problem]:
    """Run every rule over a spec, the OpenAPI schema first (`oas3-schema`). On a spec that
    breaks the schema, a rule that cannot read what it checks is skipped with a note
    (`lint-rule-skipped`) instead of stopping the run; on a valid one that is a bug."""
    from .spec_schema import schema_errors
    out = [Problem("oas3-schema", "error", "#" + json_pointer(*path), message)
           for path, message in schema_errors(doc)]
    breaks_schema = bool(out)
    for rule_id, severity, fn in RULES:
        try:
            found = list(fn(doc))
        except (AttributeError, KeyError, TypeError, IndexError, ValueError) as exc:
            if not breaks_schema:
                raise
            out.append(Problem("lint-rule-skipped", "info", "#",
                               f"the rule {rule_id} could not read this spec, which breaks the "
                               f"OpenAPI schema ({type(exc).__name__}: {exc})"))
            continue
        out += [Problem(rule_id, severity, where, message) for where, message in found]
    return out
