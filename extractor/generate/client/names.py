"""Python identifiers for names from the spec (schema, property, parameter, operation).

Names from the spec only reach generated code through the sanitisers here (ASCII
identifiers, never keywords, never a name the generated code itself uses); values
only through ``repr``.
"""
from __future__ import annotations

import keyword
import re

_WORD_RE = re.compile(r"[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*(?![a-z])|[0-9]+[a-z]*")

# Never used as generated identifiers: builtins that generated code names (in
# annotations or bodies), and names the generated modules and classes define.
AVOID = frozenset({
    "str", "int", "float", "bool", "list", "dict", "object", "bytes", "tuple", "set",
    "len", "isinstance", "annotations", "field", "dataclass", "self", "cls", "httpx",
})
FIELD_AVOID = AVOID | {"to_dict", "from_dict", "additional_properties", "request_id"}
METHOD_AVOID = AVOID | {"close", "aclose", "config", "with_options"}
CLASS_AVOID = frozenset({
    "Any", "Mapping", "Sequence", "Iterator", "AsyncIterator", "Unset", "UNSET", "OpenEnum",
    "Plan", "Config", "Retry", "Client", "AsyncClient", "DetailedResponse", "TYPE_CHECKING",
})


def words(name: str) -> list[str]:
    """The ASCII words of a name: ``imageRef`` -> image, Ref; ``OS-SCH-HNT:x`` -> OS, SCH, HNT, x."""
    return _WORD_RE.findall(name)


def snake(name: str) -> str:
    return "_".join(w.lower() for w in words(name))


def pascal(name: str) -> str:
    return "".join(w[0].upper() + w[1:] for w in words(name))


def identifier(name: str, fallback: str, avoid: frozenset[str] = AVOID) -> str:
    """A snake_case Python identifier for ``name``: never empty, a keyword or in ``avoid``."""
    ident = snake(name) or fallback
    if ident[0].isdigit():
        ident = f"{fallback}_{ident}"
    if keyword.iskeyword(ident) or ident in avoid:
        ident += "_"
    assert ident.isidentifier(), ident
    return ident


def class_identifier(name: str, fallback: str) -> str:
    ident = pascal(name) or fallback
    if ident[0].isdigit():
        ident = fallback + ident
    if ident in CLASS_AVOID or keyword.iskeyword(ident):
        ident += "Model"
    assert ident.isidentifier(), ident
    return ident


def claim(base: str, taken: set[str], sep: str = "_") -> str:
    """``base``, or ``base<sep>2``, ``base<sep>3``... whichever is free; marks it taken."""
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{sep}{n}", n + 1
    taken.add(name)
    return name


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]
