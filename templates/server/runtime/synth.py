"""Synthesize a realistic value from a JSON schema, for mock responses and created items.

The value prefers what the schema itself offers (``const``, ``example``, ``enum``
(its first value), ``default``); otherwise, by the property's name, format and
description (see ``values.py``): a UUID for ``*_id``, an ISO timestamp for
``*_at``/``*_time``, a value the document's own examples show for a key of that
name, a number within the range the description states. Deterministic: the same
document, seed and ``salt`` give the same value. ``full`` also fills optional
properties (to a limited depth); callers validate the result and retry with
``full=False`` if it does not fit.
"""
from __future__ import annotations

import copy

from .spec import lookup, ref_pointer
from .values import Key, Vocabulary, scalar_for, singular

FULL_DEPTH = 6
MAX_DEPTH = 24
_VOCABULARIES: dict[int, tuple[dict, Vocabulary]] = {}


def vocabulary(doc: dict) -> Vocabulary:
    """The document's example values by key, computed once per document."""
    cached = _VOCABULARIES.get(id(doc))
    if cached is None or cached[0] is not doc:
        cached = _VOCABULARIES[id(doc)] = (doc, Vocabulary(doc))
    return cached[1]


def synthesize(doc: dict, schema: object, *, full: bool = True, seed: int = 0,
               salt: str = "", name: str = "", parent: str = "") -> object:
    """A value for ``schema`` (whose references resolve in ``doc``); ``name`` is the
    property it is for (of an object named ``parent``), ``salt`` tells apart values of
    the same schema (an item id)."""
    return synthesize_salted(doc, schema, full=full, seed=seed, salt=salt, name=name,
                             parent=parent)[0]


def synthesize_salted(doc: dict, schema: object, *, full: bool = True, seed: int = 0,
                      salt: str = "", name: str = "", parent: str = "") -> tuple[object, bool]:
    """``synthesize``'s value, and whether the salt mattered (if not, the value is the
    same for every salt)."""
    ctx = _Context(doc, vocabulary(doc), full, seed)
    value = ctx.value(schema, 0, (), name, salt, parent)
    return value, ctx.salted


def scalar_leaf(doc: dict, schema: object) -> dict | None:
    """The schema ``synthesize`` would make a plain scalar from (through ``$ref``s),
    or None where it does anything else (a fixed value, parts, an object, an array)."""
    refs: tuple = ()
    while True:
        if not isinstance(schema, dict):
            return None if schema is False else {}
        ref = schema.get("$ref")
        if not (isinstance(ref, str) and ref_pointer(ref) is not None):
            break
        if ref in refs:
            return None
        try:
            schema = lookup(doc, ref_pointer(ref))
        except (KeyError, IndexError, ValueError, TypeError):
            return {}
        refs += (ref,)
    if "const" in schema or "example" in schema or "default" in schema:
        return None
    if any(isinstance(schema.get(k), list) and schema[k]
           for k in ("examples", "enum", "allOf", "oneOf", "anyOf")):
        return None
    kind = schema_type(schema)
    if kind in ("object", "array", "null") or (kind is None and schema.get("nullable")):
        return None
    return schema


def resolve(doc: dict, schema: object) -> object:
    """``schema`` with a top-level ``$ref`` chain (and single-entry ``allOf``) followed."""
    for _ in range(32):
        if not isinstance(schema, dict):
            return schema
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref_pointer(ref) is not None:
            try:
                schema = lookup(doc, ref_pointer(ref))
            except (KeyError, IndexError, ValueError, TypeError):
                return {}
            continue
        parts = schema.get("allOf")
        if isinstance(parts, list) and len(parts) == 1 and not schema.get("properties"):
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            inner = resolve(doc, parts[0])
            if isinstance(inner, dict):
                schema = {**inner, **{k: v for k, v in merged.items() if k != "description"}}
                schema.setdefault("description", merged.get("description"))
                continue
        return schema
    return schema


def schema_type(schema: dict) -> str | None:
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


