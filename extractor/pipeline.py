"""The stages strung together: manual -> API model -> validated spec, and writing it."""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from .api.build import read_api
from .api.model import Api
from .openapi import build_openapi
from .validate import check_examples, spec_errors

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
               overlays=None, stem: str | None = None, **read_options) -> BuildResult:
    """Read a manual and build the validated OpenAPI document.

    `overlays` (an `overlay.OverlaySet`) are applied after the build, before validation;
    `stem` names the conventional overlay file (default: from the service name).
    """
    api = read_api(manual, **read_options)
    doc = build_openapi(api, oas=oas, trust=trust)
    if overlays is not None:
        overlays.apply(doc, api.findings, stem=stem or service_stem(api))
    counts = check_examples(doc, api.findings)
    errors = spec_errors(doc)
    return BuildResult(api, doc, counts, errors)


def service_stem(api: Api) -> str:
    """The file stem from the service name on the cover: its Latin abbreviation where the
    manual gives one (`云硬盘（EVS）`), else an ASCII slug of the name."""
    if api.service_abbreviation:
        return api.service_abbreviation.lower()
    slug = re.sub(r"[^a-z0-9]+", "-", api.service.lower()).strip("-")
    return slug or "api"


def dump_yaml(doc: dict) -> str:
    return yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


def dump_json(doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


class _Dumper(yaml.SafeDumper):
    """Safe YAML with no aliases (the spec shares nothing by identity) and block strings."""

    def ignore_aliases(self, data):
        return True


def _str_presenter(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same directory, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
