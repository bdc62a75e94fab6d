"""The README's example script: one resource's life cycle, picked from the spec.

The resource is the one whose current (not deprecated) operations cover the most of
list (with a page iterator), create, show, change and delete, found by path shape alone:
``POST /c`` creates, ``GET /c[/detail]`` lists, ``GET``/``DELETE /c/{id}`` show and
delete, and a ``POST /c/{id}/action`` (else ``PUT /c/{id}``) changes.  A path's version
segment (``/v2``, ``/v2.1``) is ignored, so the newest operations of a resource group
together.  Request bodies are the manual's own valid examples, written as model
constructors; the error case is the create body without one required key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .operations import OperationView, ParamView
from .schema_types import FieldView, PyType

WIDTH = 92
_VERSION = re.compile(r"^v\d+(\.\d+)*$")


@dataclass
class ExampleView:
    """What the example script calls, with the code of its arguments."""

    lister: OperationView
    shower: OperationView
    id_param: ParamView
    id_field: str
    creator: OperationView | None = None
    create_body: str = ""
    changer: OperationView | None = None
    change_body: str = ""
    deleter: OperationView | None = None
    refused_body: str = ""
    unwrap: str | None = None  # the show response's one model field
    id_plain: bool = False      # the listed items' id is always there (no Unset guard)
    unwrap_plain: bool = False  # the show response's model field is always there
    imports: list[str] = field(default_factory=list)

    @property
    def item(self) -> str:
        """The variable holding an item's id (the path parameter's name)."""
        return self.id_param.name

    @property
    def noun(self) -> str:
        return self.id_param.name.removesuffix("_id") or "item"


def _resource(path: str) -> tuple[str, ...]:
    return tuple(s for s in path.strip("/").split("/") if not _VERSION.match(s))


def _item_param(op: OperationView) -> ParamView | None:
    """The path parameter of the path's last segment (``/c/{id}``), if it is one."""
    last = op.path.rstrip("/").rsplit("/", 1)[-1]
    return next((p for p in op.params if p.location == "path" and not p.from_config
                 and last == "{" + p.wire + "}"), None)


def _only_required(op: OperationView, *allowed: ParamView) -> bool:
    """Whether the operation needs no argument the example cannot give."""
    return all(not p.required or p.from_config or p in allowed for p in op.params)


def build_example(ops: list[OperationView]) -> ExampleView | None:
    """The example of the resource that covers most roles, or None if none has at least
    a page iterator over items with ids and a show operation."""
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    for op in ops:
        if op.deprecated:
            continue
        res = _resource(op.path)
        item = _item_param(op)
        if item is not None and op.method in ("GET", "DELETE") and _only_required(op, item):
            role = "show" if op.method == "GET" else "delete"
            groups.setdefault(res[:-1], {}).setdefault(role, (op, item))
        elif op.method == "POST" and op.body is not None and op.body.kind == "model" \
                and op.body_examples and _only_required(op):
            groups.setdefault(res, {}).setdefault("create", (op, None))
        elif op.method == "GET" and op.paginator and op.paginator.id_field and \
                _only_required(op):
            base = res[:-1] if res and res[-1] == "detail" else res
            groups.setdefault(base, {}).setdefault("list", (op, None))
    for op in ops:  # changes: POST /c/{id}/action, else PUT /c/{id}
        if op.deprecated or op.body is None or op.body.kind != "model" or not op.body_examples:
            continue
        res = _resource(op.path)
        if op.method == "POST" and len(res) > 2 and res[-1] == "action":
            item = next((p for p in op.params if p.location == "path"
                         and res[-2] == "{" + p.wire + "}"), None)
            if item is not None and _only_required(op, item):
                groups.setdefault(res[:-2], {}).setdefault("change", (op, item))
    for op in ops:
        item = _item_param(op)
        if not op.deprecated and op.method == "PUT" and item is not None and \
                op.body is not None and op.body.kind == "model" and op.body_examples:
            groups.setdefault(_resource(op.path)[:-1], {}).setdefault("change", (op, item))
    ranked = sorted(((len(roles), i, res) for i, (res, roles) in enumerate(groups.items())
                     if "list" in roles and "show" in roles), key=lambda r: (-r[0], r[1]))
    if not ranked:
        return None
    roles = groups[ranked[0][2]]
    lister, shower = roles["list"][0], roles["show"][0]
    view = ExampleView(lister=lister, shower=shower, id_param=roles["show"][1],
                       id_field=lister.paginator.id_field)
    imports: set[str] = set()
    if "create" in roles:
        view.creator = roles["create"][0]
        value = view.creator.body_examples[0]
        view.create_body = value_code(value, view.creator.body, imports, 8)
        view.refused_body = literal(_without_a_required_key(value, view.creator.body), 8,
                                    len(f"        client.{view.creator.name}(body="))
    if "change" in roles:
        view.changer = roles["change"][0]
        view.change_body = value_code(view.changer.body_examples[0], view.changer.body,
                                      imports, 8)
    if "delete" in roles:
        view.deleter = roles["delete"][0]
    id_field = next(f for f in lister.paginator.item.model.fields
                    if f.name == view.id_field)
    view.id_plain = _plain(id_field)
    unwrap = _unwrap(shower)
    view.unwrap = unwrap.name if unwrap else None
    view.unwrap_plain = unwrap is not None and _plain(unwrap)
    view.imports = sorted(imports)
    return view


