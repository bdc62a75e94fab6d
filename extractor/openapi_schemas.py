"""OpenAPI schemas for the API model's fields and model tables, and the component registry.

``SchemaBuilder`` turns one section side's fields into schemas, registering its model
tables as components on demand; ``Registry`` de-duplicates identical definitions and
names every component (see ``spec_names`` for the naming rules).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .api.model import ApiSection, Body, Description, Field, ModelTable, TypeRef
from .findings import Findings
from .spec_names import fold, pascal_name

if TYPE_CHECKING:
    from .openapi import SpecBuilder


def source_of(number: str, title: str, loc) -> dict:
    d = {"section": number, "title": title}
    d.update(loc.as_dict())
    return d


# -- schemas -------------------------------------------------------------------------

def describe(d: Description) -> str:
    """The description text: the explanation, then the labelled parts that say something."""
    if not (d.constraints or d.value_range or d.default_text):
        return d.explanation or d.text
    parts = [d.explanation] if d.explanation else []
    for label, text in (("约束限制", d.constraints), ("取值范围", d.value_range),
                        ("默认取值", d.default_text)):
        if text:
            parts.append(f"{label}: {text}")
    return "\n".join(parts)


@dataclass(frozen=True)
class Owner:
    """Who defines a component: the operation (PascalCase operationId) and its path's
    API version (``V3``); the qualifiers of a second definition under one name."""

    operation: str
    version: str = ""
    side: str = ""                 # "request" | "response": the table's side (model tables)


@dataclass
class Registry:
    """components/schemas with structural de-duplication and tool-safe names.

    Identical definitions under one name are one component. The first definition of a
    name takes it (``pascal_name``); another definition is named by what differs: the
    API version of its operation where no other definition has it (``VolumeDetailV3``),
    else its operation (``VolumeDetailForShowVolume``, the manual's own ``XForY``
    style), with a finding. Names are unique after ``fold``.
    """

    schemas: dict[str, dict] = field(default_factory=dict)
    keys: dict[tuple, str] = field(default_factory=dict)      # (folded name, structure) -> name
    by_base: dict[str, list[tuple[str, Owner]]] = field(default_factory=dict)
    folded: set[str] = field(default_factory=set)

    def add(self, manual_name: str, schema: dict, *, owner: Owner, findings: Findings,
            conflict_loc=None, section: str | None = None, report: bool = True,
            title: bool = False, shape: tuple | None = None) -> str:
        """The component's name; `shape` is `_structure_key(schema)` where the caller has it
        (a key of the schema before `title` adds `x-manual-name`, which, like `x-source`,
        is in _UNSTRUCTURAL and so no part of the key)."""
        base = pascal_name(manual_name)
        if title:
            schema = {**schema, "x-manual-name": manual_name}
        key = (fold(base), _structure_key(schema) if shape is None else shape)
        if key in self.keys:
            _merge_nullable(self.schemas[self.keys[key]], schema)
            return self.keys[key]
        names = self.by_base.setdefault(fold(base), [])
        name = self._name(base, names, owner)
        same_side = [n for n, o in names if not (o.side and owner.side) or o.side == owner.side]
        if same_side and report:
            first = self.schemas[same_side[0]]
            findings.add("model-definition-conflict", "warning",
                         f"model '{manual_name}' is defined differently here than at "
                         f"{_src(first)} ({_difference(first, schema)}); this definition is "
                         f"named '{name}'", section=section, loc=conflict_loc)
        elif names and report:
            # a request table and a response table of one name: two structures, not a
            # contradiction (the manual names a request object and what comes back alike)
            other = names[0][1].side
            findings.add("model-name-shared", "info",
                         f"model '{manual_name}' names a {owner.side} table here and a {other} "
                         f"table at {_src(self.schemas[names[0][0]])}; they are different "
                         f"structures, this one is named '{name}'", section=section,
                         loc=conflict_loc)
        names.append((name, owner))
        if title:       # tools name classes after the title: it must tell variants apart too
            schema = {"title": _title(manual_name, base, name), **schema}
        self.schemas[name] = schema
        self.folded.add(fold(name))
        self.keys[key] = name
        return name

    def _name(self, base: str, names: list[tuple[str, Owner]], owner: Owner) -> str:
        candidates = [base] if not names else []
        if names and owner.version and all(o.version != owner.version for _, o in names):
            candidates.append(base + owner.version)
        if names:
            candidates.append(f"{base}For{owner.operation}")
        for name in candidates:
            if fold(name) not in self.folded:
                return name
        stem = candidates[-1] if candidates else base
        n = 2
        while fold(f"{stem}{n}") in self.folded:
            n += 1
        return f"{stem}{n}"


def _title(manual_name: str, base: str, name: str) -> str:
    """The manual's name, with what tells this definition apart: ``VolumeDetail (V3)``,
    ``VolumeDetail (for ShowVolume)``; PascalCased, it is the component's name again."""
    rest = name[len(base):] if name.startswith(base) else name
    if not rest:
        return manual_name
    return f"{manual_name} ({'for ' + rest[3:] if rest.startswith('For') else rest})"


