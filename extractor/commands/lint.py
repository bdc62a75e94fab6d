"""`doc2spec lint`: the manual's findings and the spec's rule checks."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..cli import SEVERITY_ORDER, exit_on_threshold, handle_errors, is_spec_path, load_spec, manual_arg
from ..errors import EXIT_STATUS_HELP, InputError


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("source", required=False)
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 when there is a problem of this severity or worse "
                   "(default: report only, exit 0).")
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
    shipped manual. The last line counts the findings and the rule
    problems apart, and says what `--fail-on error` / `--fail-on warning` would fail on.
    """
    from ..lint import lint_spec
    path = manual_arg(source)
    if is_spec_path(path):
        doc = load_spec(path)
        findings = read_findings_beside(path)
    else:
        from ..overlay import OverlaySet
        from ..pipeline import build_spec
        result = build_spec(path, overlays=OverlaySet(spec_dir=Path("specs")))
        doc = result.doc
        findings = [f.as_dict() for f in result.api.findings]
    if suggest:
        from ..overlay.suggest import write_draft
        return write_draft(doc, findings, suggest)
    rules = [p.as_dict() for p in lint_spec(doc)]
    problems = findings + rules
    if as_json:
        click.echo(json.dumps(problems, ensure_ascii=False, indent=1))
    else:
        click.echo(format_problems(findings, rules))
    exit_on_threshold(problems, fail_on)


def read_findings_beside(spec: Path) -> list[dict]:
    """`<stem>.findings.json` beside `<stem>.openapi.(json|yaml)`; [] when there is none."""
    path = spec.with_name(spec.name.split(".openapi.")[0] + ".findings.json")
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON findings file: {exc}") from None
    if not isinstance(data, list):
        raise InputError(f"{path}: not a findings file (expected a JSON list)")
    return data


def format_problems(findings: list[dict], rules: list[dict]) -> str:
    from ..counts import describe_findings
    problems = findings + rules
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
    would = []
    for level in ("error", "warning"):
        n = sum(SEVERITY_ORDER.get(p["severity"], 2) <= SEVERITY_ORDER[level] for p in problems)
        would.append(f"--fail-on {level} would fail ({n})" if n else f"--fail-on {level} would pass")
    out.append(f"{describe_findings(findings)} + {describe_findings(rules, 'spec rule problems')}; "
               + ", ".join(would))
    return "\n".join(out)
