"""The spec's operations -> view models for the site's operation pages and index."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .schema import FieldNode, SchemaTrees, anchor, assign_anchors, overlay_notes

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(repr=False)
class Source:
    """Where a fact is in the manual."""

    section: str = ""
    title: str = ""
    line: int | None = None
    page: int | None = None

    @classmethod
    def of(cls, raw) -> Source:
        raw = raw if isinstance(raw, dict) else {}
        return cls(str(raw.get("section") or ""), str(raw.get("title") or ""),
                   raw.get("line"), raw.get("page"))

    @property
    def where(self) -> str:
        """`line 914` / `page 12` / ``."""
        if self.line is not None:
            return f"line {self.line}"
        return f"page {self.page}" if self.page is not None else ""


@dataclass(repr=False)
class Link:
    label: str
    url: str = ""
    method: str = ""
    path: str = ""


@dataclass(repr=False, eq=False)
class Param:
    name: str
    location: str
    required: bool
    node: FieldNode


@dataclass(repr=False, eq=False)
class Example:
    """One example body from the manual, pretty-printed (or its raw text)."""

    name: str
    summary: str
    text: str
    raw: bool = False
    value: Any = None              # the parsed example (None for raw text)
    valid: bool | None = None
    repairs: list[str] = field(default_factory=list)
    note: str = ""
    source: Source = field(default_factory=Source)


@dataclass(repr=False, eq=False)
class RequestExample:
    """A request line of the manual, with the body example that follows it."""

    line: str
    summary: str = ""
    body: Example | None = None
    source: Source = field(default_factory=Source)


@dataclass(repr=False, eq=False)
class Response:
    status: str
    description: str
    media_type: str = ""
    schema: FieldNode | None = None
    examples: list[Example] = field(default_factory=list)
    same_as: str = ""              # an earlier status of the operation with the same body
    headers: list[Param] = field(default_factory=list)   # documented response headers
    codes: list = field(default_factory=list)   # errors.OpError of the operation with this status
    general: list = field(default_factory=list)  # the general ErrorRow(s) for this status


@dataclass(repr=False, eq=False)
class Iam:
    actions: list[str] = field(default_factory=list)
    match: str = ""
    iam_project: bool | None = None
    enterprise_project: bool | None = None
    permissions: list[tuple[str, Source]] = field(default_factory=list)


@dataclass(repr=False, eq=False)
class Variant:
    """One manual section of an operation that several sections share."""

    operation_id: str
    anchor: str
    summary: str
    deprecated: bool
    key: str
    description: str
    source: Source
    iam: Iam
    replaced_by: Link | None
    body: FieldNode | None
    requests: list[RequestExample]
    client_method: str = ""
    snippets: list = field(default_factory=list)        # snippets.Snippet
    errors: list = field(default_factory=list)          # errors.OpError


@dataclass(repr=False, eq=False)
class CodeSample:
    lang: str
    label: str
    source: str


@dataclass(repr=False, eq=False)
class Operation:
    operation_id: str
    page: str                      # file name under ops/
    method: str
    path: str
    summary: str
    description: str
    tags: list[str]
    deprecated: bool
    source: Source
    replaced_by: Link | None = None
    params: list[Param] = field(default_factory=list)
    body: FieldNode | None = None
    body_required: bool = False
    body_media_type: str = ""
    discriminator: str = ""
    requests: list[RequestExample] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    iam: Iam = field(default_factory=Iam)
    variants: list[Variant] = field(default_factory=list)
    code_samples: list[CodeSample] = field(default_factory=list)
    security: list[str] = field(default_factory=list)
    client_method: str = ""
    snippets: list = field(default_factory=list)        # snippets.Snippet
    errors: list = field(default_factory=list)          # errors.OpError
    raw_errors: list = field(default_factory=list)      # the spec's x-errors
    chapter: str = ""                                   # navigation: chapter label
    chapter_anchor: str = ""
    group: str = ""                                     # navigation: group label
    group_anchor: str = ""
    corrections: list[str] = field(default_factory=list)   # x-overlay descriptions

    @property
    def callable(self) -> "Operation | Variant":
        """What the snippet at the top calls: the operation, or its first live variant."""
        if not self.variants:
            return self
        return next((v for v in self.variants if not v.deprecated), self.variants[0])

    @property
    def body_example(self):
        """The first request body example that is JSON and matches its schema."""
        for r in self.callable.requests:
            if r.body and not r.body.raw and r.body.valid is not False:
                return r.body.value
        return None


def _pretty(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _example(name: str, raw: dict) -> Example:
    raw = raw if isinstance(raw, dict) else {}
    has_value = "value" in raw
    text = _pretty(raw["value"]) if has_value else str(raw.get("x-raw", ""))
    return Example(name=name, summary=str(raw.get("summary") or ""), text=text,
                   raw=not has_value, value=raw.get("value"), valid=raw.get("x-valid"),
                   repairs=[str(r) for r in raw.get("x-repairs") or []],
                   note=str(raw.get("description") or raw.get("x-finding") or ""),
                   source=Source.of(raw.get("x-source")))


def _all_examples(content: dict) -> list[tuple[str, dict]]:
    """The Example Objects and the manual's examples kept under ``x-invalid-examples`` (they
    do not match their schema), in the manual's order."""
    pairs = [*(content.get("examples") or {}).items(),
             *(content.get("x-invalid-examples") or {}).items()]
    def where(pair):
        src = pair[1].get("x-source") if isinstance(pair[1], dict) else None
        src = src if isinstance(src, dict) else {}
        return (src.get("line") or src.get("page") or 0, pair[0])
    return sorted(pairs, key=where)


