"""Command line: thin wrappers that parse arguments, call the stages and report."""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
from collections import Counter
from pathlib import Path

import click

from .errors import InputError


def _fail(message: str, code: int = 2):
    click.echo(f"doc2spec: error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn):
    """Bad input -> one line on stderr and exit status 2, never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except InputError as exc:
            _fail(str(exc))
        except (BrokenPipeError, KeyboardInterrupt):
            sys.exit(130)
        except Exception as exc:  # an internal error: one line unless debugging
            if os.environ.get("DOC2SPEC_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} "
                  "(set DOC2SPEC_DEBUG=1 for a traceback)", 1)
    return wrapper


def _manual_arg(manual: str | None) -> Path:
    from .pipeline import default_manual
    return Path(manual) if manual else default_manual()


class LazyGroup(click.Group):
    """Commands kept in extractor/commands/<name>.py are imported only when used."""

    lazy = {"site": "site", "generate": "generate", "diff": "diff", "update": "diff"}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy and name not in self.commands:
            import importlib
            module = importlib.import_module(f"extractor.commands.{self.lazy[name]}")
            return getattr(module, name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="doc2spec")
def main():
    """doc2spec: API reference manual -> OpenAPI 3 spec -> client, server stub, site."""


@main.command()
@click.argument("manual", required=False)
@click.option("--json", "as_json", is_flag=True, help="Dump the complete API model as JSON.")
@handle_errors
def inspect(manual, as_json):
    """Read MANUAL (default: the shipped manual) and print a summary of what was found."""
    from .api.build import read_api
    path = _manual_arg(manual)
    api = read_api(path)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(api), ensure_ascii=False, indent=1,
                              default=str))
    else:
        click.echo(format_summary(api))
    if api.truncated:
        cut = next(f for f in api.findings if f.kind == "manual-truncated")
        _fail(f"{path}: {cut.loc}: manual truncated: {cut.message}")


def summary_rows(api) -> list[tuple[str, str]]:
    secs = api.sections
    examples = [e for s in secs for e in s.request_examples + s.response_examples]
    states = Counter(e.state for e in examples)
    models = sum(len(b.models) for s in secs
                 for b in ([s.request] if s.request else []) + [r.body for r in s.responses.values() if r.body])
    pairs = {(s.method, s.path) for s in secs if s.method}
    dup = Counter(e.code for e in api.error_codes)
    rows = [
        ("manual", f"{api.service} {api.doc_title} (version {api.doc_version}, {api.release_date})"),
        ("API sections", str(len(secs))),
        ("deprecated", str(sum(s.deprecated for s in secs))),
        ("method+path pairs", str(len(pairs))),
        ("parameter tables (path/query/header)",
         "/".join(str(sum(1 for s in secs if getattr(s, k))) for k in
                  ("path_params", "query_params", "header_params"))),
        ("request bodies", str(sum(1 for s in secs if s.request))),
        ("model tables", str(models)),
        ("request examples", str(sum(len(s.request_examples) for s in secs))),
        ("response examples", str(sum(len(s.response_examples) for s in secs))),
        ("JSON bodies valid/repaired/unrepairable",
         f"{states['valid']}/{states['repaired']}/{states['unrepairable']}"),
        ("permission rows (primary/appendix)",
         f"{len(api.permissions)}/{len(api.permissions_appendix)}"),
        ("error codes (rows/distinct)", f"{len(api.error_codes)}/{len(dup)}"),
        ("HTTP statuses", str(len(api.http_statuses))),
    ]
    rows += [(f"statuses: {s.number} {s.title}", str(len(s.values))) for s in api.status_sets]
    rows.append(("findings", str(len(api.findings))))
    by_kind = Counter((f.severity, f.kind) for f in api.findings)
    for (sev, kind), n in sorted(by_kind.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        rows.append((f"  {sev}: {kind}", str(n)))
    return rows


def format_summary(api) -> str:
    rows = summary_rows(api)
    w = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(w)}  {v}" for k, v in rows)


@main.command()
@click.argument("manual", required=False)
@click.option("-o", "--output", "out_dir", default="specs", show_default=True,
              type=click.Path(file_okay=False), help="Directory for the spec files.")
@click.option("--oas", type=click.Choice(["3.0", "3.1"]), default="3.0", show_default=True,
              help="OpenAPI version of the output.")
@click.option("--stem", default=None, help="File stem (default: from the manual's service name).")
@click.option("--trust", type=click.Choice(["examples", "tables"]), default="examples",
              show_default=True,
              help="Where a table and its example disagree on structure, follow the example "
                   "(default) or read the tables literally.")
@click.option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False),
              help="OpenAPI Overlay 1.0 file of corrections, applied after the build "
                   "(repeatable; OUTPUT/<stem>.overlay.yaml is applied first when present).")
@click.option("--no-cache", is_flag=True, help="PDF input: do not use the per-page cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def build(manual, out_dir, oas, stem, trust, overlays, no_cache, quiet):
    """Build the OpenAPI spec (YAML + JSON) and the findings file from MANUAL."""
    from .overlay import OverlaySet, attention_lines
    from .pipeline import build_spec, dump_json, dump_yaml, service_stem, write_atomic
    path = _manual_arg(manual)
    options = _read_options(path, no_cache, quiet)
    result = build_spec(path, oas=oas, trust=trust, stem=stem, **options,
                        overlays=OverlaySet(tuple(map(Path, overlays)), Path(out_dir)))
    if result.errors:
        _fail(f"the built spec is not valid OpenAPI {oas}: {result.errors[0]}"
              + (f" (and {len(result.errors) - 1} more)" if len(result.errors) > 1 else ""), 1)
    if result.api.truncated:
        cut = next(f for f in result.api.findings if f.kind == "manual-truncated")
        _fail(f"{path}: {cut.loc}: manual truncated: {cut.message}")
    stem = stem or service_stem(result.api)
    out = Path(out_dir)
    findings = [f.as_dict() for f in result.api.findings]
    write_atomic(out / f"{stem}.openapi.yaml", dump_yaml(result.doc))
    write_atomic(out / f"{stem}.openapi.json", dump_json(result.doc))
    write_atomic(out / f"{stem}.findings.json", dump_json(findings))
    if not quiet:
        ops = sum(1 for item in result.doc["paths"].values() for _ in item)
        c = result.example_counts
        secs = result.api.sections
        linked = sum(1 for s in secs if s.iam)
        click.echo(f"wrote {out / stem}.openapi.yaml, .openapi.json, .findings.json: "
                   f"{ops} operations, {len(result.doc['components']['schemas'])} schemas, "
                   f"{c['examples']} examples ({c['valid']} valid, {c['invalid']} not matching "
                   f"their schema, {c['unreadable']} unreadable), IAM linked for {linked} of "
                   f"{len(secs)} sections, {len(findings)} findings")
        for line in attention_lines(result.api.findings):
            click.echo(line, err=True)


def _read_options(path: Path, no_cache: bool, quiet: bool) -> dict:
    if path.suffix.lower() != ".pdf":
        return {}
    return {"use_cache": not no_cache, "progress": not quiet}


SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def load_spec(path: Path) -> dict:
    """A spec file (YAML or JSON) as a dict; a one-line InputError if it is not one."""
    import yaml
    try:
        text = path.read_text(encoding="utf-8")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        doc = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a YAML/JSON spec: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict) or "openapi" not in doc or "paths" not in doc:
        raise InputError(f"{path}: not an OpenAPI document (no 'openapi'/'paths')")
    return doc


def is_spec_path(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml", ".json")


@main.command()
@click.argument("source", required=False)
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 when there is a problem of this severity or worse.")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.option("--suggest-overlay", "suggest", is_flag=False, flag_value="-", default=None,
              metavar="[FILE]", help="Write a draft overlay (to FILE, or stdout) fixing the "
                                     "findings that have a mechanical fix; review it, then "
                                     "commit it as specs/<stem>.overlay.yaml to apply it.")
@handle_errors
def lint(source, fail_on, as_json, suggest):
    """The manual's findings and the spec's rule checks, grouped by kind and severity.

    SOURCE is a manual (built on the fly, with specs/<stem>.overlay.yaml applied when
    present) or a spec file (its findings file beside it is read too). Default: the
    shipped manual.
    """
    from .lint import lint_spec
    path = _manual_arg(source)
    if is_spec_path(path):
        doc = load_spec(path)
        findings_path = path.with_name(path.name.split(".openapi.")[0] + ".findings.json")
        findings = json.loads(findings_path.read_text(encoding="utf-8")) \
            if findings_path.exists() else []
    else:
        from .overlay import OverlaySet
        from .pipeline import build_spec
        result = build_spec(path, overlays=OverlaySet(spec_dir=Path("specs")))
        doc = result.doc
        findings = [f.as_dict() for f in result.api.findings]
    if suggest:
        from .overlay.suggest import write_draft
        return write_draft(doc, findings, suggest)
    problems = findings + [p.as_dict() for p in lint_spec(doc)]
    if as_json:
        click.echo(json.dumps(problems, ensure_ascii=False, indent=1))
    else:
        click.echo(format_problems(problems))
    if fail_on:
        limit = SEVERITY_ORDER[fail_on]
        if any(SEVERITY_ORDER.get(p["severity"], 2) <= limit for p in problems):
            sys.exit(1)


def format_problems(problems: list[dict]) -> str:
    groups: dict[tuple[str, str], list[dict]] = {}
    for p in problems:
        groups.setdefault((p["severity"], p["kind"]), []).append(p)
    out = []
    for (sev, kind), items in sorted(groups.items(),
                                     key=lambda kv: (SEVERITY_ORDER.get(kv[0][0], 3), kv[0][1])):
        out.append(f"{sev.upper()} {kind} ({len(items)})")
        for p in items:
            where = p.get("where") or " ".join(
                x for x in (f"§{p['section']}" if p.get("section") else "",
                            f"line {p['line']}" if p.get("line") else "",
                            f"page {p['page']}" if p.get("page") else "") if x)
            out.append(f"  {where}: {p['message']}" if where else f"  {p['message']}")
    counts = Counter(p["severity"] for p in problems)
    out.append(", ".join(f"{counts[s]} {s}" for s in SEVERITY_ORDER) + f" ({len(problems)} in all)")
    return "\n".join(out)
