"""Spec diff: classify every API change between two specs by a named rule and a level.

    result = diff_specs(old_doc, new_doc, levels={"error-code-removed": "info"},
                        ignores=read_ignore_file(Path(".doc2spec-ignore")))

Either side may also be a manual, built on the fly (`load_side`). Schemas compare
resolved (references followed), so `$ref`-vs-inline refactorings and reordered keys
change nothing; shared method + path operations compare variant by variant. The rule
catalogue is `rules.RULES`; output formats are in `formats`.
"""
from __future__ import annotations

from pathlib import Path

from .model import Change, DiffResult, DocInfo
from .names import name_changes
from .operations import OperationDiff
from .policy import IgnoreEntry, apply_policy, parse_levels, read_ignore_file
from .tables import error_code_changes, status_set_changes

__all__ = [
    "Change",
    "DiffResult",
    "collect_changes",
    "diff_specs",
    "load_side",
    "parse_levels",
    "read_ignore_file",
]


def collect_changes(old_doc: dict, new_doc: dict) -> list[Change]:
    """Every change from old_doc to new_doc, at the rules' default levels."""
    changes = OperationDiff(old_doc, new_doc).run()
    changes += error_code_changes(old_doc, new_doc)
    changes += status_set_changes(old_doc, new_doc)
    changes += name_changes(old_doc, new_doc)
    return changes


def diff_specs(old_doc: dict, new_doc: dict, *, levels: dict[str, str] | None = None,
               ignores: list[IgnoreEntry] | None = None) -> DiffResult:
    """The classified changes, with level overrides and acknowledged changes applied."""
    kept, ignored, unused = apply_policy(collect_changes(old_doc, new_doc), levels, ignores)
    return DiffResult(DocInfo.of(old_doc), DocInfo.of(new_doc), kept, ignored,
                      [f"line {e.line}: {e.text}" for e in unused])


def load_side(path: Path, *, trust: str = "examples") -> dict:
    """A spec file (.yaml/.yml/.json) as it is, or a manual (text or PDF) built into one."""
    from ..cli import is_spec_path, load_spec
    if is_spec_path(path):
        return load_spec(path)
    from ..overlay import OverlaySet
    from ..pipeline import build_spec, check_complete
    result = build_spec(path, trust=trust, overlays=OverlaySet(spec_dir=Path("specs")))
    check_complete(path, result.api)
    return result.doc
