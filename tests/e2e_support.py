"""Helpers for the end-to-end test (tests/test_e2e.py): what the spec says each client
method should be called with, the committed client imported from output/client, and
small type tools over the client's annotations (coerce a request-line value to a
parameter's type, build a model instance, check a decoded value). No tests here."""
from __future__ import annotations

import importlib
import inspect
import re
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from test_server_support import pointer

ROOT = Path(__file__).resolve().parents[1]
CLIENT_ROOT = ROOT / "output" / "client"
SERVER_ROOT = ROOT / "output" / "server"
CLIENT_PACKAGE = "evs_client"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --------------------------------------------------------------------------- the spec
def snake(operation_id: str) -> str:
    """The client's method name for an operationId (``createVolumeV21``: ``create_volume_v21``)."""
    # `ForASpecifiedEcs`: a capital alone before a capitalised word is a word of its own
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_",
                  operation_id).lower()


def section(node: Any) -> str | None:
    src = node.get("x-source") if isinstance(node, dict) else None
    return str(src["section"]) if isinstance(src, dict) and "section" in src else None


@dataclass(frozen=True)
class Target:
    """One client method: an operation, or one variant (``x-variants``) of a shared one."""

    path: str
    http: str  # lower-case HTTP method
    op: dict = field(repr=False)
    variant: dict | None = field(default=None, repr=False)
    index: int | None = None  # position in x-variants

    @property
    def node(self) -> dict:
        return self.variant if self.variant is not None else self.op

    @property
    def operation_id(self) -> str:
        return str(self.node["operationId"])

    @property
    def name(self) -> str:
        return snake(self.operation_id)

    @property
    def deprecated(self) -> bool:
        return bool(self.node.get("deprecated"))

    @property
    def replaced_by(self) -> dict | None:
        value = self.node.get("x-replaced-by")
        return value if isinstance(value, dict) else None

    @property
    def has_body(self) -> bool:
        if self.variant is not None:
            return isinstance(self.variant.get("requestBody"), dict)
        return isinstance(self.op.get("requestBody"), dict)

    @property
    def body_pointer(self) -> str:
        """JSON pointer of the request body schema (the variant's own, for a variant)."""
        if self.variant is not None:
            return pointer("paths", self.path, self.http, "x-variants", self.index, "requestBody")
        return pointer("paths", self.path, self.http, "requestBody", "content",
                       "application/json", "schema")

    @property
    def body_examples(self) -> dict[str, dict]:
        content = (self.op.get("requestBody") or {}).get("content") or {}
        media = content.get("application/json") or {}
        # the Example Objects, and the manual's examples kept aside as not matching the schema
        return {**(media.get("examples") or {}), **(media.get("x-invalid-examples") or {})}

    @property
    def request_examples(self) -> list[dict]:
        return [r for r in self.node.get("x-request-examples") or [] if isinstance(r, dict)]

    def success_status(self) -> int:
        """The documented success status; for a variant, the one its own response
        examples show (else one no other variant's examples claim)."""
        responses = self.op.get("responses") or {}
        ok = sorted((s for s in responses if s.isdigit() and 200 <= int(s) < 400), key=int)
        if self.variant is not None:
            def sections(status: str) -> set[str | None]:
                content = responses[status].get("content") or {}
                return {section(ex) for media in content.values()
                        for ex in (media.get("examples") or {}).values()}
            mine = section(self.variant)
            others = {section(v) for v in self.op["x-variants"] if v is not self.variant} - {mine}
            own = [s for s in ok if mine in sections(s)]
            free = [s for s in ok if not sections(s) & others]
            ok = own or free or ok
        return int(ok[0])


def targets(doc: dict) -> list[Target]:
    out = []
    for path, item in doc["paths"].items():
        for http in HTTP_METHODS:
            op = item.get(http)
            if not isinstance(op, dict):
                continue
            variants = [v for v in op.get("x-variants") or [] if isinstance(v, dict)]
            if variants:
                out.extend(Target(path, http, op, v, i) for i, v in enumerate(variants))
            else:
                out.append(Target(path, http, op))
    return out


