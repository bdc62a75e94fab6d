"""Command line: thin wrappers that parse arguments, call the stages and report.

The commands live in extractor/commands/<name>.py and are imported only when used, so
`doc2spec --help` and each command load only what they need.
"""
from __future__ import annotations

import functools
import gc
import json
import os
import sys
from pathlib import Path

import click

from .errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_STATUS_HELP, EXIT_THRESHOLD, InputError

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def fail(message: str, code: int = EXIT_INPUT):
    click.echo(f"doc2spec: error: {message}", err=True)
    sys.exit(code)


_fail = fail  # the name the older command modules import


# the spec files this command read (read_spec): where one breaks the OpenAPI schema, a
# failure while processing it is bad input (exit 2), not a bug
_SPECS_READ: list[Path] = []


def handle_errors(fn):
    """Bad input or output -> one line on stderr and exit 2; a bug -> one line and exit 3."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _SPECS_READ.clear()
        try:
            return fn(*args, **kwargs)
        except InputError as exc:
            fail(str(exc))
        except (BrokenPipeError, KeyboardInterrupt):
            sys.exit(130)
        except OSError as exc:  # reading input or writing output: the file system said no
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")
        except Exception as exc:  # an internal error: one line unless debugging
            if os.environ.get("DOC2SPEC_DEBUG"):
                raise
            invalid = _invalid_spec_read()
            if invalid:
                fail(f"{invalid}; it could not be processed ({type(exc).__name__}: {exc})")
            fail(f"internal error: {type(exc).__name__}: {exc} "
                 "(set DOC2SPEC_DEBUG=1 for a traceback)", EXIT_INTERNAL)
    return wrapper


def _invalid_spec_read() -> str | None:
    """The first spec file read by this command that breaks the OpenAPI schema, with its
    first problem; None when every one is valid (or none was read)."""
    from .spec_schema import schema_errors
    for path in _SPECS_READ:
        try:
            problems = schema_errors(read_spec(path)[0])
        except Exception:  # noqa: BLE001 - this runs while reporting another error
            continue
        if problems:
            where, message = problems[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            return (f"{path}: not valid OpenAPI: {'/'.join(map(str, where)) or '(root)'}: "
                    f"{message}{more}")
    return None


def manual_arg(manual: str | None) -> Path:
    from .pipeline import default_manual
    return Path(manual) if manual else default_manual()


_manual_arg = manual_arg


def read_options(path: Path, no_cache: bool, quiet: bool) -> dict:
    """Front-end options: only the PDF reader takes any."""
    if path.suffix.lower() != ".pdf":
        return {}
    return {"use_cache": not no_cache, "progress": not quiet}


_read_options = read_options


def threshold_crossed(problems: list[dict], fail_on: str | None) -> str | None:
    """The last line when problems of `fail_on` severity or worse exist, else None."""
    if not fail_on:
        return None
    limit = SEVERITY_ORDER[fail_on]
    crossing = [p for p in problems if SEVERITY_ORDER.get(p["severity"], 2) <= limit]
    if not crossing:
        return None
    from collections import Counter
    kinds = Counter(p["kind"] for p in crossing)
    listed = ", ".join(f"{k} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"doc2spec: --fail-on {fail_on}: {len(crossing)} "
            f"{'finding' if len(crossing) == 1 else 'findings'} at or above '{fail_on}': {listed}")


def exit_on_threshold(problems: list[dict], fail_on: str | None) -> None:
    line = threshold_crossed(problems, fail_on)
    if line:
        click.echo(line, err=True)
        sys.exit(EXIT_THRESHOLD)


def load_spec(path: Path) -> dict:
    """A spec file (YAML or JSON) as a dict; a one-line InputError if it is not one."""
    return read_spec(path)[0]


def read_spec(path: Path) -> tuple[dict, str]:
    """A spec file as a dict and the text it was read from (see load_spec)."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            doc = json.loads(text)
        else:
            from .util import load_yaml
            doc = load_yaml(text)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a spec file") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a YAML/JSON spec: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict) or "openapi" not in doc or "paths" not in doc:
        raise InputError(f"{path}: not an OpenAPI document (no 'openapi'/'paths')")
    if path not in _SPECS_READ:
        _SPECS_READ.append(path)
    return doc, text


def is_spec_path(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml", ".json")


class LazyGroup(click.Group):
    """Commands kept in extractor/commands/<name>.py are imported only when used."""

    lazy = {"inspect": "inspect", "build": "build", "lint": "lint", "site": "site",
            "generate": "generate", "diff": "diff", "update": "diff",
            "mock": "mock"}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    long_running = {"mock"}

    def main(self, args=None, *rest, **options):
        if args is None:
            # Run as the program (arguments from sys.argv; a caller such as click's test
            # runner passes its own and keeps its collector). A one-shot command builds a
            # large tree of objects that stays alive to the end, and reference counting
            # frees what it drops: the cyclic collector's passes over that tree found
            # nothing to free yet cost a third of `build`. `mock` turns it back on.
            gc.disable()
        return super().main(args, *rest, **options)

    def get_command(self, ctx, name):
        if name in self.long_running:
            gc.enable()
        if name in self.lazy and name not in self.commands:
            import importlib
            module = importlib.import_module(f"extractor.commands.{self.lazy[name]}")
            return getattr(module, name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_STATUS_HELP)
@click.version_option(package_name="doc2spec")
def main():
    """doc2spec: API reference manual -> OpenAPI 3 spec -> client, server stub, site."""
