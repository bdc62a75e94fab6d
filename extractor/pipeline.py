"""The stages strung together: manual -> API model -> validated spec, and writing it.

Heavy modules (the validators, the YAML emitter) are imported where they are used, so a
command loads only what it needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .output import dump_json, dump_yaml  # noqa: F401  (what the commands use)
from .output_files import write_atomic  # noqa: F401

if TYPE_CHECKING:
    from .api.model import Api

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MANUAL_NAME = "evs-api-reference.txt"


def default_manual() -> Path:
    """The shipped manual: ./manuals/ first, then the project's own copy."""
    for base in (Path.cwd(), PROJECT_ROOT):
        p = base / "manuals" / DEFAULT_MANUAL_NAME
        if p.exists():
            return p
    return PROJECT_ROOT / "manuals" / DEFAULT_MANUAL_NAME


@dataclass
class BuildResult:
    api: Api
    doc: dict
    example_counts: dict
    errors: list[str]


def build_spec(manual: str | Path, *, oas: str = "3.0", trust: str = "examples",
               validate: bool = True, overlays=None, stem: str | None = None,
               **read_options) -> BuildResult:
    """Read a manual and build the OpenAPI document, its examples checked against their
    schemas; `validate` also checks the whole document against the OpenAPI schema once
    (spec_schema.py). Response schemas then get `x-always-present` from the valid
    examples (always_present.py).

    `overlays` (an `overlay.OverlaySet`) are applied after the build, before the checks;
    `stem` names the conventional overlay file (default: from the service name).
    """
    from .always_present import add_always_present
    from .api.build import read_api
    from .example_check import FastExampleChecker
    from .openapi import build_openapi
    from .validate import check_examples
    api = read_api(manual, **read_options)
    doc = build_openapi(api, oas=oas, trust=trust)
    if overlays is not None:
        overlays.apply(doc, api.findings, stem=stem or service_stem(api))
    counts = check_examples(doc, api.findings, FastExampleChecker(doc))
    add_always_present(doc, api.findings)  # from the examples that stayed valid
    errors = []
    if validate:
        from .spec_schema import spec_errors
        errors = spec_errors(doc)
    return BuildResult(api, doc, counts, errors)


def check_complete(path: Path, api: Api) -> None:
    """A manual cut off before its end is bad input (exit 2), not a spec to write."""
    if api.truncated:
        cut = next(f for f in api.findings if f.kind == "manual-truncated")
        raise InputError(f"{path}: {cut.loc}: manual truncated: {cut.message}")


def service_stem(api: Api) -> str:
    """The file stem from the service name on the cover: its Latin abbreviation where the
    manual gives one (`云硬盘（EVS）`), else an ASCII slug of the name."""
    if api.service_abbreviation:
        return api.service_abbreviation.lower()
    slug = re.sub(r"[^a-z0-9]+", "-", api.service.lower()).strip("-")
    return slug or "api"


