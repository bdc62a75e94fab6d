"""The Site view model: everything the templates show, built from the spec once."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ...cjk import has_site_ideograph
from .errors import attach_errors, general_codes
from .nav import Chapter, TagGroup, groups_of, navigation
from .operations import Operation, OperationBuilder
from .reference import (
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
from .snippets import ClientInfo, attach_snippets, client_info
from .text import CrossRef, Linker, cross_refs, plain


@dataclass(repr=False, eq=False)
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
    chapters: list[Chapter]
    errors: list[ErrorRow]
    statuses_http: list[HttpStatus]
    permission_rows: list[PermissionRow]
    actions: list[Action]
    status_sets: list[StatusSet]
    findings: list[Finding]
    changelog_html: str = ""
    counts: dict = field(default_factory=dict)
    general_errors: list[ErrorRow] = field(default_factory=list)
    xrefs: list[CrossRef] = field(default_factory=list)
    client: ClientInfo | None = None

    @functools.cached_property
    def search_hints(self) -> list[str]:
        """A few real terms of this site to suggest in the search box: an operation's
        title, an error code, an IAM action, a path segment (whichever exist)."""
        hints: list[str] = []
        live = [op for op in self.operations if not op.deprecated] or self.operations
        if live:
            hints.append(live[0].summary)
        codes = self.general_errors or self.errors
        if codes:
            hints.append(codes[0].code)
        if self.actions:
            hints.append(self.actions[0].name)
        if live:
            segments = [s for s in live[0].path.split("/")
                        if s and not s.startswith("{") and not re.fullmatch(r"v[\d.]+", s)]
            if segments:
                hints.append(segments[-1])
        return [h for h in dict.fromkeys(hints) if h]

    @property
    def groups(self) -> list[TagGroup]:
        return groups_of(self.chapters)

    @property
    def linker(self) -> Linker:
        if not hasattr(self, "_linker"):
            self._linker = Linker(self.xrefs)
        return self._linker

    @property
    def nav(self) -> list[tuple[str, str]]:
        items = [("index", "Home"), ("operations", "Operations"), ("errors", "Error codes"),
                 ("permissions", "Permissions"), ("statuses", "Statuses"), ("findings", "Findings")]
        if self.changelog_html:
            items.append(("changelog", "Changelog"))
        return items


def _lang(text: str) -> str:
    return "zh-CN" if has_site_ideograph(text) else "en"


def build_model(spec: dict, findings_raw: list | None = None, changelog: str | None = None) -> Site:
    """The site's view model from a spec dict, its findings list and changelog text."""
    from .markdown import link_names, render_markdown
    info = spec.get("info") or {}
    builder = OperationBuilder(spec)
    ops = builder.build_all()
    errors = error_rows(spec)
    rows = permission_rows(spec, ops, builder.urls)
    acts = actions(rows, ops, builder.urls)
    sets = status_sets(spec)
    links = section_links(ops, rows, errors, sets)
    found = findings(findings_raw or [], links)
    chapters = navigation(spec, ops)
    general = general_codes(errors)
    attach_errors(ops, errors, general)
    client = client_info(spec)
    attach_snippets(ops, client)

    def section_url(section: str, target: str) -> str:
        if target == "error-codes":
            return "errors.html"
        if target == "permissions":
            return "permissions.html"
        link = links(section, None)
        return link.url if link and link.url else ""

    schemes = []
    for name, s in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        if isinstance(s, dict):
            schemes.append({"name": str(name), "type": str(s.get("type", "")),
                            "where": " ".join(str(s.get(k, "")) for k in ("in", "name")).strip(),
                            "description": plain(s.get("description") or ""),
                            "signing": s.get("x-signing") if isinstance(s.get("x-signing"), dict)
                            else None})
    title = str(info.get("title") or "API reference")
    site = Site(
        title=title, service=str(info.get("x-service") or title),
        version=str(info.get("version") or ""), release_date=str(info.get("x-release-date") or ""),
        description=str(info.get("description") or ""), lang=_lang(title),
        servers=[str(s.get("url", "")) for s in spec.get("servers") or [] if isinstance(s, dict)],
        security_schemes=schemes, operations=ops, chapters=chapters, errors=errors,
        statuses_http=http_statuses(spec), permission_rows=rows, actions=acts, status_sets=sets,
        findings=found, general_errors=general,
        xrefs=cross_refs(spec, section_url), client=client,
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
        "findings_by_kind": sorted(Counter(f.kind for f in found).items()),
    }
    return site
