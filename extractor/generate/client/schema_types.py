"""Spec schemas -> view models for Python code: type expressions, model and enum classes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .names import FIELD_AVOID, claim, class_identifier, identifier, pascal, ref_name, words

# Schema extension: the properties every example of the schema shows (so always present)
ALWAYS = "x-always-present"
PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


# --------------------------------------------------------------------------- types
@dataclass(eq=False)
class EnumView:
    """A string enum class; its name is assigned once every use is known."""

    base: str
    values: tuple[str, ...]
    descriptions: dict[str, str]
    owners: list[str] = field(default_factory=list)
    name: str = ""
    module: str = ""
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (name, value, doc)

    @property
    def doc(self) -> str:
        head = f"Values of {self.base} the manual lists (others are accepted too)."
        rows = [f"{name}: {value!r}" + (f" -- {desc}" if desc else "")
                for name, value, desc in self.members]
        return head + "\n\n" + "\n".join(r.replace("\n", "\n    ") for r in rows)


@dataclass(frozen=True, eq=False)
class PyType:
    """A Python type for a schema, and how to parse a JSON value into it."""

    kind: str  # any | str | int | float | bool | model | enum | list | map
    model: ModelView | None = None
    enum: EnumView | None = None
    item: PyType | None = None
    nullable: bool = False

    def annotation(self, loose: bool = False) -> str:
        """The annotation; ``loose`` for arguments (enums also take str, lists any sequence)."""
        if self.kind == "model":
            text = self.model.name
        elif self.kind == "enum":
            text = f"{self.enum.name} | str" if loose else self.enum.name
        elif self.kind == "list":
            text = f"{'Sequence' if loose else 'list'}[{self.item.annotation(loose)}]"
        elif self.kind == "map":
            text = f"{'Mapping' if loose else 'dict'}[str, {self.item.annotation(loose)}]"
        else:
            text = "Any" if self.kind == "any" else self.kind
        return f"{text} | None" if self.nullable and text != "Any" else text

    def parse(self, var: str) -> str | None:
        """An expression converting JSON ``var`` to this type, or None if it stays as is."""
        if self.kind == "model":
            expr = f"_S.model({self.model.name}.from_dict, {var})"
        elif self.kind == "enum":
            expr = f"_S.enum_of({self.enum.name}, {var})"
        elif self.kind in ("list", "map"):
            inner = self.item.parse("x")
            if inner is None:
                return None
            fn = "_S.list_of" if self.kind == "list" else "_S.map_of"
            expr = f"{fn}({var}, lambda x: {inner})"
        else:
            return None
        return f"_S.opt({var}, lambda x: {self.parse_plain('x')})" if self.nullable else expr

    def parse_plain(self, var: str) -> str | None:
        return PyType(self.kind, self.model, self.enum, self.item).parse(var)

    def classes(self) -> list[Any]:
        """The model and enum views this type names."""
        if self.kind == "model":
            return [self.model]
        if self.kind == "enum":
            return [self.enum]
        return self.item.classes() if self.item else []


ANY = PyType("any")


# --------------------------------------------------------------------------- models
@dataclass(eq=False)
class FieldView:
    name: str
    json_name: str
    type: PyType
    required: bool
    doc: str
    fixed: str | None = None  # the only value a required enum allows: its default

    @property
    def annotation(self) -> str:
        text = self.type.annotation()
        if not self.required:
            text += " | Unset"
        return text

    @property
    def default_code(self) -> str | None:
        """Code of the default value: UNSET if optional, the only enum value, or None."""
        if not self.required:
            return "UNSET"
        if self.fixed is not None:
            return f"{self.type.enum.name}({self.fixed!r})"
        return None

    def from_dict(self, owner: str) -> str:
        """The expression reading this field from the dict ``_d`` in ``from_dict``."""
        if self.default_code is None:
            raw = f"_S.take(_d, {self.json_name!r}, {owner!r})"
        else:
            raw = f"_d.pop({self.json_name!r}, {self.default_code})"
        inner = self.type.parse_plain("x")
        return f"_S.opt({raw}, lambda x: {inner})" if inner else raw


@dataclass(eq=False)
class ModelView:
    schema_name: str
    name: str
    doc: str = ""
    fields: list[FieldView] = field(default_factory=list)
    module: str = ""
    is_response: bool = False  # an operation's success body: it keeps the request id

    def imports(self, kind: type) -> list[tuple[str, str]]:
        """Sorted (module, class) pairs of the ``kind`` classes (EnumView or ModelView)
        this model's fields name (itself excluded)."""
        out = {(c.module, c.name) for f in self.fields for c in f.type.classes()
               if c is not self and isinstance(c, kind)}
        return sorted(out)

    @property
    def enum_imports(self) -> list[tuple[str, str]]:
        return self.imports(EnumView)

    @property
    def model_imports(self) -> list[tuple[str, str]]:
        return self.imports(ModelView)

    @property
    def refers_to_self(self) -> bool:
        return any(c is self for f in self.fields for c in f.type.classes())