def _difference(a: dict, b: dict) -> str:
    """What a docs engineer needs to see: which fields differ between two definitions."""
    pa, pb = a.get("properties", {}), b.get("properties", {})
    parts = []
    only_a = [k for k in pa if k not in pb]
    only_b = [k for k in pb if k not in pa]
    if only_b:
        parts.append("only here: " + ", ".join(only_b))
    if only_a:
        parts.append("only there: " + ", ".join(only_a))
    changed = [k for k in pa if k in pb and _structure_key(pa[k]) != _structure_key(pb[k])]
    if changed:
        parts.append("typed differently: " + ", ".join(changed))
    if sorted(a.get("required", [])) != sorted(b.get("required", [])):
        parts.append(f"required {sorted(b.get('required', []))} here, "
                     f"{sorted(a.get('required', []))} there")
    return "; ".join(parts) or "structure differs"


def _src(schema: dict) -> str:
    s = schema.get("x-source", {})
    where = (f"line {s['line']}" if "line" in s else f"page {s['page']}" if "page" in s
             else f"{s['topic']}#{s.get('anchor') or ''}".rstrip("#") if "topic" in s else "")
    return f"section {s.get('section')}" + (f" ({where})" if where else "")


# Keywords that do not make two definitions different (what a reader is told, not the shape).
_UNSTRUCTURAL = frozenset(("description", "x-source", "title", "x-manual-name",
                           "x-enum-descriptions", "x-unit", "default", "example", "nullable"))


def _structure_key(schema) -> tuple:
    """What makes two definitions the same: everything but descriptions and provenance, as
    a hashable value equal where the JSON texts (keys sorted) would be, for the values a
    manual gives (NaN and -0.0 aside): mappings compare as sets of items, and a number
    keeps its type (`1`, `1.0` and `true` differ)."""
    return _freeze(schema)


def _freeze(x, names: bool = False):
    """_structure_key's value of `x` (a string stands for itself: it is taken as it is
    here, without a call)."""
    if isinstance(x, dict):
        if names:       # the keys of `properties` are field names, not keywords
            return dict, frozenset([(k, v if type(v) is str else _freeze(v))
                                    for k, v in x.items()])
        return dict, frozenset([(k, v if type(v) is str else _freeze(v, k == "properties"))
                                for k, v in x.items() if k not in _UNSTRUCTURAL])
    if isinstance(x, (list, tuple)):
        return list, tuple([v if type(v) is str else _freeze(v) for v in x])
    return x if type(x) is str else (type(x), x)


def _merge_nullable(into: dict, other: dict) -> None:
    """Same definition seen again: a field an example showed null somewhere stays nullable."""
    if not isinstance(into, dict) or not isinstance(other, dict):
        return
    if other.get("nullable") and not into.get("nullable"):
        into["nullable"] = True
    for key in ("properties",):
        for name, sub in other.get(key, {}).items():
            if name in into.get(key, {}):
                _merge_nullable(into[key][name], sub)
    for key in ("items", "additionalProperties"):
        if isinstance(other.get(key), dict) and isinstance(into.get(key), dict):
            _merge_nullable(into[key], other[key])


