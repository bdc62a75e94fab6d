"""The server stub's view model: which handler module and method serves which operation.

Built from the spec alone. A handler target is an operation, or each of its
``x-variants`` when several manual sections share one method and path; targets
are grouped into one module per tag (the operation's first tag).
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from .names import method_name, module_name, unique

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class HandlerView:
    """One handler method: what it serves, for names, docstrings and the README."""

    operation_id: str
    method: str
    http_method: str
    path: str
    summary: str
    deprecated: bool
    key: str | None
    section: str | None
    module: str

    @property
    def doc(self) -> str:
        """The method's docstring text (rendered only through repr)."""
        lines = [f"{self.http_method} {self.path}: {self.summary}".rstrip(": ")]
        facts = [f"operationId {self.operation_id}"]
        if self.key:
            facts.append(f"body key {self.key}")
        if self.section:
            facts.append(f"manual section {self.section}")
        if self.deprecated:
            facts.append("deprecated")
        return "\n\n".join(lines + ["; ".join(facts) + "."])


@dataclass
class TagView:
    """One handler module: a tag and the handlers of its operations."""

    name: str
    module: str
    handlers: list[HandlerView] = field(default_factory=list)

    @property
    def method_lines(self) -> list[str]:
        """The method names (identifiers only), wrapped for a docstring."""
        return textwrap.wrap(", ".join(h.method for h in self.handlers), 84)


@dataclass(frozen=True)
class ServerView:
    """Everything the server templates need."""

    package: str
    dist_name: str
    title: str
    api_version: str
    openapi: str
    operation_count: int
    schemes: list[str]
    tags: list[TagView]

    @property
    def handlers(self) -> list[HandlerView]:
        return [h for t in self.tags for h in t.handlers]


def _section(node: dict) -> str | None:
    source = node.get("x-source")
    return str(source["section"]) if isinstance(source, dict) and "section" in source else None


def _targets(method: str, path: str, op: dict) -> list[dict]:
    """The handler targets of one operation, with the ids the stub runtime derives."""
    op_id = str(op.get("operationId") or f"{method}{path}")
    variants = op.get("x-variants")
    if not isinstance(variants, list) or not variants:
        return [{"id": op_id, "summary": op.get("summary"), "deprecated": op.get("deprecated"),
                 "section": _section(op), "key": None}]
    return [{"id": str(v.get("operationId") or f"{op_id}_{i + 1}"), "summary": v.get("summary"),
             "deprecated": v.get("deprecated"), "section": _section(v), "key": v.get("key")}
            for i, v in enumerate(x for x in variants if isinstance(x, dict))]


def _schemes(doc: dict) -> list[str]:
    """One plain-text line per security scheme: what the stub accepts for it."""
    comps = doc.get("components") if isinstance(doc.get("components"), dict) else {}
    schemes = comps.get("securitySchemes") if isinstance(comps.get("securitySchemes"), dict) else {}
    lines = []
    for name, s in schemes.items():
        if not isinstance(s, dict):
            continue
        if s.get("type") == "apiKey":
            text = f"{name}: the {s.get('name')} {s.get('in') or 'header'}, non-empty"
            signing = s.get("x-signing")
            if isinstance(signing, dict) and signing.get("algorithm"):
                text += (f", shaped as {signing['algorithm']} Access=..., SignedHeaders=..., "
                         "Signature=<hex>")
        elif s.get("type") == "http":
            text = f"{name}: an Authorization header with the {s.get('scheme') or 'bearer'} scheme"
        else:
            text = f"{name}: an Authorization header"
        lines.append(text)
    return lines


def build_view(doc: dict, package: str, dist_name: str) -> ServerView:
    """The view model of the stub for ``doc``."""
    declared = [t for t in doc.get("tags") or [] if isinstance(t, dict) and "name" in t]
    sections = {str(t["name"]): t.get("x-section") for t in declared}
    tags: dict[str, TagView] = {}
    used_modules: set[str] = set()
    for name, section in sections.items():
        tags[name] = TagView(name, unique(module_name(name, section), used_modules))
    used_methods: set[str] = set()
    count = 0
    seen_ids: set[str] = set()
    paths = doc.get("paths") if isinstance(doc.get("paths"), dict) else {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            count += 1
            op_tags = op.get("tags") if isinstance(op.get("tags"), list) else []
            tag = str(op_tags[0]) if op_tags else ""
            if tag not in tags:
                tags[tag] = TagView(tag, unique(module_name(tag, None) if tag else "untagged",
                                                used_modules))
            for t in _targets(method, str(path), op):
                if t["id"] in seen_ids:
                    continue
                seen_ids.add(t["id"])
                tags[tag].handlers.append(HandlerView(
                    operation_id=t["id"],
                    method=unique(method_name(t["id"], method, str(path)), used_methods),
                    http_method=method.upper(), path=str(path), summary=str(t["summary"] or ""),
                    deprecated=bool(t["deprecated"]),
                    key=str(t["key"]) if t["key"] is not None else None,
                    section=t["section"], module=tags[tag].module))
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
    return ServerView(package=package, dist_name=dist_name, title=str(info.get("title") or ""),
                      api_version=str(info.get("version") or ""),
                      openapi=str(doc.get("openapi") or ""), operation_count=count,
                      schemes=_schemes(doc),
                      tags=[t for t in tags.values() if t.handlers])
