"""The OpenAPI document indexed for serving: operations, their parameters and bodies,
and the handler targets a request is dispatched to (an operation, or one of its
``x-variants`` when several operations share one method and path)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAM_RE = re.compile(r"\{([^{}/]*)\}")


def pointer(*parts: object) -> str:
    """A JSON pointer from raw keys: pointer("paths", "/a/{b}") == "/paths/~1a~1{b}"."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def lookup(doc: object, ptr: str) -> object:
    """The node at JSON pointer ``ptr`` (already percent-decoded) in ``doc``."""
    node = doc
    if not ptr:
        return node
    for raw in ptr.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]  # type: ignore[index]
    return node


def ref_pointer(ref: str) -> str | None:
    """The JSON pointer of a local reference ("#/components/schemas/X"), else None."""
    return unquote(ref[1:]) if isinstance(ref, str) and ref.startswith("#") else None


def follow(doc: dict, node: object, ptr: str) -> tuple[object, str]:
    """Follow local ``$ref`` chains: the referenced node and its pointer."""
    for _ in range(64):
        ref = node.get("$ref") if isinstance(node, dict) else None
        target = ref_pointer(ref) if isinstance(ref, str) else None
        if target is None:
            return node, ptr
        node, ptr = lookup(doc, target), target
    raise ValueError(f"reference loop at {ptr}")


@dataclass(frozen=True)
class Param:
    """One declared parameter; ``pointer`` locates its schema in the document."""

    name: str
    location: str
    required: bool
    schema: dict
    pointer: str | None
    style: str
    explode: bool


@dataclass(frozen=True)
class Body:
    """A declared request body: accepted media types and the JSON schema's pointer."""

    required: bool
    media_types: tuple[str, ...]
    pointers: dict


@dataclass(frozen=True)
class Target:
    """What a request is dispatched to: an operation, or one variant of a shared one."""

    operation_id: str
    summary: str
    deprecated: bool
    section: str | None
    key: str | None
    body_pointer: str | None


@dataclass
class Operation:
    """One method + path of the document."""

    method: str
    path: str
    pointer: str
    spec: dict
    params: list[Param]
    body: Body | None
    targets: list[Target]

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def _params(doc: dict, item: dict, op: dict, item_ptr: str, op_ptr: str) -> list[Param]:
    merged: dict[tuple[str, str], Param] = {}
    for base, raw_list in ((item_ptr, item.get("parameters")), (op_ptr, op.get("parameters"))):
        for i, raw in enumerate(raw_list if isinstance(raw_list, list) else []):
            node, ptr = follow(doc, raw, f"{base}/parameters/{i}")
            if not isinstance(node, dict) or "name" not in node or "in" not in node:
                continue
            name, location = str(node["name"]), str(node["in"])
            schema_ptr = f"{ptr}/schema"
            schema_node = node.get("schema")
            if schema_node is None and isinstance(node.get("content"), dict) and node["content"]:
                media = next(iter(node["content"]))
                schema_node = node["content"][media].get("schema")
                schema_ptr = ptr + pointer("content", media, "schema")
            if schema_node is None:
                schema_node, schema_ptr = {}, None
            schema, schema_ptr = follow(doc, schema_node, schema_ptr) if schema_ptr else ({}, None)
            style = node.get("style") or ("form" if location in ("query", "cookie") else "simple")
            merged[(location, name.lower() if location == "header" else name)] = Param(
                name=name, location=location,
                required=bool(node.get("required")) or location == "path",
                schema=schema if isinstance(schema, dict) else {}, pointer=schema_ptr,
                style=style, explode=bool(node.get("explode", style == "form")))
    return list(merged.values())


def _body(doc: dict, op: dict, op_ptr: str) -> Body | None:
    if "requestBody" not in op:
        return None
    node, ptr = follow(doc, op["requestBody"], f"{op_ptr}/requestBody")
    if not isinstance(node, dict):
        return None
    content = node.get("content") if isinstance(node.get("content"), dict) else {}
    pointers = {}
    for media, spec in content.items():
        if isinstance(spec, dict) and "schema" in spec:
            pointers[media] = ptr + pointer("content", media, "schema")
    return Body(required=bool(node.get("required")), media_types=tuple(content),
                pointers=pointers)


def _section(node: dict) -> str | None:
    source = node.get("x-source")
    return str(source["section"]) if isinstance(source, dict) and "section" in source else None


def _targets(op: dict, body: Body | None, fallback_id: str) -> list[Target]:
    op_id = str(op.get("operationId") or fallback_id)
    body_ptr = next((p for m, p in (body.pointers.items() if body else ()) if is_json(m)), None)
    variants = op.get("x-variants")
    if not isinstance(variants, list) or not variants:
        return [Target(op_id, str(op.get("summary") or ""), bool(op.get("deprecated")),
                       _section(op), None, body_ptr)]
    targets = []
    for i, v in enumerate(x for x in variants if isinstance(x, dict)):
        ref = v.get("requestBody", {}).get("$ref") if isinstance(v.get("requestBody"), dict) else None
        key = v.get("key")
        targets.append(Target(
            str(v.get("operationId") or f"{op_id}_{i + 1}"), str(v.get("summary") or ""),
            bool(v.get("deprecated")), _section(v), str(key) if key is not None else None,
            ref_pointer(ref) if isinstance(ref, str) else body_ptr))
    return targets


def is_json(media_type: str) -> bool:
    """application/json, any ``+json`` type, or a wildcard that admits JSON."""
    m = media_type.split(";")[0].strip().lower()
    return m in ("application/json", "*/*", "application/*") or m.endswith("+json")


class SpecIndex:
    """Every operation of a document, by path and method, and every handler target."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.operations: list[Operation] = []
        self.by_path: dict[str, dict[str, Operation]] = {}
        self.targets: dict[str, tuple[Operation, Target]] = {}
        paths = doc.get("paths") if isinstance(doc.get("paths"), dict) else {}
        for path, raw_item in paths.items():
            item_ptr = pointer("paths", path)
            item, item_ptr = follow(doc, raw_item, item_ptr)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_ptr = f"{item_ptr}/{method}"
                body = _body(doc, op, op_ptr)
                operation = Operation(
                    method=method.upper(), path=str(path), pointer=op_ptr, spec=op,
                    params=_params(doc, item, op, item_ptr, op_ptr), body=body,
                    targets=_targets(op, body, f"{method}{path}"))
                self.operations.append(operation)
                self.by_path.setdefault(str(path), {})[method.upper()] = operation
                for target in operation.targets:
                    self.targets.setdefault(target.operation_id, (operation, target))

    def routes(self) -> list[str]:
        """Paths, most specific first: a literal segment wins over a template."""
        def key(path: str) -> tuple:
            segments = path.strip("/").split("/")
            return (tuple(1 if PARAM_RE.search(s) else 0 for s in segments), path)
        return sorted(self.by_path, key=key)
