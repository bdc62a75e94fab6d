"""Places in an OpenAPI document: what kind of object sits at a location, and its JSONPath.

A location is a tuple of keys and indices from the root (as jsonpath-rfc9535 reports it).
`x-overlay` may only be written on an object that allows specification extensions (a
Schema, an Operation, a Parameter, ...), never into a map of names (`properties`,
`components/schemas`), a list, or example data; `host` finds the nearest such object.
"""
from __future__ import annotations

import re

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
SCHEMA_LISTS = {"allOf", "oneOf", "anyOf", "prefixItems"}
SCHEMA_ONE = {"items", "additionalProperties", "not", "if", "then", "else", "contains",
              "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems"}
COMPONENT_MAPS = {"schemas": "schema", "responses": "response", "parameters": "parameter",
                  "examples": "example", "requestBodies": "body", "headers": "parameter",
                  "securitySchemes": "object", "links": "object", "callbacks": "map:pathitem",
                  "pathItems": "pathitem"}
# the kinds reached from each object kind by a key (None: anything else is plain data)
CHILDREN: dict[str, dict[str, str]] = {
    "root": {"paths": "paths", "components": "components", "info": "object",
             "externalDocs": "object", "tags": "list:object", "servers": "list:object",
             "webhooks": "map:pathitem"},
    "pathitem": {"parameters": "list:parameter", "servers": "list:object",
                 **{m: "operation" for m in METHODS}},
    "operation": {"parameters": "list:parameter", "requestBody": "body",
                  "responses": "responses", "callbacks": "map:map:pathitem",
                  "externalDocs": "object", "servers": "list:object"},
    "parameter": {"schema": "schema", "content": "map:media", "examples": "map:example"},
    "body": {"content": "map:media"},
    "response": {"headers": "map:parameter", "content": "map:media", "links": "map:object"},
    "media": {"schema": "schema", "examples": "map:example", "encoding": "map:object"},
    "components": {k: f"map:{v}" for k, v in COMPONENT_MAPS.items()},
    "schema": {**{k: "map:schema" for k in SCHEMA_MAPS}, **{k: "list:schema" for k in SCHEMA_LISTS},
               **{k: "schema" for k in SCHEMA_ONE}, "discriminator": "object",
               "xml": "object", "externalDocs": "object"},
}
HOSTS = set(CHILDREN) | {"paths", "responses", "example", "object"}


def child_kind(kind: str, key) -> str:
    """The kind of the value under `key` of a value of `kind`."""
    if kind.startswith(("map:", "list:")):
        return kind.split(":", 1)[1]
    if kind == "data" or (isinstance(key, str) and key.startswith("x-")):
        return "data"
    if kind == "paths":
        return "pathitem"
    if kind == "responses":
        return "response"
    return CHILDREN.get(kind, {}).get(key, "data")


def kind_at(location: tuple) -> str:
    kind = "root"
    for key in location:
        kind = child_kind(kind, key)
    return kind


def value_at(doc, location: tuple):
    node = doc
    for key in location:
        node = node[key]
    return node


def host(doc: dict, location: tuple, *, include_self: bool = True) -> tuple | None:
    """The location of the nearest object at or above `location` that may carry `x-overlay`."""
    end = len(location) if include_self else len(location) - 1
    for n in range(end, -1, -1):
        here = location[:n]
        try:
            value = value_at(doc, here)
        except (KeyError, IndexError, TypeError):
            continue
        if isinstance(value, dict) and kind_at(here) in HOSTS:
            return here
    return None


_SHORTHAND = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def jsonpath_of(location: tuple) -> str:
    """An RFC 9535 query selecting exactly `location` (dot notation where the name allows)."""
    out = ["$"]
    for key in location:
        if isinstance(key, int):
            out.append(f"[{key}]")
        elif _SHORTHAND.match(key):
            out.append(f".{key}")
        else:
            out.append("['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']")
    return "".join(out)
