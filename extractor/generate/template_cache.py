"""Compiled templates kept between runs: Jinja's bytecode cache in the user's cache folder.

Compiling the templates costs `generate` and `site` a third again of their other work.
Jinja's FileSystemBytecodeCache stores each template's compiled code under
`$XDG_CACHE_HOME/doc2spec/jinja/` (default `~/.cache`) with the checksum of the source it
was compiled from and the Jinja and Python versions; an entry whose template changed is
compiled again and replaced (written to a temp file and renamed, so parallel runs are
safe). The output is the same with or without it. `--no-cache` (or DOC2SPEC_NO_CACHE=1)
compiles every template afresh; a cache folder that cannot be made or written is simply
not used.
"""
from __future__ import annotations

import os
from pathlib import Path

_enabled = True


def disable() -> None:
    """No cache for the rest of this process (`--no-cache`)."""
    global _enabled
    _enabled = False


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "doc2spec" / "jinja"


def bytecode_cache():
    """The bytecode cache for a jinja2.Environment, or None when it is not to be used."""
    if not _enabled or os.environ.get("DOC2SPEC_NO_CACHE"):
        return None
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return None
    import jinja2
    return jinja2.FileSystemBytecodeCache(str(folder))


def compile_options() -> dict:
    """The jinja2.Environment options every generator shares for compiling templates:
    the bytecode cache above; no check for changed template files within a run; no
    constant-folding pass (Jinja's optimizer: a tenth of the time a template takes to
    compile, for folding that makes no measurable difference to rendering ours; the
    output is the same either way)."""
    return {"bytecode_cache": bytecode_cache(), "auto_reload": False, "optimized": False}
