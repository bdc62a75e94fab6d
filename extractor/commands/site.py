"""`doc2spec site`: the static, searchable reference site from a spec."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..cli import handle_errors, load_spec
from ..errors import InputError

DEFAULT_SPEC = Path("specs") / "evs.openapi.json"
DEFAULT_OUT = Path("output") / "site"


def default_spec() -> Path:
    """specs/evs.openapi.json under the current folder, else the project's own."""
    from ..pipeline import PROJECT_ROOT
    for base in (Path.cwd(), PROJECT_ROOT):
        if (base / DEFAULT_SPEC).exists():
            return base / DEFAULT_SPEC
    return PROJECT_ROOT / DEFAULT_SPEC


def findings_path(spec: Path) -> Path:
    """`<stem>.findings.json` beside `<stem>.openapi.(json|yaml)`."""
    return spec.with_name(spec.name.split(".openapi.")[0] + ".findings.json")


def read_findings(path: Path) -> list:
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON findings file: {exc}") from None
    if not isinstance(data, list):
        raise InputError(f"{path}: not a findings file (expected a JSON list)")
    return data


@click.command()
@click.argument("spec", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", "out_dir", default=str(DEFAULT_OUT), show_default=True,
              type=click.Path(file_okay=False), help="Folder for the site (replaced as a whole).")
@click.option("--no-cache", is_flag=True,
              help="Compile every template afresh (no compiled templates from the user cache).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def site(spec, out_dir, no_cache, quiet):
    """Write a static, offline, searchable reference site for SPEC.

    SPEC defaults to specs/evs.openapi.json. The findings file beside it
    (<stem>.findings.json) and CHANGELOG.md in its folder are shown when present.
    The site works opened straight from disk (file://) with no network.
    """
    from ..generate import template_cache
    from ..generate.site import build_site
    if no_cache:
        template_cache.disable()
    path = Path(spec) if spec else default_spec()
    doc = load_spec(path)
    changelog_path = path.parent / "CHANGELOG.md"
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else None
    model = build_site(doc, out_dir, findings_raw=read_findings(findings_path(path)),
                       changelog=changelog)
    if not quiet:
        click.echo(f"wrote {out_dir}: {len(model.operations)} operation pages, "
                   f"{len(model.errors)} error codes, {len(model.actions)} IAM actions, "
                   f"{len(model.findings)} findings"
                   + (", changelog" if model.changelog_html else ""))
