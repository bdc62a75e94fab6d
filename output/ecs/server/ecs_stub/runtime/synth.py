"""Synthesize a value from a JSON schema, for mock responses without a usable example.

The value prefers what the schema itself offers (``example``, ``enum``, ``default``)
and otherwise the simplest value of the declared type that meets its bounds.
``full`` also fills optional properties (to a limited depth) for a richer mock;
callers validate the result and retry with ``full=False`` if it does not fit.
"""
from __future__ import annotations

import copy

from .spec import lookup, ref_pointer

FULL_DEPTH = 6
MAX_DEPTH = 24
FORMATS = {
    "date-time": "2025-01-01T00:00:00Z", "date": "2025-01-01", "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000", "email": "user@example.com",
    "uri": "https://example.com/", "url": "https://example.com/", "hostname": "example.com",
    "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "byte": "c3RyaW5n", "password": "string",
}


def synthesize(doc: dict, schema: object, *, full: bool = True) -> object:
    """A value for ``schema`` (whose references resolve in ``doc``)."""
    return _value(doc, schema, 0, full, ())


def _type(schema: dict) -> str | None:
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), "null" if t else None)
    if isinstance(t, str):
        return t
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _value(doc: dict, schema: object, depth: int, full: bool, refs: tuple) -> object:
    if not isinstance(schema, dict):
        return "string" if schema is not False else None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref_pointer(ref) is not None:
        if ref in refs or depth > MAX_DEPTH:
            return _minimal(schema)
        try:
            target = lookup(doc, ref_pointer(ref))
        except (KeyError, IndexError, ValueError, TypeError):
            return "string"
        return _value(doc, target, depth, full, refs + (ref,))
    for key in ("const", "example"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return copy.deepcopy(schema["examples"][0])
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return copy.deepcopy(next((v for v in schema["enum"] if v is not None), None))
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        return _all_of(doc, schema, depth, full, refs)
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return _value(doc, schema[key][0], depth, full, refs)
    kind = _type(schema)
    if kind == "object":
        return _object(doc, schema, depth, full, refs)
    if kind == "array":
        return _array(doc, schema, depth, full, refs)
    if kind in ("integer", "number"):
        return _number(schema, kind)
    if kind == "boolean":
        return True
    if kind == "null" or (kind is None and schema.get("nullable")):
        return None
    return _string(schema)


def _minimal(schema: dict) -> object:
    return {"object": {}, "array": [], "integer": 0, "number": 0, "boolean": True,
            "null": None}.get(_type(schema) or "", "string")


def _all_of(doc, schema, depth, full, refs):
    parts = [_value(doc, part, depth, full, refs) for part in schema["allOf"]]
    own = {k: v for k, v in schema.items() if k != "allOf"}
    if _type(own) == "object":
        parts.append(_object(doc, own, depth, full, refs))
    if parts and all(isinstance(p, dict) for p in parts):
        merged: dict = {}
        for p in parts:
            merged.update(p)
        return merged
    return next((p for p in parts if p is not None), None)


def _object(doc, schema, depth, full, refs):
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    required = [r for r in schema.get("required", []) if isinstance(r, str)] \
        if isinstance(schema.get("required"), list) else []
    out = {}
    for name, sub in props.items():
        if name in required or (full and depth < FULL_DEPTH and not _cyclic(sub, refs)):
            out[name] = _value(doc, sub, depth + 1, full, refs)
    extra = schema.get("additionalProperties")
    for name in required:
        if name not in out:
            out[name] = _value(doc, extra if isinstance(extra, dict) else {}, depth + 1, full, refs)
    minimum = schema.get("minProperties")
    n = 1
    while isinstance(minimum, int) and len(out) < minimum:
        out[f"key{n}"] = _value(doc, extra if isinstance(extra, dict) else {}, depth + 1, full, refs)
        n += 1
    return out


def _cyclic(sub: object, refs: tuple) -> bool:
    return isinstance(sub, dict) and sub.get("$ref") in refs


def _array(doc, schema, depth, full, refs):
    items = schema.get("items", {})
    low = schema.get("minItems") if isinstance(schema.get("minItems"), int) else 0
    n = max(low, 1 if full and depth < FULL_DEPTH and not _cyclic(items, refs) else 0)
    if isinstance(schema.get("maxItems"), int):
        n = min(n, schema["maxItems"])
    if isinstance(items, list):  # tuple form
        return [_value(doc, s, depth + 1, full, refs) for s in items[:max(n, len(items))]]
    value = [_value(doc, items, depth + 1, full, refs) for _ in range(n)]
    if schema.get("uniqueItems") and n > 1 and isinstance(value[0], str):
        value = [f"{v}{i}" for i, v in enumerate(value)]
    return value


def _number(schema: dict, kind: str):
    low, high = schema.get("minimum"), schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    step = 1 if kind == "integer" else 0.5
    if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        low = ex_low + step  # 3.1: a number
    elif ex_low is True and isinstance(low, (int, float)):
        low = low + step
    if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        high = ex_high - step
    elif ex_high is True and isinstance(high, (int, float)):
        high = high - step
    if isinstance(low, (int, float)):
        value = low
    elif isinstance(high, (int, float)) and high < 0:
        value = high
    else:
        value = 0
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0 and value % multiple:
        value = (value // multiple + 1) * multiple
    if kind == "integer":
        value = int(value) if float(value).is_integer() else int(value) + 1
    return value


def _string(schema: dict) -> str:
    text = FORMATS.get(str(schema.get("format")), "string")
    low = schema.get("minLength") if isinstance(schema.get("minLength"), int) else 0
    high = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
    if len(text) < low:
        text += "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text
