"""Manual -> Api: read every API section and the reference tables."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..findings import Findings
from ..manual import Manual, build_manual
from ..sources import front_end, read_blocks
from .model import Api
from .reference import (cross_check_permissions, read_error_codes, read_http_statuses,
                        read_permissions, read_status_sets)
from .endpoints import find_endpoint_pattern
from .links import index_tables
from .sections import read_section
from .shared_status import apply_shared_statuses, read_shared_statuses


def build_api(manual: Manual) -> Api:
    """Read the API model out of a structured manual."""
    findings = manual.findings
    secs = manual.api_sections
    if manual.truncated and secs and secs[-1] is manual.sections[-1]:
        # The section the manual was cut in is incomplete: keep the complete ones only.
        cut = secs[-1]
        findings.add("section-incomplete", "error",
                     f"section {cut.number} '{cut.title}' is cut off by the end of the manual "
                     "and was not read", section=cut.number, loc=cut.loc)
        secs = secs[:-1]
    index = index_tables(manual.sections)
    sections = [read_section(s, findings, index.get) for s in secs]
    shared = read_shared_statuses(manual)
    for api_sec, sec in zip(sections, secs):
        apply_shared_statuses(api_sec, sec, shared, findings)
    tags: list[tuple[str, str]] = []
    for s in sections:
        if (s.tag_number, s.tag_title) not in tags:
            tags.append((s.tag_number, s.tag_title))
    chapters: dict[str, str] = {}
    for number, _ in tags:
        sec = manual.section(number)
        parent = sec.parent if sec is not None else None
        while parent is not None:
            chapters.setdefault(parent.number, parent.title)
            parent = parent.parent
    primary, appendix = read_permissions(manual, findings)
    cross_check_permissions(primary, appendix, findings)
    return Api(
        service=manual.service, doc_title=manual.doc_title, doc_version=manual.doc_version,
        release_date=manual.release_date, sections=sections, tags=tags,
        permissions=primary, permissions_appendix=appendix,
        error_codes=read_error_codes(manual, findings),
        http_statuses=read_http_statuses(manual, findings),
        status_sets=read_status_sets(manual, findings),
        findings=findings, truncated=manual.truncated,
        service_abbreviation=manual.service_abbreviation,
        language=manual.language, front_end=manual.front_end,
        endpoint=find_endpoint_pattern(manual.sections),
        chapters=dict(sorted(chapters.items(), key=lambda kv: [int(p) for p in kv[0].split(".")])),
        outline=[(s.number, s.title, s.loc) for s in manual.sections],
    )


def read_api(path: str | Path, **options) -> Api:
    """Read a manual file (text or PDF) into the API model."""
    blocks = read_blocks(path, **options)
    findings = Findings()
    for b in blocks:                 # what the front end could not settle from the page
        for note in getattr(b, "notes", ()):
            findings.add(getattr(note, "kind", "layout-unsettled"),
                         getattr(note, "severity", "info"), str(note), loc=b.loc)
    try:
        manual = build_manual(blocks, findings)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    manual.front_end = manual.front_end or front_end(path)
    api = build_api(manual)
    api.source_name = Path(path).name
    return api
