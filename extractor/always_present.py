"""`x-always-present` on response schemas: the properties every example instance shows.

Runs on the finished document (overlays applied, examples checked). Each valid response
example (those left under `examples`) is walked against its media type's schema (through
`$ref`s, `allOf`, nested objects, array items and map values). Every object it reaches
is an instance of the schema node that describes it; a node with at least one instance
lists, sorted, the declared properties present in all of them. Where a response offers
several schemas (`anyOf`), an example belongs to the one built from its own section, else
to the only one whose properties hold all its keys. Nodes a request body or parameter
also reaches are left alone: there the list would make an optional input mandatory.
"""
from __future__ import annotations

from typing import Any

from .findings import Findings

ALWAYS = "x-always-present"
KIND = "always-present-from-examples"
REF_PREFIX = "#/components/schemas/"


class _Walker:
    def __init__(self, doc: dict) -> None:
        self.schemas: dict = (doc.get("components") or {}).get("schemas") or {}
        self.nodes: dict[int, dict] = {}               # id -> schema node with instances
        self.instances: dict[int, list[set[str]]] = {}

    def deref(self, schema: Any, seen: frozenset[str] = frozenset()) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            name = schema["$ref"].removeprefix(REF_PREFIX)
            if name in seen or name not in self.schemas:
                return None
            seen = seen | {name}
            schema = self.schemas[name]
        return schema

    def walk(self, schema: Any, value: Any) -> None:
        schema = self.deref(schema)
        if not isinstance(schema, dict) or value is None:
            return
        for part in schema.get("allOf") or []:
            self.walk(part, value)
        for key in ("anyOf", "oneOf"):
            alternatives = schema.get(key)
            if not alternatives:
                continue
            real = [a for a in alternatives
                    if not (isinstance(a, dict) and a.get("type") == "null")]
            if len(real) == 1:
                self.walk(real[0], value)
        props = schema.get("properties")
        if isinstance(value, dict) and (isinstance(props, dict) or _is(schema, "object")):
            props = props if isinstance(props, dict) else {}
            if props:
                self.nodes[id(schema)] = schema
                self.instances.setdefault(id(schema), []).append(set(value))
            extra = schema.get("additionalProperties")
            for k, v in value.items():
                if not isinstance(v, (dict, list)):
                    continue                # a scalar is no instance of an object schema
                if k in props:
                    self.walk(props[k], v)
                elif isinstance(extra, dict):
                    self.walk(extra, v)
        elif isinstance(value, list) and _is(schema, "array"):
            items = schema.get("items")
            for v in value:
                if isinstance(v, (dict, list)):
                    self.walk(items, v)

    def pick(self, alternatives: list, example: dict) -> Any:
        """The alternative of an `anyOf` a response example belongs to, or None."""
        value, section = example.get("value"), (example.get("x-source") or {}).get("section")
        own = [a for a in alternatives
               if ((self.deref(a) or {}).get("x-source") or {}).get("section") == section]
        if len(own) == 1:
            return own[0]
        if not isinstance(value, dict):
            return None
        fits = [a for a in alternatives
                if set(value) <= set((self.deref(a) or {}).get("properties") or {})]
        return fits[0] if len(fits) == 1 else None


def _is(schema: dict, kind: str) -> bool:
    """Whether ``schema``'s type is ``kind`` (OAS 3.1 also spells it [kind, "null"])."""
    t = schema.get("type")
    return t == kind or (isinstance(t, list) and kind in t)


def _reached(node: Any, schemas: dict, out: set[int], seen: set[str]) -> None:
    """Every schema node (by id) reachable from ``node``, through `$ref`s."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            name = ref.removeprefix(REF_PREFIX)
            if name not in seen and name in schemas:
                seen.add(name)
                _reached(schemas[name], schemas, out, seen)
        out.add(id(node))
        for v in node.values():
            if isinstance(v, (dict, list)):       # (nothing to add for a scalar)
                _reached(v, schemas, out, seen)
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, (dict, list)):
                _reached(v, schemas, out, seen)


def _operations(doc: dict):
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                yield item, op


def request_side(doc: dict) -> set[int]:
    """Ids of the schema nodes request bodies and parameters reach."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    out: set[int] = set()
    seen: set[str] = set()
    for item, op in _operations(doc):
        for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            if isinstance(param, dict):
                _reached(param.get("schema"), schemas, out, seen)
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            if isinstance(media, dict):
                _reached(media.get("schema"), schemas, out, seen)
    return out


def add_always_present(doc: dict, findings: Findings) -> int:
    """Mark the response schemas of ``doc`` in place; the number of schemas marked."""
    walker = _Walker(doc)
    for _, op in _operations(doc):
        for response in (op.get("responses") or {}).values():
            for media in ((response or {}).get("content") or {}).values():
                schema = media.get("schema") if isinstance(media, dict) else None
                if schema is None:
                    continue
                for example in (media.get("examples") or {}).values():
                    if not isinstance(example, dict) or "value" not in example:
                        continue
                    target = schema
                    if isinstance(schema.get("anyOf"), list) and len(schema["anyOf"]) > 1:
                        target = walker.pick(schema["anyOf"], example)
                    walker.walk(target, example["value"])
    skip = request_side(doc)
    marked = 0
    for key, node in walker.nodes.items():
        if key in skip:
            continue
        seen = walker.instances[key]
        always = sorted(p for p in node["properties"] if all(p in keys for keys in seen))
        if always:
            node[ALWAYS] = always
            marked += 1
    if marked:
        findings.add(KIND, "info",
                     f"{marked} response schemas list in {ALWAYS} the properties that every "
                     "instance in the manual's response examples shows; generated clients "
                     "type those as always present (schemas a request also uses are left out)",
                     section=None, loc=None)
    return marked
