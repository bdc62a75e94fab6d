"""The front ends' common output: a flat list of Blocks with provenance.

Every front end (text, PDF, HTML) produces these and nothing else; nothing downstream
knows which front end ran.

Blocks and their `Loc`s are values: hashable and compared by their fields, and nothing
changes one once made (a `Loc` is shared by blocks, fields and findings, and hashed with
every frozen finding). They are not `frozen` dataclasses only because a frozen one pays an
`object.__setattr__` call per field on every construction (a `Loc` three times the cost
of the rest of it), and a front end makes one or two per line of the manual.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(slots=True, unsafe_hash=True)
class Loc:
    """Where a block came from: a 1-based line of a text file, a PDF page, or an HTML
export's topic file plus the id of the element (`anchor`)."""

    line: int | None = None
    page: int | None = None
    topic: str | None = None
    anchor: str | None = None

    def as_dict(self) -> dict:
        if self.topic is not None:
            return {"topic": self.topic, "anchor": self.anchor} if self.anchor \
                else {"topic": self.topic}
        return {"line": self.line} if self.line is not None else {"page": self.page}

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.page is not None:
            return f"page {self.page}"
        if self.topic is not None:
            return f"{self.topic}#{self.anchor}" if self.anchor else self.topic
        return "unknown place"


@dataclass(slots=True, unsafe_hash=True)
class Heading:
    """A numbered heading candidate (`6.1.1 创建云硬盘`); manual.py validates it against the TOC."""

    number: str
    title: str
    loc: Loc


@dataclass(slots=True, unsafe_hash=True)
class Paragraph:
    """A line of prose. `role` tells what the HTML front end knew it was: "" (plain),
    "label" (a section label such as URI), "caption", "item" (a list item), "note"."""

    text: str
    loc: Loc
    role: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Row:
    """One table row; `links` are the cross-references its cells hold, as
    (column, link text, target) where target is `topic.html#anchor` (HTML front end)."""

    cells: tuple[str, ...]
    loc: Loc
    links: tuple[tuple[int, str, str], ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class Table:
    """A table continued across page breaks is one Table; repeated header rows are dropped.
    Cells spanning rows or columns (HTML rowspan/colspan) are repeated into every grid
    position they cover, so each row has one cell per column; `spans` counts them.
    `caption` is the table's own caption where the format has one (HTML)."""

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    loc: Loc
    repeated_headers: int = 0
    caption: str = ""
    spans: int = 0


class Note(str):
    """A front end's note that is a finding of its own kind and severity; a plain `str`
    note is a `layout-unsettled` info (what a PDF page could not settle)."""

    __slots__ = ("kind", "severity")

    def __new__(cls, text: str, kind: str, severity: str):
        note = super().__new__(cls, text)
        note.kind, note.severity = kind, severity
        return note

    def __reduce__(self):               # copy and pickle with the kind and severity
        return Note, (str(self), self.kind, self.severity)


@dataclass(slots=True, unsafe_hash=True)
class Code:
    """One fenced (monospace) block as the front end saw it; fences split by page
    breaks are merged later, where the content can tell. `notes`: what the front end
    could not settle from the page or the text (each becomes a finding, see Note)."""

    text: str
    loc: Loc
    notes: tuple[str, ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class ContentsEntry:
    number: str
    title: str
    loc: Loc


@dataclass(slots=True, unsafe_hash=True)
class Contents:
    """A table of contents the format gives as data (the HTML export's topic tree),
    standing where a printed manual has its 目录 pages."""

    entries: tuple[ContentsEntry, ...]
    loc: Loc
    service: str = ""              # cover facts the format keeps as metadata
    doc_title: str = ""
    abbreviation: str = ""
    front_end: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Notice:
    """What the front end has to say that belongs to no content: a PDF page its reader
    cannot load, a damaged file read as repaired. Only notes (each a finding)."""

    loc: Loc
    notes: tuple[str, ...] = ()


Block = Union[Heading, Paragraph, Table, Code, Contents, Notice]
