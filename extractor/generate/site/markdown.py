"""Markdown (the API changelog) -> safe HTML: raw HTML in the source is shown as text."""
from __future__ import annotations

import re

from markdown_it import MarkdownIt

_CODE = re.compile(r"<code>([A-Za-z0-9_.:-]+)</code>")


def render_markdown(text: str) -> str:
    """CommonMark plus tables; inline HTML is escaped and unsafe link schemes are dropped."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    return md.render(text)


def link_names(html: str, urls: dict[str, str]) -> str:
    """Code spans that are exactly a known name (operationId, error code, IAM action)
    become links to where the site shows it."""
    def repl(m: re.Match) -> str:
        url = urls.get(m.group(1))
        return f'<a href="{url}">{m.group(0)}</a>' if url else m.group(0)
    return _CODE.sub(repl, html)