def _source(schema: dict) -> str:
    src = schema.get("x-source") or {}
    if not isinstance(src, dict) or not src.get("section"):
        return ""
    where = f"line {src['line']}" if src.get("line") else (
        f"page {src['page']}" if src.get("page") else "")
    return f"Source: manual section {src['section']} {src.get('title', '')}".rstrip() + (
        f" ({where})" if where else "")


def text(value: Any) -> str:
    """A spec text field as a string ('' for anything that is not a string)."""
    return value if isinstance(value, str) else ""


class TypeRegistry:
    """Every model and enum class of a spec, and the type of any schema in it."""

    def __init__(self, doc: dict) -> None:
        self.schemas: dict[str, dict] = {
            k: v for k, v in ((doc.get("components") or {}).get("schemas") or {}).items()
            if isinstance(v, dict)}
        self.models: dict[str, ModelView] = {}  # by schema name, in spec order
        self.enums: dict[tuple[str, tuple[str, ...]], EnumView] = {}
        self._class_names: set[str] = set()
        self._nested: list[ModelView] = []
        for name, schema in self.schemas.items():
            if self._is_model(schema):
                self.models[name] = ModelView(
                    name, claim(class_identifier(name, "Model"), self._class_names, ""))
        for name, view in list(self.models.items()):
            self._fill(view, self.schemas[name])

    # -- building
    @staticmethod
    def _is_model(schema: dict) -> bool:
        kind = schema_type(schema)[0]
        if "$ref" in schema or kind not in (None, "object"):
            return False
        if kind is None and not schema.get("properties"):
            return False
        return bool(schema.get("properties")) or not schema.get("additionalProperties")

    def _fill(self, view: ModelView, schema: dict) -> None:
        # required, or shown by every example (a spec hint): plain types, not `| Unset`
        required = set(_names(schema.get("required"))) | set(_names(schema.get(ALWAYS)))
        taken: set[str] = set()
        attrs = []
        for json_name, prop in (schema.get("properties") or {}).items():
            prop = prop if isinstance(prop, dict) else {}
            name = claim(identifier(json_name, "field", FIELD_AVOID), taken)
            ptype = self.resolve(prop, view.name, json_name)
            is_required = json_name in required
            fixed = None
            if is_required and ptype.kind == "enum" and len(ptype.enum.values) == 1:
                fixed = ptype.enum.values[0]
            doc = text(prop.get("description"))
            if not doc and isinstance(prop.get("allOf"), list):
                doc = text(prop["allOf"][0].get("description")) if prop["allOf"] and \
                    isinstance(prop["allOf"][0], dict) else ""
            view.fields.append(FieldView(name, json_name, ptype, is_required, doc, fixed))
            line = f"{name}"
            if name != json_name:
                line += f" (JSON {json_name!r})"
            line += ", required" if is_required else ""
            if prop.get("x-unit"):
                line += f", unit: {text(prop['x-unit'])}"
            attrs.append(f"{line}: {doc}" if doc else line)
        # required fields first (a dataclass needs no order with kw_only, readers do)
        view.fields.sort(key=lambda f: not f.required)
        parts = [text(schema.get("description")) or f"The {view.schema_name} object."]
        if attrs:
            parts.append("Attributes:\n" + "\n".join("    " + a.replace("\n", "\n        ")
                                                     for a in attrs))
        parts.append("additional_properties: keys the spec does not list, kept as received.")
        src = _source(schema)
        if src:
            parts.append(src)
        view.doc = "\n\n".join(parts)

    def resolve(self, schema: Any, owner: str, prop: str, seen: frozenset[str] = frozenset()
                ) -> PyType:
        """The Python type of a (property) schema found in ``owner``'s ``prop``."""
        if not isinstance(schema, dict):
            return ANY
        kind, nullable = schema_type(schema)
        if "$ref" in schema:
            name = ref_name(str(schema["$ref"]))
            if name in self.models:
                return PyType("model", model=self.models[name], nullable=nullable)
            if name in self.schemas and name not in seen:
                target = self.resolve(self.schemas[name], owner, prop, seen | {name})
                return _with_null(target, nullable)
            return ANY
        for key in ("allOf", "oneOf", "anyOf"):
            alts = schema.get(key)
            if isinstance(alts, list) and alts:
                # OAS 3.1 spells "nullable X" as anyOf/oneOf [X, {type: null}]
                real = [a for a in alts if not (isinstance(a, dict) and a.get("type") == "null")]
                if len(real) == 1 and (key == "allOf" or len(real) < len(alts)):
                    return _with_null(self.resolve(real[0], owner, prop, seen),
                                      nullable or len(real) < len(alts))
                return ANY
        values = schema.get("enum")
        if isinstance(values, list) and values and (kind in (None, "string")) and all(
                isinstance(v, str) or v is None for v in values):
            strs = tuple(dict.fromkeys(v for v in values if isinstance(v, str)))
            if strs:
                return PyType("enum", enum=self._enum(schema, strs, owner, prop),
                              nullable=nullable or None in values)
        if kind in PRIMITIVES:
            return PyType(PRIMITIVES[kind], nullable=nullable)
        if kind == "array":
            return PyType("list", item=self.resolve(schema.get("items"), owner, prop + "Item",
                                                    seen), nullable=nullable)
        if kind == "object" or (kind is None and "properties" in schema):
            if schema.get("properties"):
                return PyType("model", model=self._nested_model(schema, owner, prop),
                              nullable=nullable)
            extra = schema.get("additionalProperties")
            item = self.resolve(extra, owner, prop, seen) if isinstance(extra, dict) else ANY
            return PyType("map", item=item, nullable=nullable)
        return ANY

    def _nested_model(self, schema: dict, owner: str, prop: str) -> ModelView:
        base = class_identifier(owner + pascal(prop), "Model")
        view = ModelView(f"{owner}.{prop}", claim(base, self._class_names, ""))
        self._nested.append(view)
        self._fill(view, schema)
        return view

    def _enum(self, schema: dict, values: tuple[str, ...], owner: str, prop: str) -> EnumView:
        base = pascal(prop) or "Value"
        key = (base, values)
        view = self.enums.get(key)
        if view is None:
            descs = schema.get("x-enum-descriptions")
            if isinstance(descs, list):     # parallel to enum (the tools' convention)
                descs = {str(v): d for v, d in zip(schema.get("enum") or [], descs) if d}
            descs = {k: text(v) for k, v in descs.items()} if isinstance(descs, dict) else {}
            view = self.enums[key] = EnumView(base, values, descs)
        if owner not in view.owners:
            view.owners.append(owner)
        return view

    # -- finishing
    def finish(self) -> None:
        """Name the enums (after every use is known) and give every class a module."""
        by_base: dict[str, list[EnumView]] = {}
        for view in self.enums.values():
            by_base.setdefault(view.base, []).append(view)
        for base, views in by_base.items():
            for view in views:
                wanted = base if len(views) == 1 else view.owners[0] + base
                wanted = class_identifier(wanted, "Value")
                if wanted in self._class_names:
                    wanted += "Enum"
                view.name = claim(wanted, self._class_names, "")
                taken: set[str] = set()
                view.members = []
                for i, value in enumerate(view.values):
                    member = "_".join(w.upper() for w in words(value)) or f"VALUE_{i + 1}"
                    if member[0].isdigit():
                        member = "V_" + member
                    view.members.append((claim(member, taken), value,
                                         view.descriptions.get(value, "")))
        modules: set[str] = {"__init__"}
        for view in self.classes():
            view.module = claim(identifier(view.name, "model"), modules)

    def classes(self) -> list[Any]:
        """Every model and enum view: component models in spec order, then nested
        models, then enums."""
        return [*self.models.values(), *self._nested, *self.enums.values()]

    @property
    def all_models(self) -> list[ModelView]:
        return [*self.models.values(), *self._nested]


def schema_type(schema: dict) -> tuple[str | None, bool]:
    """(the one non-null type or None, nullable) of a schema: OAS 3.0's ``nullable`` or
    OAS 3.1's ``type: [X, "null"]``; several non-null types give "any"."""
    kind = schema.get("type")
    nullable = schema.get("nullable") is True
    if isinstance(kind, list):
        real = [k for k in kind if k != "null"]
        nullable = nullable or len(real) < len(kind)
        kind = real[0] if len(real) == 1 else ("any" if real else None)
    return (kind if isinstance(kind, str) else None), nullable


def _names(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _with_null(t: PyType, nullable: bool) -> PyType:
    if not nullable or t.nullable:
        return t
    return PyType(t.kind, t.model, t.enum, t.item, True)
