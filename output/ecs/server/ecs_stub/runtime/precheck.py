"""A fast validity check of values against a document's schemas.

``Precheck.at(pointer)`` compiles the schema at a JSON pointer once into a plain
function that answers exactly what the OpenAPI validator (``schemas.py``) answers,
valid or not, for the keywords it covers: ``type`` (with 3.0's ``nullable``),
``enum``, ``properties``, ``required`` (3.0: a missing readOnly/writeOnly property is
allowed, as the validator allows it), ``additionalProperties``, ``items``, the size
and bound keywords, ``pattern``, ``multipleOf``, ``allOf``/``anyOf``/``oneOf``/``not``
``$ref`` (with its siblings) and ``discriminator``. Annotations (``description``, ``example``,
``format`` -- not asserted by the validator either, ``x-...``) are ignored. A schema
reaching any other keyword (``uniqueItems``, ``patternProperties``, ...) gets no function
(None): the validator decides. The validator also gives the reason of a failure, so
the check only spares it the valid requests.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .spec import lookup, ref_pointer

Check = Callable[[object], bool]
ANNOTATIONS = {"description", "title", "example", "examples", "default", "format",
               "deprecated", "externalDocs", "xml", "readOnly", "writeOnly", "$comment"}
SIZES = {"minLength": (str, False), "maxLength": (str, True), "minItems": (list, False),
         "maxItems": (list, True), "minProperties": (dict, False),
         "maxProperties": (dict, True)}


class Unsupported(Exception):
    """The schema uses a keyword the check does not cover."""


def _always(_value: object) -> bool:
    return True


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _type_test(name: object, v31: bool) -> Check:
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "number":
        return _is_number
    if name == "integer":
        if v31:
            return lambda v: _is_number(v) and (isinstance(v, int) or v.is_integer())
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "object":
        return lambda v: isinstance(v, dict)
    if name == "null" and v31:
        return lambda v: v is None
    raise Unsupported(f"type {name!r}")


def _unbool(v: object) -> object:
    return ("bool", v) if isinstance(v, bool) else v


def equal(a: object, b: object) -> bool:
    """jsonschema's equality: booleans are not numbers, 1 == 1.0, deep for containers."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)
    return _unbool(a) == _unbool(b)


