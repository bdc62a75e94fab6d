"""Markdown (the API changelog) -> safe HTML: raw HTML in the source is shown as text.

cmark-gfm (C, CommonMark plus GFM tables) renders it. cmark can only leave raw HTML out
(`<!-- raw HTML omitted -->`, never HTML passed through), so a text that holds some is
rendered by markdown-it-py instead, which shows it as text: nothing the author wrote is
lost. doc2spec's own entries hold none (they escape the manual's text), so the fast path
is the usual one. Both drop unsafe link schemes.
"""
from __future__ import annotations

import re

_OMITTED = "<!-- raw HTML omitted -->"   # cmark's stand-in; escaped text can never hold it
_CODE = re.compile(r"<code>([A-Za-z0-9_.:-]+)</code>")


def render_markdown(text: str) -> str:
    """CommonMark plus tables; inline HTML is escaped and unsafe link schemes are dropped."""
    import cmarkgfm
    from cmarkgfm.cmark import Options
    html = cmarkgfm.markdown_to_html_with_extensions(
        text, options=Options.CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES, extensions=["table"])
    if _OMITTED not in html:
        return html
    from markdown_it import MarkdownIt
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
