"""Names that tools see besides operationIds: component schema names and tag names.

Component names are PascalCase ASCII made from the manual's model name (``media-types``
-> ``MediaTypes``), never a common language type (``Error`` -> ``ErrorInfo``), and
unique after case-folding and stripping non-alphanumerics (``fold``), so generators
that make one file per model on a case-insensitive disk never overwrite one with
another. ``Registry`` in ``openapi_schemas`` picks the qualifier for a second
definition under one name.

Tag names are the English words of the manual's chapter title from the glossary
(``云硬盘管理`` -> ``Volume Management``); tags whose titles read alike are told apart
by the words of the chapters above them (``Legacy Cinder Volume Management``).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .naming import Glossary, chapter_words, load_glossary, tokenize

# Type names of common target languages that a model must not take (Python, Java,
# TypeScript, Go, C#): generators rename or shadow them.
RESERVED_TYPE_NAMES = frozenset({
    "any", "array", "bool", "boolean", "byte", "bytes", "char", "date", "datetime",
    "decimal", "dict", "double", "enum", "error", "exception", "file", "float", "int",
    "integer", "interface", "list", "long", "map", "number", "object", "optional",
    "record", "response", "set", "short", "string", "time", "tuple", "type", "uuid", "void",
})
RESERVED_SUFFIX = "Info"
_SPLIT_RE = re.compile(r"[^A-Za-z0-9]+")


def fold(name: str) -> str:
    """What two names must differ in: case-folded, non-alphanumerics dropped."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def pascal_name(manual_name: str, fallback: str = "Schema") -> str:
    """A PascalCase ASCII component name: each ASCII run capitalised, the rest kept
    (``media-types`` -> ``MediaTypes``, ``ModifyVolumeQoSOption`` unchanged); a name
    that is a common language type gets ``Info`` (``Error`` -> ``ErrorInfo``)."""
    parts = [p for p in _SPLIT_RE.split(manual_name) if p]
    name = "".join(p[:1].upper() + p[1:] for p in parts) or fallback
    if name[0].isdigit():
        name = fallback + name
    if name.lower() in RESERVED_TYPE_NAMES:
        name += RESERVED_SUFFIX
    return name


def title_words(title: str, glossary: Glossary | None = None) -> list[str]:
    """A Chinese title in English words, Title Case (ASCII words as the manual writes them)."""
    g = glossary or load_glossary()
    out: list[str] = []
    for t in tokenize(title, g):
        if t.kind in ("stop", "list", "item", "unknown"):
            continue
        if t.kind == "verb":
            english = g.verb_nouns.get(t.text, t.english)
        else:
            english = t.english
        if t.text.isascii():
            words = [t.text]
        else:
            words = [w[:1].upper() + w[1:] for w in english.split() if w and w != "@query"]
        for w in words:
            if not out or out[-1].lower() != w.lower():
                out.append(w)
    return out


def tag_names(tags: list[tuple[str, str]], ancestors: Callable[[str], list[str]],
              glossary: Glossary | None = None) -> dict[str, str]:
    """An ASCII name per tag (section number -> name), unique: tags whose titles read
    alike get the words of the chapters above them in front; ``ancestors(number)`` gives
    those chapter titles, outermost first. A tag no rule can tell apart keeps its number."""
    g = glossary or load_glossary()
    base = {n: " ".join(title_words(t, g)) or f"Tag {n}" for n, t in tags}
    names = dict(base)
    for qualifier in (
        lambda n: [w.capitalize() for w in chapter_words(ancestors(n), g)],
        lambda n: [w for a in ancestors(n) for w in title_words(a, g)],
    ):
        groups: dict[str, list[str]] = {}
        for n, name in names.items():
            groups.setdefault(fold(name), []).append(n)
        for members in groups.values():
            if len(members) < 2:
                continue
            for n in members:
                words = qualifier(n)
                if words:
                    names[n] = " ".join(_dedupe(words + base[n].split()))
    seen: dict[str, int] = {}
    for n in sorted(names, key=lambda x: [int(p) for p in x.split(".") if p.isdecimal()]):
        key = fold(names[n])
        if key in seen:
            names[n] = f"{names[n]} {n}"
        seen[key] = 1
    return names


def _dedupe(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if not out or out[-1].lower() != w.lower():
            out.append(w)
    return out


def tag_groups(tags: list[tuple[str, str]], names: dict[str, str],
               ancestors: Callable[[str], list[str]]) -> list[dict]:
    """``x-tagGroups``: one group per chapter that holds tags (its title path, the
    manual's words), in manual order; a tag that is a chapter by itself is its own group."""
    groups: dict[str, list[str]] = {}
    for number, title in tags:
        key = " / ".join(ancestors(number)) or title
        groups.setdefault(key, []).append(names[number])
    return [{"name": k, "tags": v} for k, v in groups.items()]
