"""Spec -> the view model of a whole client package (ClientView)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .docs import operation_doc
from .example import ExampleView, build_example
from .headers import name_headers
from .names import identifier
from .operations import OperationView, build_operations
from .schema_types import TypeRegistry, text


@dataclass
class ClientView:
    """Everything the client templates need."""

    package: str
    dist: str
    version: str
    env_prefix: str
    server_url: str
    server_variables: dict[str, str]
    region_default: str
    title: str
    doc_version: str
    release_date: str
    ops: list[OperationView]
    registry: TypeRegistry
    error_codes: list[tuple[str, list[dict[str, Any]]]]
    docs: dict[str, str] = field(default_factory=dict)
    example: ExampleView | None = None

    @property
    def classes(self) -> list[Any]:
        return self.registry.classes() + [op.headers for op in self.ops if op.headers]


def default_package(doc: dict, stem: str | None = None) -> str:
    """The package name: ``<stem>_client`` where the stem is the spec file's stem
    (``evs`` for ``evs.openapi.json``), else the service's IAM action namespace
    (the most common one: ``evs`` in ``evs:volumes:create``), else ``api``."""
    if not stem:
        counts = Counter(str(a).split(":", 1)[0] for p in doc.get("x-permissions") or []
                         if isinstance(p, dict) for a in p.get("actions") or [] if ":" in str(a))
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        stem = ranked[0][0] if ranked else "api"
    return identifier(stem, "api").rstrip("_") + "_client"


def _version(info: dict) -> str:
    """Calendar version from the manual's release date (2025-08-20 -> 2025.8.20)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text(info.get("x-release-date")))
    return ".".join(str(int(x)) for x in m.groups()) if m else "0.1.0"


def _region_default(doc: dict) -> str:
    """The documented default of the first server's ``region`` variable, if any."""
    servers = [s for s in doc.get("servers") or [] if isinstance(s, dict)]
    variables = servers[0].get("variables") if servers else None
    region = variables.get("region") if isinstance(variables, dict) else None
    return text(region.get("default")) if isinstance(region, dict) else ""


def _server(doc: dict) -> tuple[str, dict[str, str]]:
    """The first server's URL template and its variables' defaults (``{endpoint}`` when
    the spec has no absolute server URL).  A variable named ``endpoint`` or ``region``
    gets no default: the user gives it."""
    servers = [s for s in doc.get("servers") or [] if isinstance(s, dict)]
    url = text(servers[0].get("url")) if servers else ""
    if not url.startswith(("http://", "https://")):
        return "https://{endpoint}", {}
    variables = servers[0].get("variables")
    defaults = {}
    for name, var in (variables if isinstance(variables, dict) else {}).items():
        if isinstance(var, dict) and name not in ("endpoint", "region") and \
                isinstance(var.get("default"), str):
            defaults[str(name)] = var["default"]
    return url, dict(sorted(defaults.items()))


def _error_codes(doc: dict) -> list[tuple[str, list[dict[str, Any]]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for e in doc.get("x-error-codes") or []:
        if isinstance(e, dict) and text(e.get("code")):
            status = e.get("status")
            rows.setdefault(e["code"], []).append({
                "status": int(status) if isinstance(status, int) else 0,
                **{k: text(e.get(k)) for k in ("message", "description", "remedy")}})
    return list(rows.items())


def build_view(doc: dict, package: str, *, texts: bool = True) -> ClientView:
    """The client view model of a spec; without `texts`, no method docstrings and no README
    example (the site's call snippets need only the methods and their parameters)."""
    if not package.isidentifier() or package.startswith("_"):
        raise ValueError(f"not a valid package name: {package!r}")
    registry = TypeRegistry(doc)
    ops = build_operations(doc, registry)
    registry.finish()
    name_headers([op.headers for op in ops if op.headers], registry._class_names,
                 {"__init__"} | {c.module for c in registry.classes()})
    info = doc.get("info") or {}
    prefix = package.removesuffix("_client").upper()
    server_url, server_variables = _server(doc)
    view = ClientView(
        package=package, dist=package.replace("_", "-"), version=_version(info),
        env_prefix=prefix + "_", server_url=server_url,
        server_variables=server_variables,
        region_default=_region_default(doc) if "{region}" in server_url else "",
        title=text(info.get("title")) or package, doc_version=text(str(info.get("version", ""))),
        release_date=text(info.get("x-release-date")), ops=ops, registry=registry,
        error_codes=_error_codes(doc))
    if texts:
        view.docs = {op.name: operation_doc(op) for op in ops}
        view.example = build_example(ops)
    return view
