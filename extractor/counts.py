"""The counts every command and the site report, each defined once, over the built spec.

The spec is the contract between the stages, so the counts are read from it (and from
the findings file beside it), never from the API model or a generator's view model:
`inspect`, `build`, `lint`, `generate` and the site then agree by construction.

    sections            API sections of the manual: one per operationId (a variant or a
                        whole operation); the client has one method per section
    operations          OpenAPI operations: distinct method + path pairs
    variants            sections that share their method + path with another section
                        (`x-variants` entries)
    deprecated sections sections the manual marks deprecated
    deprecated operations operations whose every section is deprecated
    iam_linked          sections linked to a row of the IAM permission tables
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .findings import SEVERITIES

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecCounts:
    sections: int
    operations: int
    variants: int
    deprecated_sections: int
    deprecated_operations: int
    schemas: int
    iam_linked: int

    @property
    def operation_methods(self) -> int:
        """Generated client methods: one per section (operationId)."""
        return self.sections

    def describe(self) -> str:
        """`122 sections as 109 operations (method + path; 25 variants), ...`."""
        return (f"{self.sections} sections as {self.operations} operations (method + path; "
                f"{self.variants} sections are variants of a shared one), "
                f"{self.deprecated_sections} deprecated sections "
                f"({self.deprecated_operations} operations deprecated in every section), "
                f"{self.schemas} schemas")


def spec_sections(doc: dict) -> list[dict]:
    """Every section of the spec as (operation or variant) objects, in document order."""
    out = []
    for item in doc.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out.extend(op.get("x-variants") or [op])
    return out


def spec_counts(doc: dict) -> SpecCounts:
    """The counts of a built spec (see the module docstring for what each counts)."""
    ops = [item[m] for item in doc.get("paths", {}).values() for m in HTTP_METHODS
           if isinstance(item.get(m), dict)]
    sections = spec_sections(doc)
    return SpecCounts(
        sections=len(sections),
        operations=len(ops),
        variants=sum(len(op.get("x-variants") or []) for op in ops),
        deprecated_sections=sum(bool(s.get("deprecated")) for s in sections),
        deprecated_operations=sum(bool(op.get("deprecated")) for op in ops),
        schemas=len((doc.get("components") or {}).get("schemas") or {}),
        iam_linked=sum(bool((s.get("x-iam") or {}).get("permissions")) for s in sections),
    )


def severity_counts(problems) -> dict[str, int]:
    """{'error': n, 'warning': n, 'info': n} for findings or lint problems (dicts or objects)."""
    c = Counter(p["severity"] if isinstance(p, dict) else p.severity for p in problems)
    return {s: c[s] for s in SEVERITIES}


def describe_findings(problems, noun: str = "findings") -> str:
    """`176 findings (2 error, 84 warning, 90 info)`."""
    by = severity_counts(problems)
    return f"{sum(by.values())} {noun} (" + ", ".join(f"{n} {s}" for s, n in by.items()) + ")"