def _unwrap(op: OperationView) -> FieldView | None:
    """The field of the show response that holds the item (``{"volume": {...}}``)."""
    types = [r.type for r in op.responses if r.type is not None]
    if len(types) != 1 or types[0].kind != "model":
        return None
    models = [f for f in types[0].model.fields if f.type.kind == "model"]
    return models[0] if len(models) == 1 else None


def _plain(f: FieldView) -> bool:
    """Whether a response field is a plain type: required or always present, not null."""
    return f.required and not f.type.nullable


def _without_a_required_key(value: Any, t: PyType) -> Any:
    """The required keys of ``value`` (at each level) less the innermost one along the
    first required keys: a body the service must refuse."""
    if not isinstance(value, dict) or t.kind != "model":
        return value
    required = [f for f in t.model.fields
                if f.required and f.default_code is None and f.json_name in value]
    if not required:
        return value
    first = required[0]
    inner = value[first.json_name]
    kept = {f.json_name: value[f.json_name] for f in required[1:]}
    if first.type.kind == "model" and isinstance(inner, dict) and any(
            g.required and g.default_code is None and g.json_name in inner
            for g in first.type.model.fields):
        return {first.json_name: _without_a_required_key(inner, first.type), **kept}
    return kept


# --------------------------------------------------------------------------- code
def value_code(value: Any, t: PyType | None, imports: set[str], indent: int) -> str:
    """Python code building ``value`` (a JSON value valid for ``t``) from the models, as
    a ``body=`` argument on its own line at ``indent``."""
    return _fmt(_node(value, t, imports), indent, indent + len("body="))


def literal(value: Any, indent: int, start: int) -> str:
    """A JSON value as a Python literal starting at column ``start``."""
    return _fmt(_node(value, None, set()), indent, start)


def _node(value: Any, t: PyType | None, imports: set[str]) -> tuple:
    if value is None:
        return ("lit", "None")
    if t is not None and t.kind == "model" and isinstance(value, dict):
        imports.add(t.model.name)
        by_json = {f.json_name: f for f in t.model.fields}
        args = [(by_json[k].name, _node(v, by_json[k].type, imports))
                for k, v in value.items() if k in by_json]
        extra = {k: v for k, v in value.items() if k not in by_json}
        if extra:
            args.append(("additional_properties", _node(extra, None, imports)))
        return ("call", t.model.name, args)
    if t is not None and t.kind == "enum" and isinstance(value, str):
        imports.add(t.enum.name)
        member = next((m for m, v, _ in t.enum.members if v == value), None)
        return ("lit", f"{t.enum.name}.{member}" if member else f"{t.enum.name}({value!r})")
    if isinstance(value, list):
        item = t.item if t is not None and t.kind == "list" else None
        return ("list", [_node(v, item, imports) for v in value])
    if isinstance(value, dict):
        item = t.item if t is not None and t.kind == "map" else None
        return ("dict", [(repr(str(k)), _node(v, item, imports)) for k, v in value.items()])
    return ("lit", repr(value))


def _fmt(node: tuple, indent: int, start: int | None = None) -> str:
    """Code of ``node`` starting at column ``start`` (default ``indent``): on one line
    if it fits, else one argument or item a line, indented under ``indent``."""
    flat = _flat(node)
    if (indent if start is None else start) + len(flat) <= WIDTH or node[0] == "lit":
        return flat
    pad, inner = " " * (indent + 4), indent + 4
    if node[0] == "call":
        rows = [f"{pad}{k}={_fmt(v, inner, inner + len(k) + 1)}," for k, v in node[2]]
        return f"{node[1]}(\n" + "\n".join(rows) + "\n" + " " * indent + ")"
    if node[0] == "list":
        rows = [f"{pad}{_fmt(v, inner)}," for v in node[1]]
        return "[\n" + "\n".join(rows) + "\n" + " " * indent + "]"
    rows = [f"{pad}{k}: {_fmt(v, inner, inner + len(k) + 2)}," for k, v in node[1]]
    return "{\n" + "\n".join(rows) + "\n" + " " * indent + "}"


def _flat(node: tuple) -> str:
    if node[0] == "lit":
        return node[1]
    if node[0] == "call":
        return f"{node[1]}(" + ", ".join(f"{k}={_flat(v)}" for k, v in node[2]) + ")"
    if node[0] == "list":
        return "[" + ", ".join(_flat(v) for v in node[1]) + "]"
    return "{" + ", ".join(f"{k}: {_flat(v)}" for k, v in node[1]) + "}"