def method_name(doc: dict, http: str, path: str) -> str:
    """The client method of the operation ``http path`` (of its first variant, for a
    shared one), named from the spec."""
    op = doc["paths"][path][http.lower()]
    return snake((op.get("x-variants") or [op])[0]["operationId"])


def expected_method_count(doc: dict) -> int:
    """Operations in the spec plus the extra variants of shared method+paths."""
    count = 0
    for item in doc["paths"].values():
        for http in HTTP_METHODS:
            op = item.get(http)
            if isinstance(op, dict):
                count += max(1, len(op.get("x-variants") or []))
    return count


@dataclass(frozen=True)
class Case:
    """One call to make: a target with the manual's request line and body example."""

    target: Target
    line: dict | None  # the x-request-examples entry (path, query), if any
    example: str | None  # name of the requestBody example used, if any
    how: str  # where the body comes from: none | example | section-example | models

    @property
    def id(self) -> str:
        return self.target.name

    def body_value(self) -> Any:
        return self.target.body_examples[self.example]["value"]


def cases(doc: dict) -> list[Case]:
    """Every target with each of its request examples whose body is valid (x-valid);
    a target the manual gives no usable example for still gets one case."""
    out: list[Case] = []
    for t in targets(doc):
        examples = t.body_examples
        mine: list[Case] = []
        for line in t.request_examples:
            name = line.get("body")
            if not t.has_body:
                mine.append(Case(t, line, None, "none"))
            elif name in examples and examples[name].get("x-valid") is True:
                mine.append(Case(t, line, str(name), "example"))
        if not mine:
            line = t.request_examples[0] if t.request_examples else None
            if not t.has_body:
                mine.append(Case(t, line, None, "none"))
            else:
                # a valid body example of this variant's own manual section, else the models
                own = [n for n, ex in examples.items() if ex.get("x-valid") is True
                       and t.variant is not None and section(ex) == section(t.variant)]
                mine.append(Case(t, line, own[0], "section-example") if own
                            else Case(t, line, None, "models"))
        out.extend(mine)
    return out


def path_values(template: str, concrete: str | None) -> dict[str, str]:
    """Path parameters the request line gives concretely (not as a ``{placeholder}``)."""
    if not concrete:
        return {}
    want, got = template.strip("/").split("/"), concrete.split("?")[0].strip("/").split("/")
    if len(want) != len(got):
        return {}
    out = {}
    for w, g in zip(want, got, strict=True):
        if w.startswith("{") and w.endswith("}") and not (g.startswith("{") and g.endswith("}")):
            out[w[1:-1]] = g
    return out


def resolve(doc: dict, ptr: str) -> Any:
    """The node at a JSON pointer, following ``$ref`` (local ones) until a plain node."""
    node: Any = doc
    for part in ptr.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(doc, str(node["$ref"])[1:])
    return node


def object_schema(doc: dict, node: Any) -> dict:
    """A schema with ``$ref`` and a single-item ``allOf`` wrapper followed."""
    while isinstance(node, dict):
        if "$ref" in node:
            node = resolve(doc, str(node["$ref"])[1:])
        elif isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        else:
            return node
    return {}


def required_chain(doc: dict, schema: Any, value: Any) -> list[str]:
    """Keys down to the innermost required key present in ``value`` (following the first
    required key at each level): dropping the last one makes the body invalid."""
    chain: list[str] = []
    node = object_schema(doc, schema)
    while isinstance(value, dict):
        present = [k for k in node.get("required") or [] if k in value]
        if not present:
            break
        chain.append(present[0])
        node = object_schema(doc, (node.get("properties") or {}).get(present[0]))
        value = value[present[0]]
    return chain


def error_rows(doc: dict, code: str) -> list[dict]:
    return [r for r in doc.get("x-error-codes") or [] if r.get("code") == code]


