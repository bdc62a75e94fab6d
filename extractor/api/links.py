"""Structures linked from a description cell (`For details, see Table 4.`, a link to a table
of this topic or of another one, such as the Data Structure chapter) -> model references.

Formats that keep their links (the HTML export) give each Field the link targets of its
description cell (`topic.html#anchor`). A field whose type is an object (or an array of
objects) and that links to a table becomes a reference to that table's model; a table of
another topic is read into this side's models, its own links followed in turn.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import vocab
from ..blocks import Paragraph, Table
from ..findings import Findings
from .cells import clean_identifier
from .model import ApiSection, Body, Field, ModelTable, TypeRef


@dataclass(frozen=True, repr=False, eq=False)   # never printed or compared
class LinkedTable:
    """A table a link can land on: its caption title, the table and its section."""

    title: str
    table: Table
    section: str


TableIndex = Callable[[str], "LinkedTable | None"]


def index_tables(sections) -> dict[str, LinkedTable]:
    """`topic#anchor` -> table, for every table of the manual; a section label's anchor
    (`x Field Description` sub-headings) lands on the first table after it."""
    index: dict[str, LinkedTable] = {}
    for sec in sections:
        pending: list[str] = []
        caption = ""
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                if b.role == "label" and b.loc.topic and b.loc.anchor:
                    pending.append(f"{b.loc.topic}#{b.loc.anchor}")
                c = vocab.caption(b.text) if b.role == "caption" else None
                if c is not None:
                    caption = c[1]
                continue
            if isinstance(b, Table) and b.loc.topic and b.loc.anchor:
                entry = LinkedTable(caption or (b.caption or ""), b, sec.number)
                index.setdefault(f"{b.loc.topic}#{b.loc.anchor}", entry)
                for key in pending:
                    index.setdefault(key, entry)
                pending = []
                caption = ""
    return index


def model_name(title: str) -> str:
    return clean_identifier(vocab.model_name_from_caption(title)) or "Model"


def _object_slot(t: TypeRef) -> TypeRef | None:
    """The TypeRef a table reference fills: the object itself or an array's object items."""
    while t.kind == "array" and t.items is not None:
        t = t.items
    if t.kind in ("object", "unknown") or (t.kind == "ref" and t.name in ("objects", "object")):
        return t
    return None


def resolve_links(api: ApiSection, bodies: list[Body], side: str, findings: Findings,
                  tables: TableIndex | None,
                  read_fields: Callable[[Table], list[Field]]) -> None:
    """Turn linked object fields of one side into model references (see module doc)."""
    if not bodies:
        return
    topic = api.loc.topic
    anchors: dict[str, str] = {}
    for body in bodies:
        for name, m in body.models.items():
            if m.loc.topic and m.loc.anchor:
                anchors.setdefault(f"{m.loc.topic}#{m.loc.anchor}", name)
    for body in bodies:
        queue: list[Field] = list(body.fields) + [f for m in body.models.values()
                                                  for f in m.fields]
        while queue:
            f = queue.pop(0)
            if not f.links:
                continue
            slot = _object_slot(f.type)
            if slot is None:
                continue
            for target in f.links:
                name = anchors.get(target)
                if name is None and tables is not None:
                    linked = tables(target)
                    if linked is None or (target.split("#")[0] == topic and
                                          linked.section == api.number):
                        continue
                    name = _add_foreign(body, linked, target, side, read_fields, anchors)
                    queue.extend(body.models[name].fields)
                    findings.add("model-from-other-topic", "info",
                                 f"'{f.name}' links to '{linked.title}' of section "
                                 f"{linked.section}; that table is read as model '{name}'",
                                 section=api.number, loc=f.loc)
                if name is not None:
                    slot.kind, slot.name = "ref", name
                    break
            else:
                if slot.kind != "ref" and any("#" in t for t in f.links):
                    findings.add("model-link-unresolved", "warning",
                                 f"'{f.name}' links to {', '.join(f.links)}, which is not a "
                                 "table; read as a free-form object", section=api.number,
                                 loc=f.loc)


def _add_foreign(body: Body, linked: LinkedTable, target: str, side: str,
                 read_fields: Callable[[Table], list[Field]], anchors: dict[str, str]) -> str:
    base = model_name(linked.title)
    name = base
    n = 2
    while name in body.models:
        name = f"{base}{n}"
        n += 1
    body.models[name] = ModelTable(name, read_fields(linked.table), linked.table.loc, side)
    anchors[target] = name
    t = linked.table
    if t.loc.topic and t.loc.anchor:
        anchors.setdefault(f"{t.loc.topic}#{t.loc.anchor}", name)
    return name
