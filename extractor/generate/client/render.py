"""Render a ClientView through the Jinja templates in ``templates/client/`` and write
the package; ``templates/client/runtime/`` and ``signer.py`` are copied verbatim."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import template_dir
from ..template_cache import compile_options
from .docs import docstring, markdown
from .headers import HeadersView
from .operations import OperationView
from .schema_types import EnumView, ModelView
from .view import ClientView, build_view, default_package
from .write import write_tree

TEMPLATES = template_dir("client")
RUNTIME = ("_config.py", "_serde.py", "_transport.py", "_types.py", "errors.py")


def _md_code(value: str) -> str:
    if any(c in value for c in "`|\n\r<>&") or not value.isprintable():
        return markdown(value)
    return f"`{value}`"


def _environment():
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined, **compile_options())
    env.filters.update(
        pyrepr=repr, doc=docstring, md=markdown, md_code=_md_code,
        tomlstr=lambda v: json.dumps(str(v), ensure_ascii=False),
        tuple_code=lambda xs: "(" + "".join(f"{int(x)}, " for x in xs).rstrip(" ") + ")",
        list_code=lambda xs: "[" + ", ".join(str(int(x)) for x in xs) + "]",
        kwarg=lambda name: f"{name}={name}",
        indent_arg=lambda arg, n: " " * n + arg + ",\n")
    return env


def _uses(ops: list[OperationView]) -> dict[str, bool]:
    """Which names the operations and client modules need to import."""
    anns = [p.annotation for op in ops for p in op.params]
    anns += [op.body.annotation() for op in ops if op.body is not None]
    exprs = [e for op in ops for _, e in op.parse_branches()[0]] + \
        [op.parse_branches()[1] for op in ops]
    return {
        "mapping": any("Mapping[" in a for a in anns) or any(
            op.body is not None and op.body.kind == "model" for op in ops),
        "sequence": any("Sequence[" in a for a in anns),
        "unset": any("| Unset" in a for a in anns) or any(
            op.body is not None and not op.body_required for op in ops),
        "unset_value": any(op.body is None for op in ops),
        "iterator": any(op.paginator for op in ops),
        "serde": any(op.body is not None for op in ops) or any("_S." in e for e in exprs),
        "transport": any(op.params or op.deprecated for op in ops),
        "headers": any(op.headers for op in ops),
    }


def _op_classes(ops: list[OperationView], pages: bool) -> list[Any]:
    """The classes the operations' signatures (and, with ``pages``, their page
    iterators) name, sorted by module."""
    found = {id(c): c for op in ops for c in op.classes(pages)}
    return sorted(found.values(), key=lambda c: c.module)


def _op_imports(op: OperationView) -> list[tuple[str, str]]:
    out = {(c.module, c.name) for r in op.responses if r.type is not None
           for c in r.type.classes()}
    return sorted(out)


@dataclass(frozen=True)
class ClientSummary:
    """What generate_client wrote."""

    package: str
    files: list[str]
    methods: int
    models: int
    enums: int


def render_client(doc: dict, package: str | None = None) -> dict[str, str]:
    """The generated package as {relative path: text}."""
    return _render(build_view(doc, package or default_package(doc)))


def _render(view: ClientView) -> dict[str, str]:
    env = _environment()
    pkg = view.package
    ctx: dict[str, Any] = {
        "package": pkg, "dist": view.dist, "version": view.version,
        "env_prefix": view.env_prefix, "server_url": view.server_url,
        "server_variables": view.server_variables, "region_default": view.region_default,
        "example": view.example, "title": view.title,
        "doc_version": view.doc_version, "release_date": view.release_date,
        "ops": view.ops, "classes": view.classes, "docs": view.docs,
        "op_classes": _op_classes(view.ops, False),
        "error_codes": view.error_codes, "uses": _uses(view.ops),
        "op_imports": {op.name: _op_imports(op) for op in view.ops},
        "simple": next((op for op in view.ops if not op.deprecated and op.body is None), None),
        "paginated": next((op for op in view.ops if op.paginator and not op.deprecated), None),
    }
    out: dict[str, str] = {}

    def render(template: str, target: str, **extra: Any) -> None:
        out[target] = env.get_template(template).render({**ctx, **extra})

    render("pyproject.toml.jinja", "pyproject.toml")
    script = ""
    if view.example is not None:
        render("example.py.jinja", "example.py")
        script = out["example.py"]
    render("README.md.jinja", "README.md", script=script)
    render("package/__init__.py.jinja", f"{pkg}/__init__.py")
    render("package/_meta.py.jinja", f"{pkg}/_meta.py")
    render("package/_error_codes.py.jinja", f"{pkg}/_error_codes.py")
    render("package/_operations.py.jinja", f"{pkg}/_operations.py")
    client_classes = _op_classes(view.ops, True)
    render("package/client.py.jinja", f"{pkg}/client.py", aio=False, op_classes=client_classes)
    render("package/client.py.jinja", f"{pkg}/async_client.py", aio=True,
           op_classes=client_classes)
    render("package/models/__init__.py.jinja", f"{pkg}/models/__init__.py")
    for cls in view.classes:
        if isinstance(cls, ModelView):
            render("package/models/model.py.jinja", f"{pkg}/models/{cls.module}.py", model=cls)
        elif isinstance(cls, EnumView):
            render("package/models/enum.py.jinja", f"{pkg}/models/{cls.module}.py", enum=cls)
        elif isinstance(cls, HeadersView):
            render("package/models/headers.py.jinja", f"{pkg}/models/{cls.module}.py",
                   headers=cls)
    for name in RUNTIME:
        out[f"{pkg}/{name}"] = (TEMPLATES / "runtime" / name).read_text(encoding="utf-8")
    out[f"{pkg}/signer.py"] = (TEMPLATES / "signer.py").read_text(encoding="utf-8")
    out[f"{pkg}/py.typed"] = ""
    return dict(sorted(out.items()))


def generate_client(doc: dict, out_dir: Path, package: str | None = None,
                    previous: Path | None = None) -> ClientSummary:
    """Write the client package to ``out_dir`` (replaced as a whole, atomically);
    ``previous``: the tree it replaces when that is elsewhere (see write_tree)."""
    view = build_view(doc, package or default_package(doc))
    files = _render(view)
    write_tree(Path(out_dir), files, previous)
    return ClientSummary(view.package, list(files), len(view.ops),
                         len(view.registry.all_models), len(view.registry.enums))
