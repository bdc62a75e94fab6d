"""The front ends' common output: a flat list of Blocks with provenance.

Every front end (text, PDF) produces these and nothing else; nothing downstream
knows which front end ran.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True, slots=True)
class Loc:
    """Where a block came from: a 1-based line of a text file, or a PDF page."""

    line: int | None = None
    page: int | None = None

    def as_dict(self) -> dict:
        return {"line": self.line} if self.line is not None else {"page": self.page}

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.page is not None:
            return f"page {self.page}"
        return "unknown place"


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading candidate (`6.1.1 创建云硬盘`); manual.py validates it against the TOC."""

    number: str
    title: str
    loc: Loc


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    loc: Loc


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Table:
    """A table continued across page breaks is one Table; repeated header rows are dropped."""

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    loc: Loc
    repeated_headers: int = 0


@dataclass(frozen=True, slots=True)
class Code:
    """One fenced (monospace) block as the front end saw it; fences split by page
    breaks are merged later, where the content can tell."""

    text: str
    loc: Loc


Block = Union[Heading, Paragraph, Table, Code]
