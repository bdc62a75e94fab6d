"""The runnable server stub: a pip-installable Starlette package generated from a spec.

Layout of ``out_dir`` (``package`` defaults to ``<stem>_stub``)::

    pyproject.toml, README.md        regenerated
    <package>/__init__.py, __main__.py, registry.py, openapi.json, base/, runtime/
                                     regenerated (stale files in base/ and runtime/ removed)
    <package>/handlers/              the implementer's: a module is written only if absent

So regenerating never overwrites an implementation: generated ``base/<module>.py``
holds class ``Base`` with a mock method per operation, and ``handlers/<module>.py``
(``class Handlers(Base)``) is where overrides live.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ...output_files import file_mode
from ..files import same_file
from .view import build_view
from .inference import stateful_report
from .names import identifier, is_identifier
from .render import TEMPLATES, environment, render

DEPENDENCIES = ("starlette>=0.37", "uvicorn>=0.29", "jsonschema>=4.18",
                "openapi-schema-validator>=0.6", "httptools>=0.6",
                "uvloop>=0.19; sys_platform != 'win32'")
GENERATED_DIRS = ("base", "runtime")


def _spec_json(doc: dict) -> str:
    """The spec as the stub ships it, indented by two as the spec files are (orjson writes
    that directly); \\u escapes only if it holds lone surrogates."""
    from ...output import dump_json
    text = dump_json(doc, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(doc, ensure_ascii=True, indent=2) + "\n"
    return text


def _static(relative: str) -> str:
    return (TEMPLATES / relative).read_text(encoding="utf-8")


def plan(doc: dict, package: str, spec_text: str | None = None
         ) -> tuple[dict[str, str], dict[str, str]]:
    """(files always written, files written only if absent): relative path -> text.

    ``spec_text``: the spec's JSON text as read, shipped as it is (``doc`` is that text
    parsed); else the stub gets ``doc`` written as the spec files are."""
    view = build_view(doc, package, package.replace("_", "-"))
    env = environment()
    pkg = package
    rendered = {f"{pkg}/registry.py": render(env, "package/registry.py.j2", view=view)}
    once = {f"{pkg}/handlers/__init__.py": _static("package/handlers/__init__.py")}
    for tag in view.tags:
        rendered[f"{pkg}/base/{tag.module}.py"] = render(env, "package/base/module.py.j2",
                                                         tag=tag)
        once[f"{pkg}/handlers/{tag.module}.py"] = render(env, "package/handlers/module.py.j2",
                                                         tag=tag)
    for name, text in {**rendered, **once}.items():
        if name.endswith(".py"):
            compile(text, name, "exec")  # a template bug must never ship broken code
    always = {
        "pyproject.toml": render(env, "pyproject.toml.j2", view=view, dependencies=DEPENDENCIES),
        "README.md": render(env, "README.md.j2", view=view, inferred=stateful_report(doc)),
        f"{pkg}/__init__.py": _static("package/__init__.py"),
        f"{pkg}/__main__.py": _static("package/__main__.py"),
        f"{pkg}/openapi.json": spec_text if spec_text is not None else _spec_json(doc),
        f"{pkg}/registry.py": rendered.pop(f"{pkg}/registry.py"),
        f"{pkg}/base/__init__.py": _static("package/base/__init__.py"),
    }
    for source in sorted((TEMPLATES / "runtime").glob("*.py")):   # copied as they are
        always[f"{pkg}/runtime/{source.name}"] = source.read_text(encoding="utf-8")
    always.update(rendered)
    return always, once


def _write(path: Path, text: str, mode: int) -> None:
    """Replace `path` by `text` (never written into: in `generate` it is a hard link to the
    last generation's file), unless it already holds exactly that with `mode`."""
    data = text.encode("utf-8")
    if same_file(path, data, mode):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def generate_server(doc: dict, out_dir: Path, *, package: str | None = None,
                    stem: str = "api", spec_text: str | None = None) -> list[Path]:
    """Write the stub package for ``doc`` into ``out_dir``; the paths written, sorted.

    ``package`` defaults to ``<stem>_stub`` (stem: the spec file's, e.g. ``evs``).
    Handler modules that already exist are kept as they are (and not listed).
    ``spec_text``: the JSON text ``doc`` was read from, shipped as the stub's
    openapi.json as it is (see plan).
    """
    package = package or f"{identifier(stem, prefix='api')}_stub"
    if not is_identifier(package):
        raise ValueError(f"package name {package!r} is not a Python identifier")
    out_dir = Path(out_dir)
    always, once = plan(doc, package, spec_text)
    mode = file_mode()
    written = []
    for name, text in always.items():
        _write(out_dir / name, text, mode)
        written.append(out_dir / name)
    for name, text in once.items():
        if not (out_dir / name).exists():
            _write(out_dir / name, text, mode)
            written.append(out_dir / name)
    for folder in GENERATED_DIRS:
        for stale in sorted((out_dir / package / folder).glob("*.py")):
            if f"{package}/{folder}/{stale.name}" not in always:
                stale.unlink()
    return sorted(written)