def _iam(raw) -> Iam:
    raw = raw if isinstance(raw, dict) else {}
    return Iam(actions=[str(a) for a in raw.get("actions") or []],
               match=str(raw.get("match") or ""),
               iam_project=raw.get("iam-project"), enterprise_project=raw.get("enterprise-project"),
               permissions=[(str(p.get("name", "")), Source.of(p))
                            for p in raw.get("permissions") or []])


def _json_content(content) -> tuple[str, dict]:
    """The JSON-ish media type of a content map (first one otherwise)."""
    if not isinstance(content, dict) or not content:
        return "", {}
    for media, body in content.items():
        if "json" in media:
            return media, body or {}
    media = next(iter(content))
    return media, content[media] or {}


def page_names(ids: list[str]) -> list[str]:
    """A file name per operationId, safe and unique even on case-insensitive disks."""
    out, taken = [], set()
    for op_id in ids:
        base = re.sub(r"[^A-Za-z0-9_-]", "_", op_id) or "operation"
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name.lower())
        out.append(f"{name}.html")
    return out


def iter_operations(spec: dict):
    """(path, method, operation) in the spec's order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in METHODS and isinstance(op, dict):
                yield path, method, op


def operation_ids(spec: dict) -> list[str]:
    """Every operation's id, made up from method and path where the spec has none."""
    return [op.get("operationId") or f"{method}{path}"
            for path, method, op in iter_operations(spec)]


