"""`doc2spec diff OLD NEW` and `doc2spec update NEW_MANUAL`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import handle_errors, read_options
from ..errors import EXIT_STATUS_HELP, EXIT_THRESHOLD, InputError

FORMAT_CHOICE = click.Choice(["text", "markdown", "json"])


def _list_rules() -> str:
    from ..diff.rules import RULES
    width = max(len(r) for r in RULES)
    return "\n".join(f"{r.id:<{width}}  {r.level:<8}  {r.description}"
                     for r in RULES.values()) + "\n"


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("old", required=False)
@click.argument("new", required=False)
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="text", show_default=True,
              help="text (grouped by operation), markdown (for a pull request or changelog) "
                   "or json (for tools).")
@click.option("--fail-on", type=click.Choice(["breaking", "warning"]), default=None,
              help="Exit 1 when a change of this level or a more severe one remains.")
@click.option("--level", "levels", multiple=True, metavar="RULE=LEVEL",
              help="Override a rule's level (breaking, warning, info, or off to drop it). "
                   "Repeatable.")
@click.option("--ignore", "ignore_file", type=click.Path(dir_okay=False), default=None,
              help="File of acknowledged changes: lines 'RULE-ID TARGET...', where a TARGET "
                   "is an operationId or subject (field, parameter, error code), "
                   "'METHOD /path', '§section', a JSON pointer prefix or '*'; '#' comments.")
@click.option("--trust", type=click.Choice(["examples", "tables"]), default="examples",
              show_default=True, help="For a manual side: how to build its spec (see build).")
@click.option("--list-rules", is_flag=True, help="List the rules (id, default level) and exit.")
@handle_errors
def diff(old, new, fmt, fail_on, levels, ignore_file, trust, list_rules):
    """Classify the API changes from OLD to NEW (each a spec file or a manual).

    Each change names its rule, level (breaking, warning, info), operation and JSON
    pointer. Exit status: 0, or 1 with --fail-on when such a change remains, 2 on bad input.
    """
    if list_rules:
        click.echo(_list_rules(), nl=False)
        return
    if not old or not new:
        raise InputError("diff needs OLD and NEW (spec files or manuals)")
    from ..diff import diff_specs, load_side, parse_levels, read_ignore_file
    from ..diff.formats import FORMATS
    level_map = parse_levels(levels)
    ignores = read_ignore_file(Path(ignore_file)) if ignore_file else None
    old_doc = load_side(Path(old), trust=trust)
    new_doc = load_side(Path(new), trust=trust)
    result = diff_specs(old_doc, new_doc, levels=level_map, ignores=ignores)
    click.echo(FORMATS[fmt](result), nl=False)
    for line in result.unused_ignores:
        click.echo(f"doc2spec: note: {ignore_file}: {line}: matched no change", err=True)
    if result.fails(fail_on):
        from collections import Counter
        from ..diff.rules import LEVEL_RANK
        crossing = [c for c in result.changes if LEVEL_RANK[c.level] <= LEVEL_RANK[fail_on]]
        rules = Counter(c.rule for c in crossing)
        click.echo(f"doc2spec: --fail-on {fail_on}: {len(crossing)} changes at or above "
                   f"'{fail_on}': " + ", ".join(f"{r} ({n})" for r, n in sorted(
                       rules.items(), key=lambda kv: (-kv[1], kv[0]))), err=True)
        sys.exit(EXIT_THRESHOLD)


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("manual")
@click.option("-o", "--output", "out_dir", default="specs", show_default=True,
              type=click.Path(file_okay=False), help="Directory of the committed spec files.")
@click.option("--baseline", default=None, type=click.Path(exists=True),
              help="The spec to compare against: a spec file, or a folder holding "
                   "<stem>.openapi.json (default: OUTPUT/<stem>.openapi.json).")
@click.option("--stem", default=None, help="File stem (default: from the manual's service name).")
@click.option("--oas", type=click.Choice(["3.0", "3.1"]), default="3.0", show_default=True,
              help="OpenAPI version of the output.")
@click.option("--trust", type=click.Choice(["examples", "tables"]), default="examples",
              show_default=True, help="See build.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="text", show_default=True,
              help="How to print the diff.")
@click.option("--no-cache", is_flag=True, help="PDF input: do not use the per-page cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def update(manual, out_dir, baseline, stem, oas, trust, fmt, no_cache, quiet):
    """Rebuild the spec from a new edition of the manual and record what changed.

    Prints the diff against the baseline (--baseline, else OUTPUT/<stem>.openapi.json),
    writes the three files `build` writes to OUTPUT, and puts a dated entry (the manual's
    version and release date) at the top of OUTPUT/CHANGELOG.md; an update without
    changes adds no entry. With no baseline at all the entry records the first spec.
    """
    from ..cli import load_spec
    from ..diff import diff_specs
    from ..diff.changelog import add_entry, changelog_entry, first_entry
    from ..diff.formats import FORMATS
    from ..diff.model import DocInfo
    from ..output_files import write_atomic
    from ..pipeline import build_spec, check_complete, service_stem
    from ..overlay import OverlaySet, attention_lines
    from .build import write_spec_files
    path = Path(manual)
    result = build_spec(path, oas=oas, trust=trust, stem=stem,
                        overlays=OverlaySet(spec_dir=Path(out_dir)),
                        **read_options(path, no_cache, quiet))
    if result.errors:
        raise InputError(f"the spec built from {path} is not valid OpenAPI {oas}: "
                         f"{result.errors[0]}")
    check_complete(path, result.api)
    stem = stem or service_stem(result.api)
    out = Path(out_dir)
    base = baseline_path(Path(baseline), stem) if baseline else out / f"{stem}.openapi.json"
    doc = result.doc
    if base.exists():
        diff_result = diff_specs(load_spec(base), doc)
        if not quiet:
            click.echo(FORMATS[fmt](diff_result), nl=False)
        entry = changelog_entry(diff_result)
    else:
        from ..counts import spec_counts
        entry = first_entry(DocInfo.of(doc), spec_counts(doc).operations)
        if not quiet:
            click.echo(f"{base}: no spec there yet; this is the first one", err=True)
    write_spec_files(out, stem, result)
    log = out / "CHANGELOG.md"
    if entry:
        existing = log.read_text(encoding="utf-8") if log.exists() else None
        write_atomic(log, add_entry(existing, entry))
    for line in attention_lines(result.api.findings):
        click.echo(line, err=True)
    if not quiet:
        click.echo(f"wrote {out / stem}.openapi.yaml, .openapi.json, .findings.json; "
                   + (f"{log}: new entry '{entry.splitlines()[0][3:]}'" if entry
                      else f"{log}: no changes, no entry"), err=True)


def baseline_path(baseline: Path, stem: str) -> Path:
    """--baseline: a spec file as given, or the folder's <stem>.openapi.json (or its one spec)."""
    if not baseline.is_dir():
        return baseline
    for name in (f"{stem}.openapi.json", f"{stem}.openapi.yaml"):
        if (baseline / name).exists():
            return baseline / name
    found = sorted(baseline.glob("*.openapi.json"))
    if len(found) == 1:
        return found[0]
    raise InputError(f"--baseline {baseline}: no {stem}.openapi.json there"
                     + (f" (it has {', '.join(p.name for p in found)})" if found else ""))
