"""OpenAPI schemas -> trees of fields for the site's nested, collapsible tables."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

REF_PREFIX = "#/components/schemas/"
MAX_DEPTH = 12


@dataclass(repr=False, eq=False)
class EnumValue:
    value: str
    description: str = ""


@dataclass(repr=False, eq=False)
class FieldNode:
    """One row of a schema table: a property (or the body itself, or an array's items)."""

    name: str
    path: str                      # dotted path from the body root, used for anchors
    type: str                      # display type: "string", "array of Link", "map of string"
    ref: str = ""                  # component schema name the type came from
    required: bool = False
    nullable: bool = False
    deprecated: bool = False
    description: str = ""
    enum: list[EnumValue] = field(default_factory=list)
    default: str = ""
    constraints: list[str] = field(default_factory=list)
    children: list[FieldNode] = field(default_factory=list)
    alternatives: list[FieldNode] = field(default_factory=list)   # oneOf / anyOf
    recursive: bool = False        # its type is already being expanded above it
    anchor: str = ""               # the HTML id of its row, set by assign_anchors
    corrections: list[str] = field(default_factory=list)   # x-overlay descriptions

    @property
    def text(self) -> str:
        """The description, without the lines that list enum values with their meanings."""
        return without_enum_lines(self.description, self.enum)

    @property
    def enum_shown(self) -> bool:
        """List the values? Not when the description already names each of them and the
        spec gives no meanings to list them with."""
        return bool(self.enum) and (any(e.description for e in self.enum)
                                    or not mentions_all(self.description, self.enum))


def overlay_notes(*objs) -> list[str]:
    """The descriptions of the overlay actions (`x-overlay`) that changed these objects."""
    out: list[str] = []
    for obj in objs:
        marks = obj.get("x-overlay") if isinstance(obj, dict) else None
        for mark in marks if isinstance(marks, list) else []:
            text = str(mark.get("description") or mark.get("file") or "") \
                if isinstance(mark, dict) else ""
            if text and text not in out:
                out.append(text)
    return out


def ref_name(ref: str) -> str:
    """`#/components/schemas/Foo` -> `Foo`."""
    return ref[len(REF_PREFIX):] if ref.startswith(REF_PREFIX) else ref.rsplit("/", 1)[-1]


def _literal(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def enum_values(schema: dict) -> list[EnumValue]:
    """The enum with each value's meaning; `x-enum-descriptions` may be a map from value
    to meaning or a list parallel to `enum`."""
    values = schema.get("enum") or []
    descs = schema.get("x-enum-descriptions")
    out = []
    for i, v in enumerate(values):
        key = _literal(v)
        if isinstance(descs, dict):
            d = descs.get(key, descs.get(v, "")) if not isinstance(v, (dict, list)) else ""
        elif isinstance(descs, list) and i < len(descs):
            d = descs[i]
        else:
            d = ""
        out.append(EnumValue(key, str(d or "")))
    return out


def without_enum_lines(description: str, enum: list[EnumValue]) -> str:
    """The description without the lines that list an enum value with its meaning (the
    site shows the values once, in a list)."""
    if not enum or not any(e.description for e in enum):
        return description
    keep = []
    for line in description.split("\n"):
        if any(e.description and e.value in line and e.description in line for e in enum):
            continue
        keep.append(line)
    return "\n".join(keep).strip()


def mentions_all(description: str, enum: list[EnumValue]) -> bool:
    return bool(enum) and all(e.value in description for e in enum)


class SchemaTrees:
    """Expands schemas (following `$ref`s into components) into FieldNode trees."""

    def __init__(self, components: dict):
        self.components = components
        self._bodies: dict[tuple[str, str], FieldNode] = {}

    def body_tree(self, schema: dict, scope: str) -> FieldNode:
        """The anchored tree of a request or response body. A body that is just a `$ref`
        (most responses: every error status of every operation names the same schema)
        gets one shared tree per scope; trees are not changed after this."""
        if len(schema) == 1 and isinstance(schema.get("$ref"), str):
            key = (schema["$ref"], scope)
            if key not in self._bodies:
                self._bodies[key] = assign_anchors(self.tree(schema, path=""), scope)
            return self._bodies[key]
        return assign_anchors(self.tree(schema, path=""), scope)

    def resolve(self, schema: dict) -> tuple[dict, str]:
        """A schema with `$ref` / single-`allOf` wrappers followed: (schema, ref name)."""
        name = ""
        seen = set()
        while isinstance(schema, dict):
            if "$ref" in schema:
                name = ref_name(schema["$ref"])
                if name in seen:
                    break
                seen.add(name)
                schema = self.components.get(name, {})
            elif (isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1
                  and "properties" not in schema):
                schema = schema["allOf"][0]
            else:
                break
        return (schema if isinstance(schema, dict) else {}), name

    def tree(self, schema: dict, *, name: str = "", path: str = "") -> FieldNode:
        """The root node of `schema` (a request or response body)."""
        return self._node(schema, name=name, path=path, required=False, stack=())

    def _node(self, raw: dict, *, name: str, path: str, required: bool,
              stack: tuple[str, ...]) -> FieldNode:
        outer = raw if isinstance(raw, dict) else {}
        schema, ref = self.resolve(outer)
        node = FieldNode(name=name, path=path, type="", ref=ref, required=required)
        node.description = outer.get("description") or schema.get("description") or ""
        node.deprecated = bool(outer.get("deprecated") or schema.get("deprecated"))
        node.nullable = bool(outer.get("nullable") or schema.get("nullable"))
        node.corrections = overlay_notes(outer, schema)
        types = schema.get("type")
        if isinstance(types, list):               # OAS 3.1: ["string", "null"]
            node.nullable = node.nullable or "null" in types
            types = next((t for t in types if t != "null"), "")
        self._constraints(node, {**schema, **{k: v for k, v in outer.items()
                                              if k not in ("$ref", "allOf")}})
        if ref and ref in stack or len(stack) >= MAX_DEPTH:
            node.type, node.recursive = ref or types or "object", True
            return node
        inner = stack + ((ref,) if ref else ())
        alts = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(alts, list):
            node.type = "one of"
            for i, alt in enumerate(alts):
                alt_name = ref_name(alt.get("$ref", "")) or f"option {i + 1}"
                sub = self._node(alt, name=alt_name, path=f"{path}({alt_name})",
                                 required=False, stack=inner)
                node.alternatives.append(sub)
            return node
        if types == "array" or "items" in schema:
            item = self._node(schema.get("items") or {}, name="[]", path=f"{path}[]",
                              required=False, stack=inner)
            node.type = f"array of {item.ref or item.type}"
            node.recursive = item.recursive
            node.children = item.children
            node.alternatives = item.alternatives
            if item.enum and not node.enum:
                node.enum = item.enum
            return node
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        if isinstance(props, dict) and props:
            node.type = "object"
            req = set(schema.get("required") or [])
            for pname, pschema in props.items():
                node.children.append(self._node(
                    pschema, name=pname, path=f"{path}.{pname}" if path else pname,
                    required=pname in req, stack=inner))
        if extra is not None and extra is not False:
            value = self._node(extra if isinstance(extra, dict) else {}, name="{key}",
                               path=f"{path}.{{key}}" if path else "{key}",
                               required=False, stack=inner)
            label = value.ref or value.type or "any"
            if node.children:
                node.children.append(value)
            else:
                node.type = f"map of {label}"
                node.children = value.children
        if not node.type:
            node.type = types or ("object" if props is not None else "any")
        if schema.get("format"):
            node.type += f" ({schema['format']})"
        return node

    @staticmethod
    def _constraints(node: FieldNode, schema: dict) -> None:
        if isinstance(schema.get("enum"), list):
            node.enum = enum_values(schema)
        if "default" in schema:
            node.default = _literal(schema["default"])
        for key, label in (("minimum", "min"), ("maximum", "max"),
                           ("exclusiveMinimum", "exclusive min"),
                           ("exclusiveMaximum", "exclusive max"),
                           ("minLength", "min length"), ("maxLength", "max length"),
                           ("minItems", "min items"), ("maxItems", "max items"),
                           ("pattern", "pattern"), ("x-unit", "unit")):
            if key in schema and not isinstance(schema[key], (dict, list)):
                node.constraints.append(f"{label}: {_literal(schema[key])}")
        if schema.get("uniqueItems"):
            node.constraints.append("unique items")


def iter_fields(node: FieldNode):
    """Every descendant property node (depth first, in document order)."""
    for child in node.children:
        if child.name != "{key}":
            yield child
        yield from iter_fields(child)
    for alt in node.alternatives:
        yield from iter_fields(alt)


_ANCHOR_BAD = re.compile(r"[^A-Za-z0-9_.:\-\[\]{}]")


def anchor(*parts: str) -> str:
    """An HTML id made of parts; characters outside a safe set become `_`."""
    return _ANCHOR_BAD.sub("_", "-".join(p for p in parts if p))


def assign_anchors(node: FieldNode, scope: str) -> FieldNode:
    """Give every node under `node` the HTML id `scope-<path>` (unique within one tree)."""
    node.anchor = anchor(scope, node.path)
    for child in node.children + node.alternatives:
        assign_anchors(child, scope)
    return node


def count_fields(node: FieldNode) -> int:
    """How many property rows the node's own table has."""
    return len(node.children)