class SchemaBuilder:
    """Builds the schemas of one section side, registering its model tables on demand."""

    def __init__(self, spec: "SpecBuilder", section: ApiSection, models: dict[str, ModelTable],
                 side: str):
        self.spec = spec
        self.section = section
        self.models = models
        self.side = side
        self.names: dict[str, str] = {}
        self.building: set[str] = set()

    def ref(self, model_name: str) -> dict:
        return {"$ref": f"#/components/schemas/{self.model(model_name)}"}

    def model(self, model_name: str) -> str:
        if model_name in self.names:
            return self.names[model_name]
        m = self.models[model_name]
        if model_name in self.building:     # self-reference: name it after its base
            return pascal_name(model_name)
        self.building.add(model_name)
        schema = self.object_schema(m.fields)
        schema["x-source"] = source_of(self.section.number, model_name, m.loc)
        op = self.spec.owner(self.section)
        owner = Owner(op.operation, op.version, self.side)
        name = self.spec.registry.add(model_name, schema, owner=owner,
                                      findings=self.spec.findings, conflict_loc=m.loc,
                                      section=self.section.number, title=True)
        self.building.discard(model_name)
        self.names[model_name] = name
        return name

    def object_schema(self, fields: list[Field]) -> dict:
        props: dict[str, dict] = {}
        required: list[str] = []
        for f in fields:
            if not f.name:
                continue
            if f.name in props:
                self.spec.findings.add("field-repeated", "warning",
                                       f"field '{f.name}' is listed twice; the first row is used",
                                       section=self.section.number, loc=f.loc)
                continue
            props[f.name] = self.field_schema(f)
            if f.required:
                required.append(f.name)
        schema: dict = {"type": "object", "properties": props}
        if not props:                   # a table that gives the object no fields: open
            schema["additionalProperties"] = True
        if required:
            schema["required"] = required
        return schema

    def type_schema(self, t: TypeRef) -> dict:
        if t.kind in ("string", "integer", "number", "boolean"):
            return {"type": t.kind}
        if t.kind == "ref" and t.name in self.models:
            return self.ref(t.name)
        if t.kind == "array":
            return {"type": "array",
                    "items": self.type_schema(t.items) if t.items else {}}
        if t.kind == "map":
            values = t.values
            # `Map<String,Object>`: the values are of any JSON type
            value_schema = {} if values is None or values.kind in ("object", "unknown") \
                else self.type_schema(values)
            return {"type": "object", "additionalProperties": value_schema or True}
        return {"type": "object", "additionalProperties": True}     # Object: any members

    def field_schema(self, f: Field) -> dict:
        s = self.type_schema(f.type)
        d = f.description
        meta: dict = {}
        text = describe(d)
        if text:
            meta["description"] = text
        target = s if "$ref" not in s else None
        scalar = s.get("type") if target is not None else None
        if scalar in ("string", "integer", "number"):
            enum = _typed_enum(d.enum, scalar)
            if enum is None and d.enum:
                self.spec.findings.add(
                    "enum-type-mismatch", "warning",
                    f"'{f.name}' is {f.raw_type.strip()} but its value list {d.enum} is not; "
                    "no enum is set", section=self.section.number, loc=f.loc)
            status_set = self.spec.status_set_for(d.text)
            if not enum and status_set is not None and scalar == "string":
                enum = [v.value for v in status_set.values]
                meta["x-enum-descriptions"] = [v.description for v in status_set.values]
                meta["x-enum-source"] = {"section": status_set.number, "title": status_set.title}
            elif enum:
                if d.enum_descriptions:     # a list parallel to enum, as tools expect
                    by_value = {_typed_scalar(k, scalar): v for k, v in d.enum_descriptions.items()}
                    meta["x-enum-descriptions"] = [by_value.get(v, "") for v in enum]
            if enum:
                meta["enum"] = enum
            default = _typed_scalar(d.default, scalar)
            if default is not None and (not enum or default in enum):
                meta["default"] = default
            if scalar in ("integer", "number"):
                if d.minimum is not None:
                    meta["minimum"] = d.minimum
                if d.maximum is not None:
                    meta["maximum"] = d.maximum
            elif scalar == "string":
                if d.max_length is not None:
                    meta["maxLength"] = d.max_length
                if d.min_length is not None:
                    meta["minLength"] = d.min_length
        elif scalar == "boolean":
            default = _typed_scalar(d.default, "boolean")
            if default is not None:
                meta["default"] = default
        if d.unit:
            meta["x-unit"] = d.unit
        if f.nullable:
            meta["nullable"] = True
            if "enum" in meta and None not in meta["enum"]:
                meta["enum"] = meta["enum"] + [None]
                if "x-enum-descriptions" in meta:
                    meta["x-enum-descriptions"] = meta["x-enum-descriptions"] + [""]
        if target is None:
            return {"allOf": [s], **meta} if meta else s
        s.update(meta)
        return s

    def body_schema(self, body: Body) -> dict | None:
        """A body's schema: an object of its fields, a top-level array (`[数组元素]`), or the
        model table a whole-body pseudo-row (`-`) stands for; wrapped where examples wrap it."""
        fields = body.fields
        if body.array:
            rows = [f for f in fields if not f.name]
            schema = self.type_schema(rows[0].type) if rows else {"type": "array", "items": {}}
            if schema.get("type") != "array":
                schema = {"type": "array", "items": schema}
            if rows and describe(rows[0].description):
                schema = {**schema, "description": describe(rows[0].description)}
        elif len(fields) == 1 and fields[0].raw_name.strip() == "-" and fields[0].type.kind == "ref":
            schema = self.type_schema(fields[0].type)
        elif fields:
            schema = self.object_schema(fields)
        else:
            return None
        if body.wrapper:
            schema = {"type": "object", "properties": {body.wrapper: schema},
                      "required": [body.wrapper]}
        return schema


def _typed_scalar(value, kind: str):
    if value is None or value == "":
        return None
    try:
        if kind == "integer":
            return int(str(value).strip())
        if kind == "number":
            return float(str(value).strip())
        if kind == "boolean":
            v = str(value).strip().lower()
            return {"true": True, "false": False}.get(v)
    except ValueError:
        return None
    return str(value)


def _typed_enum(values: list[str], kind: str) -> list | None:
    if not values:
        return []
    out = []
    for v in values:
        t = _typed_scalar(v, kind)
        if t is None:
            return None
        if t not in out:
            out.append(t)
    return out