class _Context:
    def __init__(self, doc: dict, vocab: Vocabulary, full: bool, seed: int):
        self.doc, self.vocab, self.full, self.seed = doc, vocab, full, seed
        self.salted = False

    def scalar(self, schema: dict, name: str, salt: str, parent: str) -> object:
        key = Key(self.seed, salt, name)
        value = scalar_for(schema, name, salt, self.vocab, self.seed, parent, key)
        self.salted = self.salted or key.used
        return value

    def value(self, schema: object, depth: int, refs: tuple, name: str, salt: str,
              parent: str = "") -> object:
        if not isinstance(schema, dict):
            if schema is False:
                return None
            return self.scalar({}, name, salt, parent)
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref_pointer(ref) is not None:
            if ref in refs or depth > MAX_DEPTH:
                return _minimal(schema)
            try:
                target = lookup(self.doc, ref_pointer(ref))
            except (KeyError, IndexError, ValueError, TypeError):
                return self.scalar({}, name, salt, parent)
            return self.value(target, depth, refs + (ref,), name, salt, parent)
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
            return self._all_of(schema, depth, refs, name, salt, parent)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self.value(schema[key][0], depth, refs, name, salt, parent)
        kind = schema_type(schema)
        if kind == "object":
            return self._object(schema, depth, refs, salt, singular(name))
        if kind == "array":
            return self._array(schema, depth, refs, name, salt)
        if kind == "null" or (kind is None and schema.get("nullable")):
            return None
        return self.scalar(schema, name, salt, parent)

    def _all_of(self, schema, depth, refs, name, salt, parent):
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if len(schema["allOf"]) == 1 and schema_type(own) != "object":
            inner = resolve(self.doc, schema["allOf"][0])
            if isinstance(inner, dict) and schema_type(inner) not in ("object", "array"):
                merged = {**inner, "description": own.get("description") or inner.get("description")}
                return self.value(merged, depth, refs, name, salt, parent)
        parts = [self.value(part, depth, refs, name, salt, parent) for part in schema["allOf"]]
        if schema_type(own) == "object":
            parts.append(self._object(own, depth, refs, salt, singular(name)))
        if parts and all(isinstance(p, dict) for p in parts):
            merged: dict = {}
            for p in parts:
                merged.update(p)
            return merged
        return next((p for p in parts if p is not None), None)

    def _object(self, schema, depth, refs, salt, me):
        props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        required = [r for r in schema.get("required", []) if isinstance(r, str)] \
            if isinstance(schema.get("required"), list) else []
        out = {}
        for key, sub in props.items():
            if key in required or (self.full and depth < FULL_DEPTH and not _cyclic(sub, refs)):
                out[key] = self.value(sub, depth + 1, refs, key, salt, me)
        extra = schema.get("additionalProperties")
        extra = extra if isinstance(extra, dict) else {}
        for key in required:
            if key not in out:
                out[key] = self.value(extra, depth + 1, refs, key, salt, me)
        minimum = schema.get("minProperties")
        n = 1
        while isinstance(minimum, int) and len(out) < minimum:
            out[f"key{n}"] = self.value(extra, depth + 1, refs, f"key{n}", salt)
            n += 1
        return out

    def _array(self, schema, depth, refs, name, salt):
        items = schema.get("items", {})
        low = schema.get("minItems") if isinstance(schema.get("minItems"), int) else 0
        n = max(low, 1 if self.full and depth < FULL_DEPTH and not _cyclic(items, refs) else 0)
        if isinstance(schema.get("maxItems"), int):
            n = min(n, schema["maxItems"])
        item_name = singular(name)
        if isinstance(items, list):  # tuple form
            return [self.value(s, depth + 1, refs, item_name, f"{salt}/{i}")
                    for i, s in enumerate(items[:max(n, len(items))])]
        value = [self.value(items, depth + 1, refs, item_name, f"{salt}/{i}") for i in range(n)]
        if schema.get("uniqueItems") and n > 1 and isinstance(value[0], str):
            value = [f"{v}{i}" for i, v in enumerate(value)]
        return value


def _minimal(schema: dict) -> object:
    return {"object": {}, "array": [], "integer": 1, "number": 1, "boolean": False,
            "null": None}.get(schema_type(schema) or "", "")


def _cyclic(sub: object, refs: tuple) -> bool:
    return isinstance(sub, dict) and sub.get("$ref") in refs