class OperationBuilder:
    """Builds Operation view models; knows where every operation and variant lives."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.trees = SchemaTrees((spec.get("components") or {}).get("schemas") or {})
        ids = operation_ids(spec)
        self.entries = [(path, method, op, op_id, page) for (path, method, op), op_id, page
                        in zip(iter_operations(spec), ids, page_names(ids), strict=True)]
        self.urls: dict[str, str] = {}          # operationId (also variants') -> url
        for _path, _method, op, op_id, page in self.entries:
            self.urls.setdefault(op_id, f"ops/{page}")
            for v in op.get("x-variants") or []:
                if v.get("operationId"):
                    self.urls.setdefault(v["operationId"],
                                         f"ops/{page}#{anchor(v['operationId'])}")

    def build_all(self) -> list[Operation]:
        return [self.build(path, method, op, op_id, page)
                for path, method, op, op_id, page in self.entries]

    def _deref(self, obj) -> dict:
        """A `$ref` to elsewhere in the spec (`#/components/parameters/X`) followed."""
        for _ in range(8):
            if not (isinstance(obj, dict) and str(obj.get("$ref", "")).startswith("#/")):
                break
            target: object = self.spec
            for part in obj["$ref"][2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            obj = target
        return obj if isinstance(obj, dict) else {}

    def _replaced(self, raw) -> Link | None:
        if not isinstance(raw, dict) or not raw.get("operationId"):
            return None
        label = " ".join(x for x in (f"§{raw['section']}" if raw.get("section") else "",
                                     str(raw.get("summary") or ""), f"({raw['operationId']})") if x)
        return Link(label, self.urls.get(raw["operationId"], ""))

    def build(self, path: str, method: str, op: dict, op_id: str, page: str) -> Operation:
        out = Operation(operation_id=op_id, page=page, method=method.upper(),
                        path=path, summary=str(op.get("summary") or op_id),
                        description=str(op.get("description") or ""),
                        tags=[str(t) for t in op.get("tags") or []],
                        deprecated=bool(op.get("deprecated")), source=Source.of(op.get("x-source")),
                        replaced_by=self._replaced(op.get("x-replaced-by")),
                        iam=_iam(op.get("x-iam")), corrections=overlay_notes(op))
        path_item = (self.spec.get("paths") or {}).get(path) or {}
        out.params = self._params(list(path_item.get("parameters") or [])
                                  + list(op.get("parameters") or []))
        body_examples = self._body(op, out)
        used: set[str] = set()
        out.requests = self._requests(op.get("x-request-examples"), body_examples, used)
        for v in op.get("x-variants") or []:
            out.variants.append(self._variant(v, body_examples, used))
        leftovers = [RequestExample(line="", summary=e.summary, body=e, source=e.source)
                     for n, e in body_examples.items() if n not in used]
        if out.variants:
            for var in out.variants:
                var.requests += [r for r in leftovers if r.source.section == var.source.section]
            out.requests += [r for r in leftovers
                             if r.source.section not in {v.source.section for v in out.variants}]
        else:
            out.requests += leftovers
        for status, resp in (op.get("responses") or {}).items():
            out.responses.append(self._response(str(status), resp))
        first: dict[str, str] = {}
        for r in out.responses:
            if r.schema is not None and r.schema.ref:
                r.same_as = first.setdefault(r.schema.ref, r.status)
                r.same_as = "" if r.same_as == r.status else r.same_as
        for s in op.get("x-codeSamples") or []:
            out.code_samples.append(CodeSample(str(s.get("lang", "")), str(s.get("label", "")),
                                               str(s.get("source", ""))))
        out.raw_errors = [e for e in op.get("x-errors") or [] if isinstance(e, dict)]
        security = op.get("security", self.spec.get("security")) or []
        out.security = [" + ".join(req) for req in security if isinstance(req, dict) and req]
        return out

    def _params(self, raw: list) -> list[Param]:
        """Path-item then operation parameters; an operation's own wins on (name, in)."""
        by_key: dict[tuple[str, str], Param] = {}
        for p in map(self._deref, raw):
            name, where = str(p.get("name", "")), str(p.get("in", ""))
            node = assign_anchors(self.trees.tree(p.get("schema") or {}, name=name,
                                                  path=f"{where}.{name}"), "p")
            node.required = bool(p.get("required"))
            node.description = str(p.get("description") or node.description)
            node.corrections = overlay_notes(p) + node.corrections
            by_key[(name, where)] = Param(name, where, node.required, node)
        return list(by_key.values())

    def _body(self, op: dict, out: Operation) -> dict[str, Example]:
        """Fill in the request body of `out`; return its examples by name."""
        rb = self._deref(op.get("requestBody"))
        if not rb:
            return {}
        media, content = _json_content(rb.get("content"))
        out.body_media_type, out.body_required = media, bool(rb.get("required"))
        schema = content.get("schema") or {}
        if isinstance(schema.get("discriminator"), dict):
            out.discriminator = str(schema["discriminator"].get("propertyName", ""))
        if not op.get("x-variants"):
            out.body = self.trees.body_tree(schema, "req")
        return {n: _example(n, e) for n, e in _all_examples(content)}

    def _requests(self, raw, body_examples: dict[str, Example], used: set[str]):
        out = []
        for r in raw or []:
            body = body_examples.get(r.get("body") or "")
            if body:
                used.add(r["body"])
            line = str(r.get("line") or "") or " ".join(
                x for x in (str(r.get("method", "")), str(r.get("path", ""))) if x)
            out.append(RequestExample(line=line, summary=str(r.get("summary") or ""), body=body,
                                      source=Source.of(r.get("x-source"))))
        return out

    def _variant(self, v: dict, body_examples: dict[str, Example], used: set[str]) -> Variant:
        rb = v.get("requestBody")
        op_id = str(v.get("operationId") or "")
        body = self.trees.body_tree(rb, f"{anchor(op_id)}-req") if isinstance(rb, dict) else None
        return Variant(operation_id=op_id, anchor=anchor(op_id),
                       summary=str(v.get("summary") or ""),
                       deprecated=bool(v.get("deprecated")), key=str(v.get("key") or ""),
                       description=str(v.get("description") or ""),
                       source=Source.of(v.get("x-source")), iam=_iam(v.get("x-iam")),
                       replaced_by=self._replaced(v.get("x-replaced-by")), body=body,
                       requests=self._requests(v.get("x-request-examples"), body_examples, used),
                       errors=[e for e in v.get("x-errors") or [] if isinstance(e, dict)])

    def _response(self, status: str, resp) -> Response:
        resp = self._deref(resp)
        media, content = _json_content(resp.get("content"))
        schema = content.get("schema")
        return Response(status=status, description=str(resp.get("description") or ""),
                        media_type=media,
                        schema=(self.trees.body_tree(schema, f"resp{status}")
                                if isinstance(schema, dict) else None),
                        examples=[_example(n, e) for n, e in _all_examples(content)],
                        headers=self._headers(status, resp.get("headers")))

    def _headers(self, status: str, raw) -> list[Param]:
        """The response's documented headers, as rows like the parameters'."""
        out = []
        for name, spec in (raw.items() if isinstance(raw, dict) else ()):
            spec = self._deref(spec)
            node = assign_anchors(self.trees.tree(spec.get("schema") or {}, name=str(name),
                                                  path=f"header.{name}"), f"resp{status}-h")
            node.required = bool(spec.get("required"))
            node.description = str(spec.get("description") or node.description)
            out.append(Param(str(name), "header", node.required, node))
        return out