# --------------------------------------------------------------------------- the client
def import_client(root: Path = CLIENT_ROOT, package: str = CLIENT_PACKAGE):
    """Import the committed client from ``root`` (first on sys.path), setting aside any
    other copy already imported; returns (module, restore) where ``restore()`` puts
    sys.path and sys.modules back as they were."""
    saved = {n: m for n, m in sys.modules.items() if n == package or n.startswith(package + ".")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    module = importlib.import_module(package)

    def restore() -> None:
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
        sys.modules.update(saved)
        if str(root) in sys.path:
            sys.path.remove(str(root))

    return module, restore


def namespace(pkg) -> dict[str, Any]:
    """Names the client's (string) annotations refer to."""
    models = importlib.import_module(pkg.__name__ + ".models")
    types_mod = importlib.import_module(pkg.__name__ + "._types")
    ns = {name: getattr(models, name) for name in models.__all__}
    ns.update(Unset=types_mod.Unset, DetailedResponse=types_mod.DetailedResponse, Any=Any)
    return ns


def hints(obj: Any, ns: dict[str, Any]) -> dict[str, Any]:
    return typing.get_type_hints(obj, localns=ns)


PARAM_RE = re.compile(r"^\s+(\w+): (path|query|header) parameter '([^']+)'", re.M)


def parameters(method: Any) -> dict[tuple[str, str], str]:
    """(location, wire name) -> Python argument name, read from the method's docstring."""
    return {(where, wire): name for name, where, wire in PARAM_RE.findall(method.__doc__ or "")}


def members(annotation: Any) -> list[Any]:
    """The members of a union annotation (or the annotation itself)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def coerce(values: list[str], annotation: Any, unset: type) -> Any:
    """Request-line text value(s) as the argument type the client declares."""
    kinds = [m for m in members(annotation) if m is not unset and m is not type(None)]
    for tp in kinds:
        if typing.get_origin(tp) is list:
            (item,) = typing.get_args(tp) or (str,)
            return [coerce([v], item, unset) for v in values]
    value = values[0]
    for tp in kinds:
        if tp is bool:
            return value.strip().lower() == "true"
        if tp is int:
            return int(value)
        if tp is float:
            return float(value)
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(value)
    return value


def placeholder(name: str, annotation: Any, unset: type) -> Any:
    """A value for a path parameter the manual gives only as ``{name}``."""
    for tp in members(annotation):
        if isinstance(tp, type) and issubclass(tp, Enum):
            return list(tp)[0]
        if tp is int:
            return 1
    return f"e2e-{name.replace('_', '-')}-0001"


def build(annotation: Any, ns: dict[str, Any], unset: type, name: str = "value") -> Any:
    """A value of ``annotation`` built from the client's models: every required field
    set (strings, 1, True, the first enum member, one-item lists), optional ones UNSET."""
    kinds = [m for m in members(annotation) if m is not unset and m is not type(None)
             and typing.get_origin(m) is not Mapping and m is not Mapping]
    tp = kinds[0] if kinds else Any
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp) or (str,)
        return [build(item, ns, unset, name)]
    if origin is dict:
        return {}
    if is_dataclass(tp):
        field_types = hints(tp, ns)
        kwargs = {}
        for f in fields(tp):
            if f.default is MISSING and f.default_factory is MISSING:
                kwargs[f.name] = build(field_types[f.name], ns, unset, f.name)
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return list(tp)[0]
    if tp is bool:
        return True
    if tp is int:
        return 1
    if tp is float:
        return 1.0
    return f"e2e-{name}"


def conforms(value: Any, annotation: Any) -> bool:
    """Whether a decoded value has the annotated type (models, lists of models, None)."""
    for tp in members(annotation):
        if tp is Any:
            return True
        if tp is None or tp is type(None):
            if value is None:
                return True
            continue
        origin = typing.get_origin(tp)
        if origin is list:
            (item,) = typing.get_args(tp) or (Any,)
            if isinstance(value, list) and all(conforms(v, item) for v in value):
                return True
            continue
        if origin is dict:
            if isinstance(value, dict):
                return True
            continue
        if isinstance(tp, type) and isinstance(value, tp):
            return True
    return False


def plain(value: Any) -> Any:
    """A decoded value back as JSON (models via to_dict)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def signature_names(method: Any) -> list[str]:
    return [p for p in inspect.signature(method).parameters if p != "self"]
