"""Stored values projected onto a response schema: what fits is kept, what can be
converted is converted (10 -> "10", "true" -> True), what is missing or does not fit
is synthesized (deterministically, from the item's id)."""
from __future__ import annotations

import copy

from .synth import (resolve, scalar_leaf, schema_type, synthesize, synthesize_salted,
                    vocabulary)
from .values import fits, scalar_for

MISSING = object()
FIXED_LIMIT = 4096
OMIT = "_omit"  # a record's list of optional fields its answers leave out


class Projector:
    """Renders stored items through the schemas of one document."""

    def __init__(self, doc: dict, seed: int = 0):
        self.doc = doc
        self.seed = seed
        self.vocab = vocabulary(doc)
        self._resolved: dict[int, tuple[object, object]] = {}
        self._props: dict[int, tuple[dict, dict]] = {}
        # values that do not depend on the item, by (schema node, name, kind)
        # ("same", "copy"), the scalar schemas of values that do ("leaf"), other values
        # that do ("made")
        self._fixed: dict[tuple[int, str, str], tuple[object, str, object]] = {}

    def resolve(self, schema: object) -> object:
        """``synth.resolve``, cached by the schema node's identity (nodes of the document)."""
        hit = self._resolved.get(id(schema))
        if hit is None or hit[0] is not schema:
            hit = self._resolved[id(schema)] = (schema, resolve(self.doc, schema))
        return hit[1]

    def item(self, schema: dict, record: dict, salt: str, kind: str = "") -> dict:
        """An item object for ``schema`` from ``record`` (an item of resource ``kind``);
        missing fields synthesized and stored in ``record`` so that later answers agree."""
        schema = self.resolve(schema)
        out = {}
        omit = record.get(OMIT) or ()
        for name, sub in self.properties(schema).items():
            if name in omit:
                continue
            value = self.value(sub, record[name]) if name in record else MISSING
            if value is MISSING:
                value = self.fresh(sub, name, salt, kind)
                if name not in record:
                    record[name] = value
            out[name] = value
        return out

    def fill(self, schema: dict, record: dict, salt: str, kind: str = "") -> None:
        """Give ``record`` a value for every field of ``schema`` it lacks."""
        for name, sub in self.properties(self.resolve(schema)).items():
            if name not in record:
                record[name] = self.fresh(sub, name, salt, kind)

    def fresh(self, schema: object, name: str, salt: str, kind: str = "") -> object:
        """A synthesized value for a field (``synthesize``'s): one that does not depend
        on the item (``salt``) is made once and copied; a plain scalar is made directly."""
        key = (id(schema), name, kind)
        hit = self._fixed.get(key)
        if hit is not None and hit[0] is schema:
            if hit[1] == "leaf":
                return scalar_for(hit[2], name, salt, self.vocab, self.seed, kind)
            if hit[1] == "made":  # depends on the item, and is more than a scalar
                return synthesize(self.doc, schema, full=True, seed=self.seed, salt=salt,
                                  name=name, parent=kind)
            return copy.deepcopy(hit[2]) if hit[1] == "copy" else hit[2]
        value, salted = synthesize_salted(self.doc, schema, full=True, seed=self.seed,
                                          salt=salt, name=name, parent=kind)
        if len(self._fixed) >= FIXED_LIMIT:  # schemas made on the fly
            return value
        if not salted:
            how = "copy" if isinstance(value, (dict, list)) else "same"
            self._fixed[key] = (schema, how, value)
            return copy.deepcopy(value) if how == "copy" else value
        leaf = scalar_leaf(self.doc, schema)
        self._fixed[key] = (schema, "leaf", leaf) if leaf is not None else (schema, "made", None)
        return value

    def properties(self, schema: dict) -> dict[str, object]:
        hit = self._props.get(id(schema))
        if hit is not None and hit[0] is schema:
            return hit[1]
        out: dict[str, object] = {}
        for part in schema.get("allOf") or []:
            out.update(self.properties(self.resolve(part)))
        props = schema.get("properties")
        if isinstance(props, dict):
            out.update(props)
        self._props[id(schema)] = (schema, out)
        return out

    def value(self, schema: object, value: object, depth: int = 0) -> object:
        """``value`` made to fit ``schema``, or MISSING."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 24:
            return value
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                for option in schema[key]:
                    got = self.value(option, value, depth + 1)
                    if got is not MISSING:
                        return got
                return MISSING
        kind = schema_type(schema)
        if kind == "object" or (kind is None and isinstance(value, dict)):
            return self._object(schema, value, depth)
        if kind == "array":
            if not isinstance(value, list):
                return MISSING
            items = schema.get("items", {})
            out = [self.value(items, v, depth + 1) for v in value]
            return [v for v in out if v is not MISSING]
        if value is None:
            return None if schema.get("nullable") or kind in (None, "null") else MISSING
        if fits(schema, value):
            return value
        converted = convert(kind, value)
        return converted if converted is not MISSING and fits(schema, converted) else MISSING

    def _object(self, schema: dict, value: object, depth: int) -> object:
        if not isinstance(value, dict):
            return MISSING
        props = self.properties(schema)
        extra = schema.get("additionalProperties", True)
        out = {}
        for name, item in value.items():
            if name in props:
                got = self.value(props[name], item, depth + 1)
            elif extra is False:
                continue
            elif isinstance(extra, dict):
                got = self.value(extra, item, depth + 1)
            else:
                got = item
            if got is not MISSING:
                out[name] = got
        for name in schema.get("required") or []:
            if name not in out:
                if name not in props:
                    return MISSING
                out[name] = synthesize(self.doc, props[name], full=False, seed=self.seed,
                                       name=name)
        return out


def convert(kind: object, value: object) -> object:
    """A scalar converted to ``kind`` where the conversion is lossless, else MISSING."""
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "string" and isinstance(value, bool):
        return "true" if value else "false"
    if kind == "integer" and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "number" and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return MISSING
    if kind == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return MISSING
