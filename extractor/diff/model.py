"""What a spec diff produces: changes, each naming its rule, operation and JSON location."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..util import json_pointer
from .rules import LEVEL_RANK, LEVELS, RULES

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


pointer = json_pointer      # (its name here: the diff's own modules call it so)


@dataclass(frozen=True)
class OperationRef:
    """The operation (or the variant of a shared method + path) a change belongs to."""
    method: str
    path: str
    operation_id: str
    section: str = ""
    title: str = ""
    variant: str = ""          # the variant's key (body key or action=...) if any

    def sort_key(self) -> tuple:
        m = self.method.lower()
        return (self.path, HTTP_METHODS.index(m) if m in HTTP_METHODS else 99, m,
                self.operation_id)

    def as_dict(self) -> dict:
        d = {"operationId": self.operation_id, "method": self.method, "path": self.path,
             "section": self.section, "title": self.title}
        if self.variant:
            d["variant"] = self.variant
        return d


@dataclass(frozen=True)
class Change:
    """One classified change. `template` is our own English text; the values quoted from
    the specs are kept apart in `args` so each output format can quote them safely."""
    rule: str
    template: str
    args: tuple[tuple[str, str], ...]
    operation: OperationRef | None
    pointer: str               # where the changed thing is, in the document named by `side`
    side: str                  # "new" (the thing exists there) or "old" (it was removed)
    subject: str = ""          # the field, parameter or code the change is about
    old: Any = None
    new: Any = None
    level: str = ""

    def __post_init__(self):
        if not self.level:
            object.__setattr__(self, "level", RULES[self.rule].level)

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.args))

    def with_level(self, level: str) -> Change:
        return replace(self, level=level)

    def sort_key(self) -> tuple:
        return (LEVEL_RANK[self.level], self.rule, self.subject, self.pointer, self.message)

    def as_dict(self) -> dict:
        d: dict = {"rule": self.rule, "level": self.level, "message": self.message,
                   "operation": self.operation.as_dict() if self.operation else None,
                   "subject": self.subject, "pointer": self.pointer, "side": self.side}
        if self.old is not None:
            d["old"] = self.old
        if self.new is not None:
            d["new"] = self.new
        return d


@dataclass(frozen=True)
class DocInfo:
    """Which edition of the API a side is."""
    title: str
    version: str
    release_date: str

    @classmethod
    def of(cls, doc: dict) -> DocInfo:
        info = doc.get("info")
        if not isinstance(info, dict):
            info = {}
        return cls(str(info.get("title", "")), str(info.get("version", "")),
                   str(info.get("x-release-date", "")))

    def label(self) -> str:
        date = f" ({self.release_date})" if self.release_date else ""
        return f"{self.title} {self.version}{date}".strip()


@dataclass
class DiffResult:
    old: DocInfo
    new: DocInfo
    changes: list[Change] = field(default_factory=list)
    ignored: list[Change] = field(default_factory=list)
    unused_ignores: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(ch.level for ch in self.changes)
        return {lv: c[lv] for lv in LEVELS}

    def fails(self, fail_on: str | None) -> bool:
        """True when a change at `fail_on` level or more severe remains."""
        if not fail_on:
            return False
        limit = LEVEL_RANK[fail_on]
        return any(LEVEL_RANK[c.level] <= limit for c in self.changes)

    def groups(self) -> list[tuple[OperationRef | None, list[Change]]]:
        """Changes grouped by operation (in path order), then the ones outside operations."""
        by_op: dict[OperationRef | None, list[Change]] = {}
        for c in self.changes:
            by_op.setdefault(c.operation, []).append(c)
        keys = sorted((k for k in by_op if k is not None), key=OperationRef.sort_key)
        out: list[tuple[OperationRef | None, list[Change]]] = [
            (k, sorted(by_op[k], key=Change.sort_key)) for k in keys]
        if None in by_op:
            out.append((None, sorted(by_op[None], key=Change.sort_key)))
        return out
