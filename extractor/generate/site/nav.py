"""Navigation: chapters, groups (tags) and their operations, for menus and breadcrumbs.

Group names are the tags' ``x-displayName`` (else the tag name); chapters are the spec's
``x-tagGroups``. A spec without tag groups gets one chapter per parent section of its
tags' ``x-section`` (6.1 and 6.2 under §6; 8.2.1 under §8.2).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .operations import Operation
from .schema import anchor


@dataclass(repr=False, eq=False)
class TagGroup:
    """One tag: its operations, in the spec's order."""

    name: str                      # the tag name the spec uses
    label: str                     # what people read (x-displayName, else the name)
    description: str
    anchor: str
    operations: list[Operation]
    chapter: str = ""


@dataclass(repr=False, eq=False)
class Chapter:
    label: str
    anchor: str
    groups: list[TagGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(g.operations) for g in self.groups)


def _parent(section: str) -> str:
    return section.rsplit(".", 1)[0] if "." in section else section


def navigation(spec: dict, operations: list[Operation]) -> list[Chapter]:
    """Chapters > groups > operations; sets each operation's chapter and group labels."""
    declared = [t for t in spec.get("tags") or [] if isinstance(t, dict) and t.get("name")]
    meta = {str(t["name"]): t for t in declared}
    groups: dict[str, list[Operation]] = {str(t["name"]): [] for t in declared}
    for op in operations:
        groups.setdefault(op.tags[0] if op.tags else "(untagged)", []).append(op)
    tag_groups = []
    for i, (name, ops) in enumerate(groups.items()):
        if not ops:
            continue
        t = meta.get(name, {})
        tag_groups.append(TagGroup(name, str(t.get("x-displayName") or name),
                                   str(t.get("description") or ""), anchor("tag", str(i + 1)),
                                   ops))
    by_name = {g.name: g for g in tag_groups}
    chapters: list[Chapter] = []
    placed: set[str] = set()
    for tg in spec.get("x-tagGroups") or []:
        if not isinstance(tg, dict):
            continue
        members = [by_name[str(n)] for n in tg.get("tags") or [] if str(n) in by_name
                   and str(n) not in placed]
        if members:
            chapters.append(Chapter(str(tg.get("name") or ""), "", members))
            placed.update(g.name for g in members)
    rest = [g for g in tag_groups if g.name not in placed]
    if rest:
        by_parent: dict[str, Chapter] = {}
        for g in rest:
            section = str(meta.get(g.name, {}).get("x-section") or "")
            label = f"§{_parent(section)}" if section else "Other"
            if label not in by_parent:
                by_parent[label] = Chapter(label, "")
                chapters.append(by_parent[label])
            by_parent[label].groups.append(g)
    for i, ch in enumerate(chapters):
        ch.anchor = anchor("chapter", str(i + 1))
        for g in ch.groups:
            g.chapter = ch.label
            for op in g.operations:
                op.chapter, op.chapter_anchor = ch.label, ch.anchor
                op.group, op.group_anchor = g.label, g.anchor
    return chapters


def groups_of(chapters: list[Chapter]) -> list[TagGroup]:
    return [g for ch in chapters for g in ch.groups]
