"""Jinja rendering for the server stub, with the filters that keep spec text inert.

Spec text reaches generated files only through these filters: ``pyrepr`` (a Python
string literal), ``toml`` (a TOML basic string) and ``md`` (Markdown-escaped,
one line). Identifiers come pre-sanitised from ``names``.
"""
from __future__ import annotations

import json
import re

import jinja2

from ..paths import template_dir
from ..template_cache import compile_options

TEMPLATES = template_dir("server")


def pyrepr(value: object) -> str:
    """A Python literal for a string (or other plain value)."""
    return repr(value)


SURROGATE = re.compile(r"[\ud800-\udfff]")


def scalar(text: str) -> str:
    """Lone surrogates (not encodable as UTF-8) replaced by U+FFFD."""
    return SURROGATE.sub("\ufffd", text)


def toml(value: object) -> str:
    """A TOML basic string: JSON escaping, plus the control characters TOML forbids."""
    text = json.dumps(scalar(str(value)), ensure_ascii=False)
    return re.sub(r"[\x7f\u2028\u2029]", lambda m: f"\\u{ord(m.group()):04x}", text)


MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(value: object) -> str:
    """Whitespace runs (newlines included) as one space, control characters dropped."""
    return CONTROL.sub("", " ".join(scalar(str(value)).split()))


def md(value: object) -> str:
    """Inline Markdown for table cells and headings: one line, specials escaped,
    HTML-significant characters as entities."""
    text = one_line(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MD_SPECIAL.sub(r"\\\1", text)


def mdcode(value: object) -> str:
    """An inline code span for a table cell: fenced with more backticks than it holds."""
    text = one_line(value).replace("|", "\\|")
    if not text:
        return ""
    fence = "`" * (max((len(r) for r in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True, **compile_options())
    env.filters.update(pyrepr=pyrepr, toml=toml, md=md, mdcode=mdcode)
    return env


def render(env: jinja2.Environment, template: str, **context: object) -> str:
    return env.get_template(template).render(**context)
