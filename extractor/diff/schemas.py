"""Compare two schemas as resolved structures, not as text.

`$ref`s are followed and single-`allOf` wrappers merged before comparing, so moving a
schema between `components` and an inline definition changes nothing; OAS 3.1 null
unions read like OAS 3.0 `nullable`; `required` and `enum` compare as sets; oneOf/anyOf
alternatives are paired by reference name, discriminator value, `x-source` section or
sole property, never by position alone. The result is a list of `Delta`s (a kind, the
field path and where the changed node lives); operations.py turns them into rule ids.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..util import MISSING as NOWHERE, pointer_target
from .model import pointer as make_pointer

ANNOTATIONS = {"description", "title", "example", "examples", "x-source", "x-unit",
               "x-enum-descriptions", "externalDocs", "deprecated", "readOnly", "writeOnly",
               "nullable", "default"}
BOUNDS = (("maxLength", "max-length", -1), ("minLength", "min-length", 1),
          ("maximum", "max", -1), ("minimum", "min", 1))
MISSING = object()


@dataclass(frozen=True)
class Delta:
    """One structural difference; `path` is the field path (names, "[]" items, "{}" map values)."""
    kind: str
    path: tuple[str, ...]
    pointer: str
    side: str = "new"
    old: Any = None
    new: Any = None


@dataclass
class Resolved:
    """A schema with references followed and allOf merged; children keep their own pointers."""
    pointer: str
    ref: str = ""                               # the first $ref followed, if any
    types: frozenset = frozenset()
    nullable: bool = False
    enum: list | None = None
    bounds: dict = field(default_factory=dict)
    default: Any = MISSING
    properties: dict = field(default_factory=dict)  # name -> (schema, pointer)
    required: set = field(default_factory=set)
    items: tuple[Any, str] | None = None           # (schema, pointer)
    additional: tuple[Any, str] | None = None
    alternatives: list = field(default_factory=list)  # [(schema, pointer)]
    discriminator: dict | None = None
    section: str = ""
    refs: tuple = ()


def lookup(doc: dict, ref: str):
    """The node a local `#/...` reference names, or None."""
    if not ref.startswith("#/"):
        return None
    node = pointer_target(doc, ref)
    return None if node is NOWHERE else node


def resolve(doc: dict, schema, ptr: str, refs: tuple = ()) -> Resolved:
    """Follow `$ref`s, merge `allOf`, fold null alternatives into `nullable`."""
    if not isinstance(schema, dict):
        return Resolved(pointer=ptr, refs=refs)
    first_ref = ""
    while "$ref" in schema and isinstance(schema["$ref"], str):
        ref = schema["$ref"]
        target = lookup(doc, ref)
        if target is None or ref in refs or not isinstance(target, dict):
            break
        first_ref = first_ref or ref
        refs = refs + (ref,)
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **siblings}
        ptr = ref[1:]
    r = Resolved(pointer=ptr, ref=first_ref, refs=refs)
    parts = schema.get("allOf") if isinstance(schema.get("allOf"), list) else []
    own = {k: v for k, v in schema.items() if k != "allOf"}
    for i, sub in enumerate(parts):
        part = resolve(doc, sub, f"{ptr}/allOf/{i}", refs)
        _merge(r, part)
        if len(parts) == 1 and set(own) <= ANNOTATIONS:
            r.pointer, r.ref = part.pointer, r.ref or part.ref
            r.refs = part.refs
    _apply(r, doc, own, ptr)
    return r


def _merge(into: Resolved, part: Resolved) -> None:
    into.types = into.types or part.types
    into.nullable = into.nullable or part.nullable
    if part.enum is not None:
        into.enum = part.enum
    into.bounds.update(part.bounds)
    if part.default is not MISSING:
        into.default = part.default
    into.properties.update(part.properties)
    into.required |= part.required
    into.items = into.items or part.items
    into.additional = into.additional or part.additional
    into.alternatives = into.alternatives or part.alternatives
    into.discriminator = into.discriminator or part.discriminator
    into.section = into.section or part.section


def _apply(r: Resolved, doc: dict, s: dict, ptr: str) -> None:
    t = s.get("type")
    types = set(t) if isinstance(t, list) else ({t} if isinstance(t, str) else set())
    if "null" in types or s.get("nullable") is True:
        r.nullable = True
    types.discard("null")
    if types:
        r.types = frozenset(types)
    if isinstance(s.get("enum"), list):
        r.enum = [v for v in s["enum"] if v is not None]
    for key, _, _ in BOUNDS:
        if isinstance(s.get(key), (int, float)) and not isinstance(s.get(key), bool):
            r.bounds[key] = s[key]
    if "default" in s:
        r.default = s["default"]
    if isinstance(s.get("properties"), dict):
        for name, sub in s["properties"].items():
            r.properties[name] = (sub, make_pointer_join(ptr, "properties", name))
    if isinstance(s.get("required"), list):
        r.required |= {x for x in s["required"] if isinstance(x, str)}
    if isinstance(s.get("items"), dict):
        r.items = (s["items"], f"{ptr}/items")
    if isinstance(s.get("additionalProperties"), dict):
        r.additional = (s["additionalProperties"], f"{ptr}/additionalProperties")
    if isinstance(s.get("x-source"), dict):
        r.section = r.section or str(s["x-source"].get("section", ""))
    if isinstance(s.get("discriminator"), dict):
        r.discriminator = s["discriminator"]
    for key in ("oneOf", "anyOf"):
        alts = s.get(key)
        if not isinstance(alts, list):
            continue
        real = []
        for i, sub in enumerate(alts):
            if isinstance(sub, dict) and sub.get("type") == "null" and len(sub) == 1:
                r.nullable = True
            else:
                real.append((sub, f"{ptr}/{key}/{i}"))
        if len(real) == 1:             # `anyOf: [X, {type: null}]` is a nullable X
            _merge(r, resolve(doc, real[0][0], real[0][1], r.refs))
        elif real:
            r.alternatives = real
    if not r.types:
        if r.properties or r.additional:
            r.types = frozenset({"object"})
        elif r.items:
            r.types = frozenset({"array"})


def make_pointer_join(base: str, *parts) -> str:
    return base + make_pointer(*parts)


def _canon(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class SchemaDiff:
    """Compares schemas of two documents; `compare` returns the Deltas, old -> new."""

    def __init__(self, old_doc: dict, new_doc: dict):
        self.old_doc, self.new_doc = old_doc, new_doc

    def compare(self, old_schema, old_ptr: str, new_schema, new_ptr: str,
                direction: str) -> list[Delta]:
        out: list[Delta] = []
        self._node(resolve(self.old_doc, old_schema, old_ptr),
                   resolve(self.new_doc, new_schema, new_ptr), (), direction, out, set())
        return out

    def _node(self, o: Resolved, n: Resolved, path: tuple, direction: str,
              out: list[Delta], stack: set) -> None:
        key = (o.pointer, n.pointer)
        if key in stack:          # a recursive schema: this pair is already being compared
            return
        stack = stack | {key}
        if bool(o.alternatives) != bool(n.alternatives):
            # a plain schema against a oneOf/anyOf: it stands for one of the alternatives
            self._alternatives(o, n, path, direction, out, stack)
            return
        if o.types and n.types and o.types != n.types:
            out.append(Delta("type-changed", path, n.pointer, "new",
                             "/".join(sorted(o.types)), "/".join(sorted(n.types))))
            return
        if direction == "response" and n.nullable and not o.nullable:
            out.append(Delta("became-nullable", path, n.pointer))
        if direction == "request" and o.nullable and not n.nullable:
            out.append(Delta("became-not-nullable", path, n.pointer))
        self._enum(o, n, path, out)
        self._bounds(o, n, path, out)
        if o.default is not MISSING and n.default is not MISSING \
                and _canon(o.default) != _canon(n.default) \
                or (o.default is MISSING) != (n.default is MISSING):
            out.append(Delta("default-changed", path, n.pointer, "new",
                             None if o.default is MISSING else o.default,
                             None if n.default is MISSING else n.default))
        self._properties(o, n, path, direction, out, stack)
        if o.items and n.items:
            self._node(resolve(self.old_doc, o.items[0], o.items[1], o.refs),
                       resolve(self.new_doc, n.items[0], n.items[1], n.refs),
                       path + ("[]",), direction, out, stack)
        if o.additional and n.additional:
            self._node(resolve(self.old_doc, o.additional[0], o.additional[1], o.refs),
                       resolve(self.new_doc, n.additional[0], n.additional[1], n.refs),
                       path + ("{}",), direction, out, stack)
        if o.alternatives or n.alternatives:
            self._alternatives(o, n, path, direction, out, stack)

    def _enum(self, o: Resolved, n: Resolved, path: tuple, out: list[Delta]) -> None:
        if o.enum is None and n.enum is None:
            return
        if o.enum is None:
            out.append(Delta("enum-added", path, n.pointer, "new", None, n.enum))
            return
        if n.enum is None:
            out.append(Delta("enum-removed", path, o.pointer, "old", o.enum, None))
            return
        old = {_canon(v): v for v in o.enum}
        new = {_canon(v): v for v in n.enum}
        gone = [old[k] for k in sorted(old.keys() - new.keys())]
        came = [new[k] for k in sorted(new.keys() - old.keys())]
        if gone:
            out.append(Delta("enum-value-removed", path, n.pointer, "new", gone, None))
        if came:
            out.append(Delta("enum-value-added", path, n.pointer, "new", None, came))

    def _bounds(self, o: Resolved, n: Resolved, path: tuple, out: list[Delta]) -> None:
        for key, name, sign in BOUNDS:
            a, b = o.bounds.get(key), n.bounds.get(key)
            if a == b:
                continue
            # sign -1: an upper bound (lower is narrower); +1: a lower bound
            if a is None:
                narrower = True
            elif b is None:
                narrower = False
            else:
                narrower = (b < a) if sign < 0 else (b > a)
            if sign < 0:
                kind = f"{name}-decreased" if narrower else f"{name}-increased"
            else:
                kind = f"{name}-increased" if narrower else f"{name}-decreased"
            out.append(Delta(kind, path, n.pointer, "new", a, b))

    def _properties(self, o: Resolved, n: Resolved, path: tuple, direction: str,
                    out: list[Delta], stack: set) -> None:
        for name in sorted(o.properties.keys() - n.properties.keys()):
            out.append(Delta("removed", path + (name,), o.properties[name][1], "old"))
        for name in sorted(n.properties.keys() - o.properties.keys()):
            kind = "added-required" if name in n.required and direction == "request" \
                else "added"
            out.append(Delta(kind, path + (name,), n.properties[name][1], "new"))
        for name in sorted(o.properties.keys() & n.properties.keys()):
            sub = path + (name,)
            ptr = n.properties[name][1]
            if name in n.required and name not in o.required:
                out.append(Delta("became-required", sub, ptr))
            elif name in o.required and name not in n.required:
                out.append(Delta("became-optional", sub, ptr))
            (so, po), (sn, pn) = o.properties[name], n.properties[name]
            self._node(resolve(self.old_doc, so, po, o.refs), resolve(self.new_doc, sn, pn, n.refs),
                       sub, direction, out, stack)

    def _alternatives(self, o: Resolved, n: Resolved, path: tuple, direction: str,
                      out: list[Delta], stack: set) -> None:
        olds = [resolve(self.old_doc, s, p, o.refs) for s, p in o.alternatives] \
            or [o]
        news = [resolve(self.new_doc, s, p, n.refs) for s, p in n.alternatives] \
            or [n]
        if not o.alternatives or not n.alternatives:
            # one side is a plain schema: it is the one alternative it pairs with
            olds = olds if o.alternatives else [_bare(o)]
            news = news if n.alternatives else [_bare(n)]
        pairs, gone, came = pair_alternatives(olds, news, o.discriminator, n.discriminator)
        for a in gone:
            out.append(Delta("oneof-item-removed", path, a.pointer, "old", alt_label(a), None))
        for b in came:
            out.append(Delta("oneof-item-added", path, b.pointer, "new", None, alt_label(b)))
        for a, b in pairs:
            self._node(a, b, path, direction, out, stack)


def _bare(r: Resolved) -> Resolved:
    """A plain schema standing as a single alternative (without its own alternatives)."""
    return Resolved(pointer=r.pointer, ref=r.ref, types=r.types, nullable=r.nullable,
                    enum=r.enum, bounds=dict(r.bounds), default=r.default,
                    properties=dict(r.properties), required=set(r.required), items=r.items,
                    additional=r.additional, section=r.section, refs=r.refs)


def alt_label(r: Resolved) -> str:
    if r.ref:
        return r.ref.rsplit("/", 1)[-1]
    if len(r.properties) == 1:
        return next(iter(r.properties))
    return r.section or r.pointer


def _mapping_keys(disc: dict | None) -> dict[str, str]:
    if not disc or not isinstance(disc.get("mapping"), dict):
        return {}
    return {ref: value for value, ref in disc["mapping"].items() if isinstance(ref, str)}


def pair_by(olds: list, news: list, keyfuncs: list) -> tuple[list, list, list]:
    """Pair items whose key (tried in turn) is present and unique on both sides; each entry
    of keyfuncs is one function for both sides or an (old side, new side) pair."""
    pairs: list = []
    olds, news = list(olds), list(news)
    for keyf in keyfuncs:
        fo, fn = keyf if isinstance(keyf, tuple) else (keyf, keyf)
        ok: dict = {}
        for a in olds:
            k = fo(a)
            if k is not None:
                ok.setdefault(k, []).append(a)
        nk: dict = {}
        for b in news:
            k = fn(b)
            if k is not None:
                nk.setdefault(k, []).append(b)
        found = [(ok[k][0], nk[k][0]) for k in ok.keys() & nk.keys()
                 if len(ok[k]) == 1 and len(nk[k]) == 1]
        pairs += found
        paired_o = {id(a) for a, _ in found}
        paired_n = {id(b) for _, b in found}
        olds = [a for a in olds if id(a) not in paired_o]
        news = [b for b in news if id(b) not in paired_n]
    return pairs, olds, news


def pair_alternatives(olds: list[Resolved], news: list[Resolved], old_disc, new_disc):
    """Pair oneOf/anyOf alternatives: by reference name, discriminator value, x-source
    section, sole property name; a last single leftover on each side pairs up too."""
    om, nm = _mapping_keys(old_disc), _mapping_keys(new_disc)
    funcs = [lambda r: r.ref.rsplit("/", 1)[-1] if r.ref else None,
             (lambda r: om.get(r.ref) or _const_key(r, old_disc),
              lambda r: nm.get(r.ref) or _const_key(r, new_disc)),
             lambda r: r.section or None,
             lambda r: next(iter(r.properties)) if len(r.properties) == 1 else None]
    pairs, gone, came = pair_by(olds, news, funcs)
    if len(gone) == 1 and len(came) == 1:
        pairs.append((gone[0], came[0]))
        gone, came = [], []
    return pairs, gone, came


def _const_key(r: Resolved, disc) -> str | None:
    """The discriminator value an inline alternative is pinned to (a one-value enum)."""
    if not disc or "propertyName" not in disc:
        return None
    prop = r.properties.get(disc["propertyName"])
    if prop and isinstance(prop[0], dict) and isinstance(prop[0].get("enum"), list) \
            and len(prop[0]["enum"]) == 1:
        return str(prop[0]["enum"][0])
    return None
