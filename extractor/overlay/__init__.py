"""OpenAPI Overlay 1.0 documents: maintainers' corrections applied to every build.

    overlays = OverlaySet(files=(Path("fixes.yaml"),), spec_dir=Path("specs"))
    outcomes = overlays.apply(doc, api.findings, stem="evs")

Besides the files given, `<spec_dir>/<stem>.overlay.yaml` (next to the spec being written)
is picked up when it exists. Targets are RFC 9535 JSONPath (targets.py). Every value
an action changed carries `x-overlay: [{file, action, description}]`, and every action
leaves a finding (`overlay-applied`, `overlay-target-missing`, `overlay-now-redundant`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..findings import Findings
from .apply import MARK, Outcome, apply_overlay, record_findings
from .document import Overlay, display_name, read_overlay

__all__ = ["MARK", "Outcome", "Overlay", "OverlaySet", "attention_lines", "conventional_path",
           "read_overlay"]

ATTENTION = ("overlay-target-missing", "overlay-now-redundant")


def conventional_path(spec_dir: Path, stem: str) -> Path:
    """`specs/evs.overlay.yaml` for the spec `specs/evs.openapi.*`."""
    return spec_dir / f"{stem}.overlay.yaml"


@dataclass(frozen=True, eq=False)   # never compared
class OverlaySet:
    """The overlays one build applies: explicit files, then the conventional one."""

    files: tuple[Path, ...] = ()
    spec_dir: Path | None = None      # folder of the spec being written (the conventional file)
    conventional: bool = True

    def paths(self, stem: str) -> list[Path]:
        paths = [Path(p) for p in self.files]
        if self.conventional and self.spec_dir is not None:
            auto = conventional_path(self.spec_dir, stem)
            if auto.is_file() and all(auto.resolve() != p.resolve() for p in paths):
                paths.insert(0, auto)
        return paths

    def apply(self, doc: dict, findings: Findings, *, stem: str) -> list[Outcome]:
        """Apply every overlay to `doc` in place and record one finding per action."""
        outcomes: list[Outcome] = []
        info = dict(doc.get("info") or {})        # the edition, before any overlay edits it
        for path in self.paths(stem):
            overlay = read_overlay(path, display_name(path, self.spec_dir))
            outcomes += apply_overlay(doc, overlay)
        record_findings(outcomes, info, findings)
        return outcomes


def attention_lines(findings) -> list[str]:
    """The overlay findings a maintainer must act on, one line each (empty when none)."""
    items = [f for f in findings if _kind(f) in ATTENTION]
    if not items:
        return []
    lines = ["", f"!! overlay: {len(items)} action(s) need attention"]
    lines += [f"!!   {_kind(f)}: {_message(f)}" for f in items]
    return lines


def _kind(f) -> str:
    return f["kind"] if isinstance(f, dict) else f.kind


def _message(f) -> str:
    return f["message"] if isinstance(f, dict) else f.message
