"""OpenAPI spec (+ findings, + changelog) -> a static, offline, searchable reference site.

Reads only the spec and its `x-` extensions. Every page is rendered by Jinja with
autoescaping, so text from the manual is always data. The output works from `file://`:
relative links only, no fetch(), the search index is a script file.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .paths import template_dir
from ..errors import InputError
from .site_model import Operation, OperationBuilder, TagGroup, tag_groups
from .site_reference import (
    Action,
    ErrorRow,
    Finding,
    HttpStatus,
    PermissionRow,
    StatusSet,
    actions,
    error_rows,
    findings,
    http_statuses,
    permission_rows,
    section_links,
    status_sets,
)
from .site_schema import anchor
from .site_search import build_index, index_script

TEMPLATES = template_dir("site")
ASSETS = ("site.css", "site.js")
GENERATOR = "doc2spec site"


@dataclass
class Site:
    """Everything the templates show, built from the spec once."""

    title: str
    service: str
    version: str
    release_date: str
    description: str
    lang: str
    servers: list[str]
    security_schemes: list[dict]
    operations: list[Operation]
    groups: list[TagGroup]
    errors: list[ErrorRow]
    statuses_http: list[HttpStatus]
    permission_rows: list[PermissionRow]
    actions: list[Action]
    status_sets: list[StatusSet]
    findings: list[Finding]
    changelog_html: str = ""
    counts: dict = field(default_factory=dict)

    @property
    def nav(self) -> list[tuple[str, str]]:
        items = [("index", "Home"), ("operations", "Operations"), ("errors", "Error codes"),
                 ("permissions", "Permissions"), ("statuses", "Statuses"), ("findings", "Findings")]
        if self.changelog_html:
            items.append(("changelog", "Changelog"))
        return items


def _lang(text: str) -> str:
    return "zh-CN" if re.search(r"[\u3400-\u9fff]", text) else "en"


def build_model(spec: dict, findings_raw: list | None = None, changelog: str | None = None) -> Site:
    """The site's view model from a spec dict, its findings list and changelog text."""
    from .site_markdown import link_names, render_markdown
    info = spec.get("info") or {}
    builder = OperationBuilder(spec)
    ops = builder.build_all()
    errors = error_rows(spec)
    rows = permission_rows(spec, ops, builder.urls)
    acts = actions(rows, ops, builder.urls)
    sets = status_sets(spec)
    found = findings(findings_raw or [], section_links(ops, rows, errors, sets))
    schemes = []
    for name, s in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        if isinstance(s, dict):
            schemes.append({"name": str(name), "type": str(s.get("type", "")),
                            "where": " ".join(str(s.get(k, "")) for k in ("in", "name")).strip(),
                            "description": str(s.get("description") or ""),
                            "signing": s.get("x-signing") if isinstance(s.get("x-signing"), dict)
                            else None})
    title = str(info.get("title") or "API reference")
    site = Site(
        title=title, service=str(info.get("x-service") or title),
        version=str(info.get("version") or ""), release_date=str(info.get("x-release-date") or ""),
        description=str(info.get("description") or ""), lang=_lang(title),
        servers=[str(s.get("url", "")) for s in spec.get("servers") or [] if isinstance(s, dict)],
        security_schemes=schemes, operations=ops, groups=tag_groups(spec, ops), errors=errors,
        statuses_http=http_statuses(spec), permission_rows=rows, actions=acts, status_sets=sets,
        findings=found,
        changelog_html=link_names(render_markdown(changelog), {
            **{a.name: f"permissions.html#{a.anchor}" for a in acts},
            **{e.code: f"errors.html#{e.anchor}" for e in errors if e.repeat == 1},
            **builder.urls}) if changelog else "")
    site.counts = {
        "operations": len(ops),
        "variants": sum(len(o.variants) for o in ops),
        "deprecated": sum(o.deprecated for o in ops),
        "schemas": len((spec.get("components") or {}).get("schemas") or {}),
        "error_rows": len(errors),
        "error_codes": len({e.code for e in errors}),
        "permission_rows": len(rows),
        "actions": len(acts),
        "status_values": sum(len(s.values) for s in sets),
        "findings": len(found),
        "findings_by_severity": sorted(Counter(f.severity for f in found).items()),
    }
    return site


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["anchor"] = anchor
    env.filters["plural"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    return env


def render_site(site: Site) -> dict[str, str]:
    """Relative path -> file text for the whole site (nothing is written)."""
    env = _environment()
    files: dict[str, str] = {}

    def page(name: str, template: str, root: str = "", **extra) -> None:
        files[name] = env.get_template(template).render(
            site=site, root=root, page_id=extra.pop("page_id", name.removesuffix(".html")),
            generator=GENERATOR, **extra)

    page("index.html", "index.html")
    page("operations.html", "operations.html")
    page("errors.html", "errors.html")
    page("permissions.html", "permissions.html")
    page("statuses.html", "statuses.html")
    page("findings.html", "findings.html")
    page("search.html", "search.html")
    if site.changelog_html:
        page("changelog.html", "changelog.html")
    for op in site.operations:
        page(f"ops/{op.page}", "operation.html", root="../", op=op, page_id="operation")
    for asset in ASSETS:
        files[f"assets/{asset}"] = (TEMPLATES / "assets" / asset).read_text(encoding="utf-8")
    files["assets/search-index.js"] = index_script(
        build_index(site.operations, site.errors, site.actions, site.status_sets))
    return files


def _is_site(path: Path) -> bool:
    index = path / "index.html"
    try:
        return f'content="{GENERATOR}"' in index.read_text(encoding="utf-8")[:2000]
    except OSError:
        return False


def write_site(files: dict[str, str], out_dir: str | Path) -> None:
    """Write the site into `out_dir` all at once: build in a temporary folder beside it,
    then swap. Refuses to replace a non-empty folder that is not a generated site."""
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not _is_site(out))):
        raise InputError(f"{out}: exists and is not a site written by doc2spec; "
                         "choose another output folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for rel, text in sorted(files.items()):
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        os.chmod(tmp, 0o755)
        old = None
        if out.exists():
            old = out.parent / f"{tmp.name}-old"
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def build_site(spec: dict, out_dir: str | Path, *, findings_raw: list | None = None,
               changelog: str | None = None) -> Site:
    """Render and write the site for `spec`; returns its view model."""
    site = build_model(spec, findings_raw, changelog)
    write_site(render_site(site), out_dir)
    return site
