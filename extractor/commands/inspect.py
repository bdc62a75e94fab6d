"""`doc2spec inspect`: what was found in a manual, with the counts every command shares."""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import click

from ..cli import exit_on_threshold, handle_errors, manual_arg
from ..errors import EXIT_STATUS_HELP


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("manual", required=False)
@click.option("--json", "as_json", is_flag=True, help="Dump the complete API model as JSON.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 when a finding of this severity or worse exists.")
@handle_errors
def inspect(manual, as_json, fail_on):
    """Read MANUAL (default: the shipped manual) and print a summary of what was found.

    The findings are those `build` writes (the spec is built, with specs/<stem>.overlay.yaml
    applied when present, but not validated or written).
    """
    from ..overlay import OverlaySet
    from ..pipeline import build_spec, check_complete
    path = manual_arg(manual)
    result = build_spec(path, validate=False, overlays=OverlaySet(spec_dir=Path("specs")))
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result.api), ensure_ascii=False, indent=1,
                              default=str))
    else:
        from ..sources import manual_encoding
        click.echo(format_summary(result, manual_encoding(path)))
    check_complete(path, result.api)
    exit_on_threshold([f.as_dict() for f in result.api.findings], fail_on)


def summary_rows(result, encoding: str = "") -> list[tuple[str, str]]:
    from ..counts import describe_findings, spec_counts
    api = result.api
    counts = spec_counts(result.doc)
    secs = api.sections
    examples = [e for s in secs for e in s.request_examples + s.response_examples]
    states = Counter(e.state for e in examples)
    models = sum(len(b.models) for s in secs
                 for b in ([s.request] if s.request else []) + [r.body for r in s.responses.values() if r.body])
    dup = Counter(e.code for e in api.error_codes)
    rows = [
        ("manual", f"{api.service} {api.doc_title} (version {api.doc_version}, {api.release_date})"),
        ("encoding", encoding or "-"),
        ("language / front end", f"{api.language or '?'} / {api.front_end or '?'}"),
        ("sections (API sections read)", str(counts.sections)),
        ("operations (method + path)", str(counts.operations)),
        ("variants (sections sharing an operation)", str(counts.variants)),
        ("deprecated sections", str(counts.deprecated_sections)),
        ("deprecated operations (every section)", str(counts.deprecated_operations)),
        ("sections with IAM permissions", str(counts.iam_linked)),
        ("sections with path/query/header tables",
         "/".join(str(sum(1 for s in secs if getattr(s, k))) for k in
                  ("path_params", "query_params", "header_params"))),
        ("sections with a request body", str(sum(1 for s in secs if s.request))),
        ("model tables", str(models)),
        ("request examples", str(sum(len(s.request_examples) for s in secs))),
        ("response examples", str(sum(len(s.response_examples) for s in secs))),
        ("JSON bodies valid/repaired/unrepairable",
         f"{states['valid']}/{states['repaired']}/{states['unrepairable']}"),
        ("permission rows (primary/appendix)",
         f"{len(api.permissions)}/{len(api.permissions_appendix)}"),
        ("error codes (rows/distinct)", f"{len(api.error_codes)}/{len(dup)}"),
        ("HTTP statuses", str(len(api.http_statuses))),
        ("schemas", str(counts.schemas)),
    ]
    rows += [(f"statuses: {s.number} {s.title}", str(len(s.values))) for s in api.status_sets]
    rows.append(("findings", describe_findings(api.findings)))
    by_kind = Counter((f.severity, f.kind) for f in api.findings)
    order = {"error": 0, "warning": 1, "info": 2}
    for (sev, kind), n in sorted(by_kind.items(), key=lambda x: (order[x[0][0]], -x[1], x[0][1])):
        rows.append((f"  {sev}: {kind}", str(n)))
    return rows


def format_summary(result, encoding: str = "") -> str:
    rows = summary_rows(result, encoding)
    w = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(w)}  {v}" for k, v in rows)
