"""Spec operations -> view models for the client's methods (one per operation or variant)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .headers import HeadersView, build_headers
from .names import METHOD_AVOID, claim, identifier, ref_name
from .schema_types import ANY, PyType, TypeRegistry, text

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# the per-call options every method takes
PARAM_AVOID = METHOD_AVOID | {"body", "headers", "timeout", "retry"}


@dataclass(eq=False)
class ParamView:
    name: str
    wire: str
    location: str  # path | query | header
    type: PyType
    required: bool
    doc: str
    from_config: bool = False  # project_id: filled from the client config when omitted

    @property
    def annotation(self) -> str:
        text = self.type.annotation(loose=True)
        if self.from_config:
            return f"{text} | None"
        return text if self.required else f"{text} | Unset"

    @property
    def default(self) -> str | None:
        if self.from_config:
            return "None"
        return None if self.required else "UNSET"


@dataclass(eq=False)
class ResponseView:
    status: int
    type: PyType | None  # None: no body documented

    def parse(self) -> str:
        """Expression parsing ``data`` (the decoded body) into this response's type."""
        t = self.type
        if t is None:
            return "None"
        if t.kind == "model" and not t.nullable:
            return f"{t.model.name}.from_dict(_S.obj(data))"
        if t.kind in ("list", "map") and not t.nullable:
            check = "_S.arr(data)" if t.kind == "list" else "_S.obj(data)"
            inner = t.item.parse("x")
            if inner is None:
                return check
            fn = "_S.list_of" if t.kind == "list" else "_S.map_of"
            return f"{fn}({check}, lambda x: {inner})"
        return t.parse("data") or "data"


@dataclass(eq=False)
class PaginatorView:
    name: str
    items_field: str
    item: PyType
    strategy: str  # marker | offset
    limit: str
    marker: str | None
    offset: str | None
    id_field: str | None


@dataclass(eq=False)
class OperationView:
    name: str
    operation_id: str
    method: str
    path: str
    params: list[ParamView]
    body: PyType | None
    body_required: bool
    responses: list[ResponseView]
    summary: str
    description: str
    source: str
    deprecated: bool
    replaced_by: dict | None
    replacement: str | None = None  # the text the DeprecationWarning names
    paginator: PaginatorView | None = None
    detailed: str = ""
    body_examples: list[Any] = field(default_factory=list)  # valid request bodies
    headers: HeadersView | None = None  # the documented response headers, typed

    @property
    def returns_model(self) -> bool:
        """Whether every success response is the same (non-null) model."""
        models = {id(r.type.model) if r.type is not None and r.type.kind == "model"
                  and not r.type.nullable else None for r in self.responses}
        return len(models) == 1 and None not in models

    @property
    def path_expr(self) -> str:
        """Python expression building the encoded path from the parameters."""
        by_wire = {p.wire: p for p in self.params if p.location == "path"}
        parts: list[str] = []
        rest = self.path
        while rest:
            start = rest.find("{")
            end = rest.find("}", start)
            if start < 0 or end < 0 or rest[start + 1:end] not in by_wire:
                parts.append(repr(rest))
                break
            if start:
                parts.append(repr(rest[:start]))
            p = by_wire[rest[start + 1:end]]
            value = f"_cfg.project({p.name})" if p.from_config else p.name
            parts.append(f"_tr.segment({value}, {p.wire!r})")
            rest = rest[end + 1:]
        return " + ".join(parts) or "''"

    @property
    def success(self) -> list[int]:
        return sorted({r.status for r in self.responses})

    @property
    def result(self) -> str:
        """Return annotation: the union of the success bodies' types."""
        seen: list[str] = []
        for r in self.responses:
            ann = "None" if r.type is None else r.type.annotation()
            if ann not in seen:
                seen.append(ann)
        if not seen:
            return "Any"
        if "Any" in seen:
            return "Any"
        seen.sort(key=lambda a: a == "None")
        return " | ".join(seen)

    def parse_branches(self) -> tuple[list[tuple[list[int], str]], str]:
        """([(statuses, expr)], default expr) for the response parser."""
        groups: dict[str, list[int]] = {}
        for r in self.responses:
            groups.setdefault(r.parse(), []).append(r.status)
        if not groups:
            return [], "data"
        if "None" in groups:
            default = "None"
        else:
            default = list(groups)[-1]
        return [(sorted(s), e) for e, s in groups.items() if e != default], default

    def classes(self, pages: bool = True) -> list[Any]:
        """Model and enum views the signature names (and the page iterator's items)."""
        out = []
        for t in [self.body] + [p.type for p in self.params] + [r.type for r in self.responses]:
            if t is not None:
                out.extend(t.classes())
        if self.paginator and pages:
            out.extend(self.paginator.item.classes())
        if self.headers is not None:
            out.append(self.headers)
        return out