class Precheck:
    """Compiled checks for the schemas of one document, by pointer."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.v31 = str(doc.get("openapi", "3.0")).startswith("3.1")
        self._refs: dict[str, list[Check]] = {}
        self._at: dict[str, Check | None] = {}

    def at(self, ptr: str) -> Check | None:
        """The check of the schema at ``ptr`` (percent-decoded), or None."""
        if ptr in self._at:
            return self._at[ptr]
        saved = dict(self._refs)
        try:
            check = self._ref(ptr)
        except (Unsupported, KeyError, IndexError, TypeError, ValueError, re.error,
                RecursionError):
            self._refs = saved  # drop what the failed attempt half built
            check = None
        self._at[ptr] = check
        return check

    def _ref(self, ptr: str) -> Check:
        cell = self._refs.get(ptr)
        if cell is None:
            cell = self._refs[ptr] = []
            cell.append(self.compile(lookup(self.doc, ptr)))
        if cell:
            return cell[0]
        return lambda v: cell[0](v)  # a reference cycle: the cell is filled by then

    def compile(self, schema: object) -> Check:
        if schema is True or schema == {}:
            return _always
        if schema is False and self.v31:
            return lambda v: False
        if not isinstance(schema, dict):
            raise Unsupported("not a schema")
        checks: list[Check] = []
        for key, value in schema.items():
            if key in ANNOTATIONS or key.startswith("x-") or \
                    (key == "nullable" and not self.v31):
                continue
            name = "ref" if key == "$ref" else key
            make = getattr(self, "_k_" + name, None) \
                if key == "$ref" or (key.isidentifier() and key != "ref") else None
            if make is None:
                raise Unsupported(key)
            check = make(value, schema)
            if check is not None:
                checks.append(check)
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(c(v) for c in checks)

    # -- keywords: each returns a check, or None when it asserts nothing -------------------
    def _k_ref(self, ref: object, _schema: dict) -> Check:
        target = ref_pointer(ref) if isinstance(ref, str) else None
        if target is None:
            raise Unsupported("$ref")
        return self._ref(target)

    def _k_type(self, name: object, schema: dict) -> Check:
        if self.v31 and isinstance(name, list):
            tests = [_type_test(n, True) for n in name]
            return lambda v: any(t(v) for t in tests)
        test = _type_test(name, self.v31)
        if self.v31:
            return test
        nullable = schema.get("nullable") is True
        return lambda v: nullable if v is None else test(v)

    def _k_enum(self, values: object, _schema: dict) -> Check:
        if not isinstance(values, list):
            raise Unsupported("enum")
        return lambda v: any(equal(v, e) for e in values)

    def _k_properties(self, props: object, _schema: dict) -> Check:
        if not isinstance(props, dict):
            raise Unsupported("properties")
        checks = [(name, self.compile(sub)) for name, sub in props.items()]

        def check(v: object) -> bool:
            return not isinstance(v, dict) or \
                all(c(v[name]) for name, c in checks if name in v)
        return check

    def _k_required(self, names: object, schema: dict) -> Check:
        if not isinstance(names, list):
            raise Unsupported("required")
        props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        if not self.v31:  # the OpenAPI 3.0 validator lets these be missing
            names = [n for n in names if not (isinstance(props.get(n), dict) and props[n] and (
                props[n].get("readOnly") or props[n].get("writeOnly")))]
        return lambda v: not isinstance(v, dict) or all(n in v for n in names)

    def _k_additionalProperties(self, extra: object, schema: dict) -> Check | None:
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        if extra is True:
            return None
        known = set(schema.get("properties") or {})
        if extra is False:
            return lambda v: not isinstance(v, dict) or all(k in known for k in v)
        check = self.compile(extra)
        return lambda v: not isinstance(v, dict) or \
            all(check(x) for k, x in v.items() if k not in known)

    def _k_items(self, items: object, _schema: dict) -> Check:
        if not isinstance(items, dict) and not (self.v31 and isinstance(items, bool)):
            raise Unsupported("items")
        check = self.compile(items)
        return lambda v: not isinstance(v, list) or all(check(x) for x in v)

    def _size(self, key: str, limit: object) -> Check:
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise Unsupported(key)
        kind, is_max = SIZES[key]
        if is_max:
            return lambda v: not isinstance(v, kind) or len(v) <= limit
        return lambda v: not isinstance(v, kind) or len(v) >= limit

    def _k_minLength(self, limit, _schema):
        return self._size("minLength", limit)

    def _k_maxLength(self, limit, _schema):
        return self._size("maxLength", limit)

    def _k_minItems(self, limit, _schema):
        return self._size("minItems", limit)

    def _k_maxItems(self, limit, _schema):
        return self._size("maxItems", limit)

    def _k_minProperties(self, limit, _schema):
        return self._size("minProperties", limit)

    def _k_maxProperties(self, limit, _schema):
        return self._size("maxProperties", limit)

    def _k_pattern(self, pattern: object, _schema: dict) -> Check:
        if not isinstance(pattern, str):
            raise Unsupported("pattern")
        search = re.compile(pattern).search
        return lambda v: not isinstance(v, str) or search(v) is not None

    def _bound(self, limit: object, schema: dict, low: bool) -> Check:
        if not _is_number(limit):
            raise Unsupported("bound")
        exclusive = schema.get("exclusiveMinimum" if low else "exclusiveMaximum", False)
        if self.v31:
            exclusive = False
        elif not isinstance(exclusive, bool):
            raise Unsupported("exclusive bound")
        if low:
            if exclusive:
                return lambda v: not _is_number(v) or v > limit
            return lambda v: not _is_number(v) or v >= limit
        if exclusive:
            return lambda v: not _is_number(v) or v < limit
        return lambda v: not _is_number(v) or v <= limit

    def _k_minimum(self, limit, schema):
        return self._bound(limit, schema, True)

    def _k_maximum(self, limit, schema):
        return self._bound(limit, schema, False)

    def _exclusive(self, limit: object, low: bool) -> Check | None:
        if not self.v31:  # 3.0: a boolean, read by minimum/maximum
            if not isinstance(limit, bool):
                raise Unsupported("exclusive bound")
            return None
        if not _is_number(limit):
            raise Unsupported("exclusive bound")
        if low:
            return lambda v: not _is_number(v) or v > limit
        return lambda v: not _is_number(v) or v < limit

    def _k_exclusiveMinimum(self, limit, _schema):
        return self._exclusive(limit, True)

    def _k_exclusiveMaximum(self, limit, _schema):
        return self._exclusive(limit, False)

    def _k_multipleOf(self, step: object, _schema: dict) -> Check:
        if not isinstance(step, int) or isinstance(step, bool) or step <= 0:
            raise Unsupported("multipleOf")  # float steps: the validator's rounding rules
        return lambda v: not _is_number(v) or v % step == 0

    def _parts(self, parts: object, key: str) -> list[Check]:
        if not isinstance(parts, list) or not parts:
            raise Unsupported(key)
        return [self.compile(p) for p in parts]

    def _k_allOf(self, parts, schema):
        checks = self._parts(parts, "allOf")
        if "discriminator" in schema:
            return self._discriminated(schema)
        return lambda v: all(c(v) for c in checks)

    def _k_anyOf(self, parts, schema):
        checks = self._parts(parts, "anyOf")
        if "discriminator" in schema:
            return self._discriminated(schema)
        return lambda v: any(c(v) for c in checks)

    def _k_oneOf(self, parts, schema):
        checks = self._parts(parts, "oneOf")
        if "discriminator" in schema:
            return self._discriminated(schema)
        return lambda v: sum(1 for c in checks if c(v)) == 1

    def _k_discriminator(self, _value, schema):
        return None  # read by allOf/anyOf/oneOf beside it; alone it asserts nothing

    def _discriminated(self, schema: dict) -> Check:
        """With a discriminator the validator checks only the schema its property's
        value names (``mapping``, else ``#/components/schemas/<value>``)."""
        spec = schema["discriminator"]
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            raise Unsupported("discriminator")
        prop = spec["propertyName"]
        mapping = spec.get("mapping") if isinstance(spec.get("mapping"), dict) else {}
        for ref in mapping.values():
            self._k_ref(ref, schema)

        def check(v: object) -> bool:
            if not isinstance(v, dict) or not v.get(prop):
                return False
            if not isinstance(v[prop], str):
                raise Unsupported("discriminator value")  # the validator decides
            ref = mapping.get(v[prop]) or f"#/components/schemas/{v[prop]}"
            target = ref_pointer(ref) if isinstance(ref, str) else None
            try:
                lookup(self.doc, target)  # only the document's own schemas get compiled
            except (KeyError, IndexError, ValueError, TypeError, AttributeError):
                raise Unsupported("discriminator value") from None
            found = self.at(target)
            if found is None:
                raise Unsupported("discriminator value")  # the validator decides
            return found(v)
        return check

    def _k_not(self, sub, _schema):
        check = self.compile(sub)
        return lambda v: not check(v)
