"""`doc2spec build`: the validated spec (YAML + JSON) and the findings file."""
from __future__ import annotations

from pathlib import Path

import click

from ..cli import exit_on_threshold, fail, handle_errors, manual_arg, read_options
from ..errors import EXIT_STATUS_HELP, EXIT_THRESHOLD

OAS_CHOICE = click.Choice(["3.0", "3.1"])
TRUST_CHOICE = click.Choice(["examples", "tables"])


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("manual", required=False)
@click.option("-o", "--output", "out_dir", default="specs", show_default=True,
              type=click.Path(file_okay=False), help="Directory for the spec files.")
@click.option("--oas", type=OAS_CHOICE, default="3.0", show_default=True,
              help="OpenAPI version of the output.")
@click.option("--stem", default=None, help="File stem (default: from the manual's service name).")
@click.option("--trust", type=TRUST_CHOICE, default="examples", show_default=True,
              help="Where a table and its example disagree on structure, follow the example "
                   "(default) or read the tables literally.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 (after writing) when a finding of this severity or worse exists.")
@click.option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False),
              help="OpenAPI Overlay 1.0 file of corrections, applied after the build "
                   "(repeatable; OUTPUT/<stem>.overlay.yaml is applied first when present).")
@click.option("--no-cache", is_flag=True, help="PDF input: do not use the per-page cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def build(manual, out_dir, oas, stem, trust, fail_on, overlays, no_cache, quiet):
    """Build the OpenAPI spec (YAML + JSON) and the findings file from MANUAL."""
    from ..overlay import OverlaySet, attention_lines
    from ..pipeline import build_spec, check_complete, service_stem
    path = manual_arg(manual)
    result = build_spec(path, oas=oas, trust=trust, stem=stem,
                        overlays=OverlaySet(tuple(map(Path, overlays)), Path(out_dir)),
                        **read_options(path, no_cache, quiet))
    if result.errors:
        fail(f"the built spec is not valid OpenAPI {oas}: {result.errors[0]}"
             + (f" (and {len(result.errors) - 1} more)" if len(result.errors) > 1 else ""),
             EXIT_THRESHOLD)
    check_complete(path, result.api)
    out = Path(out_dir)
    stem = stem or service_stem(result.api)
    findings = write_spec_files(out, stem, result)
    if not quiet:
        click.echo(f"wrote {out / stem}.openapi.yaml, .openapi.json, .findings.json: "
                   + build_summary(result))
        for line in attention_lines(result.api.findings):
            click.echo(line, err=True)
    exit_on_threshold(findings, fail_on)


def write_spec_files(out: Path, stem: str, result) -> list[dict]:
    """The three files `build` and `update` write; returns the findings as written."""
    from ..output import json_bytes, spec_texts
    from ..output_files import ensure_dir, write_atomic
    ensure_dir(out)
    findings = [f.as_dict() for f in result.api.findings]
    yaml_text, json_data = spec_texts(result.doc)
    write_atomic(out / f"{stem}.openapi.yaml", yaml_text)
    write_atomic(out / f"{stem}.openapi.json", json_data)
    write_atomic(out / f"{stem}.findings.json", json_bytes(findings))
    return findings


def build_summary(result) -> str:
    from ..counts import describe_findings, spec_counts
    c = spec_counts(result.doc)
    e = result.example_counts
    return (f"{c.describe()}, {e['examples']} examples ({e['valid']} valid, {e['invalid']} not "
            f"matching their schema, {e['unreadable']} unreadable), IAM permissions linked for "
            f"{c.iam_linked} of {c.sections} sections, {describe_findings(result.api.findings)}")