def _source(src: Any) -> str:
    if not isinstance(src, dict) or not src.get("section"):
        return ""
    where = f", line {src['line']}" if src.get("line") else (
        f", page {src['page']}" if src.get("page") else "")
    return f"manual section {src['section']} {text(src.get('title'))}".rstrip() + where


def _security_headers(doc: dict) -> set[str]:
    """Header names the security schemes cover: the client sets them, not the caller."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    return {str(s.get("name", "")).lower() for s in schemes.values()
            if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "header"}


def _params(op: dict, item: dict, reg: TypeRegistry, owner: str, skip: set[str]
            ) -> list[ParamView]:
    merged: dict[tuple[str, str], dict] = {}
    for p in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        if isinstance(p, dict) and p.get("in") in ("path", "query", "header") and p.get("name"):
            merged[(str(p["name"]), p["in"])] = p
    taken: set[str] = set()
    out = []
    order = {"path": 0, "query": 1, "header": 2}
    for (wire, where), p in sorted(merged.items(), key=lambda kv: order[kv[0][1]]):
        if where == "header" and wire.lower() in skip:
            continue
        required = bool(p.get("required")) or where == "path"
        from_config = where == "path" and wire == "project_id"
        base = identifier(wire, "param", PARAM_AVOID)
        name = claim(base if base not in taken else f"{base}_{where}", taken)
        ptype = reg.resolve(p.get("schema"), owner, wire)
        out.append(ParamView(name, wire, where, ptype, required, text(p.get("description")),
                             from_config))
    # required first so the generated signature reads naturally
    out.sort(key=lambda p: (not p.required or p.from_config))
    return out


def _schema_of(content: Any) -> Any:
    if not isinstance(content, dict):
        return None
    media = content.get("application/json")
    if media is None:
        media = next((v for k, v in content.items() if "json" in k), None)
    return media.get("schema") if isinstance(media, dict) else None


def _section(reg: TypeRegistry, schema: Any) -> str | None:
    if isinstance(schema, dict) and "$ref" in schema:
        target = reg.schemas.get(ref_name(str(schema["$ref"])), {})
        src = target.get("x-source") if isinstance(target, dict) else None
        return str(src.get("section")) if isinstance(src, dict) and src.get("section") else None
    return None


def _responses(op: dict, reg: TypeRegistry, owner: str, variant: str | None,
               others: set[str]) -> list[ResponseView]:
    """Success responses (2xx, or a documented status below 400).

    For a variant of a shared operation, a response alternative whose schema comes from
    another variant's manual section is not this variant's (matched by ``x-source``).
    """
    out = []
    for status, resp in (op.get("responses") or {}).items():
        if not str(status).isdigit() or int(status) >= 400 or not isinstance(resp, dict):
            continue
        schema = _schema_of(resp.get("content"))
        if schema is not None and variant is not None:
            alts = None
            for key in ("oneOf", "anyOf"):
                if isinstance(schema.get(key), list):
                    alts = schema[key]
            if alts is not None:
                mine = [a for a in alts if _section(reg, a) == variant]
                schema = mine[0] if len(mine) == 1 else schema
            elif _section(reg, schema) in others and _section(reg, schema) != variant:
                schema = None
        ptype = None if schema is None else reg.resolve(schema, owner, f"Response{status}")
        if ptype is not None and ptype.kind == "model":
            ptype.model.is_response = True
        out.append(ResponseView(int(status), ptype))
    return out


def _body(op: dict, variant: dict | None, reg: TypeRegistry, owner: str
          ) -> tuple[PyType | None, bool]:
    body = op.get("requestBody")
    if not isinstance(body, dict):
        return None, False
    schema = variant.get("requestBody") if variant is not None else _schema_of(body.get("content"))
    if variant is not None and not isinstance(schema, dict):
        return None, False
    return (reg.resolve(schema, owner, "Body") if schema is not None else ANY), \
        bool(body.get("required"))


def _body_examples(op: dict, variant: dict | None) -> list[Any]:
    """The values of the operation's (or variant's) request body examples that are valid
    against their schema (``x-valid``), those its request lines name first."""
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
    examples = (media or {}).get("examples") if isinstance(media, dict) else None
    if not isinstance(examples, dict):
        return []
    src = variant if variant is not None else op
    named = [r.get("body") for r in src.get("x-request-examples") or [] if isinstance(r, dict)]
    names = [n for n in named if n in examples]
    if variant is None:
        names += [n for n in examples if n not in names]
    return [examples[n]["value"] for n in dict.fromkeys(names)
            if isinstance(examples[n], dict) and examples[n].get("x-valid") is not False
            and "value" in examples[n]]


def build_operations(doc: dict, reg: TypeRegistry) -> list[OperationView]:
    """One view per operation, or per variant of an operation with ``x-variants``."""
    skip = _security_headers(doc)
    ops: list[OperationView] = []
    taken: set[str] = set()
    by_id: dict[str, OperationView] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            variants = [v for v in op.get("x-variants") or [] if isinstance(v, dict)]
            sections = {str((v.get("x-source") or {}).get("section")) for v in variants}
            for variant in variants or [None]:
                src = variant if variant is not None else op
                op_id = text(src.get("operationId")) or f"{method} {path}"
                owner = identifier(op_id, "op")
                section = str((src.get("x-source") or {}).get("section")) if variant else None
                body, body_required = _body(op, variant, reg, owner)
                view = OperationView(
                    name=claim(identifier(op_id, "op", METHOD_AVOID), taken),
                    operation_id=op_id,
                    method=method.upper(),
                    path=str(path),
                    params=_params(op, item, reg, owner, skip),
                    body=body,
                    body_required=body_required,
                    responses=_responses(op, reg, owner, section, sections),
                    summary=text(src.get("summary")),
                    description=text(src.get("description")),
                    source=_source(src.get("x-source")),
                    deprecated=bool(src.get("deprecated")),
                    replaced_by=src.get("x-replaced-by") if isinstance(
                        src.get("x-replaced-by"), dict) else None,
                    body_examples=_body_examples(op, variant) if body is not None else [],
                )
                view.headers = build_headers(op, view.name, op_id, section, sections)
                ops.append(view)
                by_id.setdefault(op_id, view)
    for view in ops:
        view.detailed = claim(view.name + "_detailed", taken)
        if view.deprecated:
            view.replacement = _replacement(view.replaced_by, by_id)
    for view in ops:
        view.paginator = _paginator(view, taken)
    return ops


def _replacement(replaced_by: dict | None, by_id: dict[str, OperationView]) -> str | None:
    if not replaced_by:
        return None
    target = by_id.get(text(replaced_by.get("operationId")))
    name = target.name if target else text(replaced_by.get("operationId"))
    where = " ".join(x for x in (text(replaced_by.get("section")),
                                 text(replaced_by.get("summary"))) if x)
    return f"{name} ({where})" if where else name or None


def _paginator(op: OperationView, taken: set[str]) -> PaginatorView | None:
    """A page iterator for a GET list operation with limit and marker/offset parameters."""
    query = {p.wire: p for p in op.params if p.location == "query"}
    limit, marker, offset = query.get("limit"), query.get("marker"), query.get("offset")
    if op.method != "GET" or limit is None or (marker is None and offset is None):
        return None
    typed = {r.type.model for r in op.responses if r.type is not None and r.type.kind == "model"}
    if len(typed) != 1 or any(r.type is None for r in op.responses):
        return None
    page = typed.pop()
    lists = [f for f in page.fields if f.type.kind == "list" and not f.json_name.endswith("links")
             and f.type.item is not None and f.type.item.kind == "model"]
    if len(lists) != 1:
        return None
    item = lists[0].type.item
    id_field = next((f.name for f in item.model.fields
                     if f.json_name == "id" and f.type.kind == "str"), None)
    strategy = "marker" if marker is not None and id_field else "offset" if offset else None
    if strategy is None or limit.type.kind != "int":
        return None
    return PaginatorView(
        name=claim("iter_" + op.name, taken), items_field=lists[0].name, item=item,
        strategy=strategy, limit=limit.name, marker=marker.name if marker else None,
        offset=offset.name if offset else None, id_field=id_field)
