"""Python names for the server stub: package, handler modules and methods.

Text from the spec becomes an ASCII identifier by rule (never pasted raw): other
characters turn into ``_``, a leading digit or underscore gets a prefix, keywords
get a trailing ``_``, and ``unique`` resolves clashes with ``_2``, ``_3`` ...
"""
from __future__ import annotations

import keyword
import re

IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_LENGTH = 48
METHOD_NAMES_RESERVED = {"mro"}


def is_identifier(name: str) -> bool:
    """An ASCII Python identifier that is not a keyword."""
    return bool(IDENT_RE.match(name)) and not keyword.iskeyword(name) \
        and not keyword.issoftkeyword(name)


def identifier(text: str, *, prefix: str = "x", limit: int | None = None) -> str:
    """``text`` as a lower-case ASCII identifier (of at most ``limit`` characters);
    ``prefix`` if nothing usable remains."""
    name = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()[:limit].rstrip("_")
    if not name:
        return prefix
    if name[0].isdigit():
        name = f"{prefix}_{name}"
    if not is_identifier(name):
        name += "_"
    return name


def snake(operation_id: str) -> str:
    """lowerCamelCase -> snake_case: createVolumeV21 -> create_volume_v21."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return text


def method_name(operation_id: str, method: str, path: str) -> str:
    """The handler method for an operation: its id in snake_case, else method + path."""
    name = identifier(snake(operation_id), prefix="op")
    if name in ("op", "x") or name in METHOD_NAMES_RESERVED:
        literal = " ".join(s for s in path.split("/") if s and "{" not in s)
        name = identifier(f"{method} {literal}", prefix="op")
    return name


def module_name(tag: str, section: object) -> str:
    """The module for a tag: ``tag_<section>`` (``tag_6_1``), else from its ASCII words."""
    if isinstance(section, str) and re.fullmatch(r"[0-9A-Za-z]+(\.[0-9A-Za-z]+)*", section):
        return identifier(f"tag_{section}")
    words = identifier(tag, prefix="", limit=MAX_LENGTH)
    return f"tag_{words}" if words else "tag"


def unique(name: str, used: set[str]) -> str:
    """``name``, or ``name_2``, ``name_3`` ... whichever is not in ``used``; adds it."""
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{name}_{n}", n + 1
    used.add(candidate)
    return candidate
