"""Findings: the manual's own damage, ambiguities and contradictions, as data.

A finding is produced wherever a rule had to decide; the parser never drops data
silently. Findings are collected (not raised) and reported at the end.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .blocks import Loc

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    severity: str  # error | warning | info
    section: str | None
    loc: Loc | None
    message: str

    def as_dict(self) -> dict:
        d = {"kind": self.kind, "severity": self.severity, "section": self.section}
        if self.loc is not None:
            d.update(self.loc.as_dict())
        else:
            d["line"] = None
        d["message"] = self.message
        return d


@dataclass
class Findings:
    """An append-only collector passed through the stages."""

    items: list[Finding] = field(default_factory=list)

    def add(self, kind: str, severity: str, message: str, *, section: str | None = None,
            loc: Loc | None = None) -> Finding:
        assert severity in SEVERITIES, severity
        f = Finding(kind, severity, section, loc, message)
        self.items.append(f)
        return f

    def by_kind(self) -> Counter:
        return Counter(f.kind for f in self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
