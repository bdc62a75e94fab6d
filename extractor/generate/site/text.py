"""Text from the spec made readable: cross-references as links, enum bullets shown once,
internal names left out. Output is escaped HTML (markupsafe), so manual text stays data."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(repr=False, eq=False)
class CrossRef:
    phrase: str                    # as the text has it
    title: str
    url: str                       # relative to the site root; "" when the site has no page
    where: str                     # "§A.6 获取项目 ID" for references the site does not show
    resolved: bool


def cross_refs(spec: dict, section_url) -> list[CrossRef]:
    """The spec's `x-cross-references`, each with the site page of its section."""
    out = []
    for r in spec.get("x-cross-references") or []:
        if not isinstance(r, dict) or not r.get("phrase"):
            continue
        section = str(r.get("section") or "")
        url = section_url(section, str(r.get("target") or "")) if section else ""
        where = f"§{section} {r.get('heading') or ''}".strip() if section and not url else ""
        out.append(CrossRef(str(r["phrase"]), str(r.get("title") or ""), url, where,
                            bool(section)))
    return sorted(out, key=lambda c: -len(c.phrase))


class Linker:
    """Turns description text into escaped HTML with cross-references as links; each
    distinct text once (the same parameter and field descriptions recur on many pages)."""

    def __init__(self, refs: list[CrossRef]):
        self.refs = {r.phrase: r for r in refs}
        self.pattern = re.compile("|".join(re.escape(r.phrase) for r in refs)) if refs else None
        self._done: dict[tuple[str, str], Markup] = {}

    def __call__(self, text: str, root: str = "") -> Markup:
        text = str(text or "")
        key = (text, root)
        if key not in self._done:
            self._done[key] = self._link(text, root)
        return self._done[key]

    def _link(self, text: str, root: str) -> Markup:
        if not self.pattern:
            return escape(text)
        out, pos = [], 0
        for m in self.pattern.finditer(text):
            ref = self.refs[m.group(0)]
            out.append(escape(text[pos:m.start()]))
            phrase = m.group(0)
            at = phrase.rfind(ref.title) if ref.title else -1
            if ref.url and at >= 0:
                out.append(escape(phrase[:at]))
                out.append(Markup('<a class="xref" href="{}">{}</a>').format(
                    root + ref.url, phrase[at:at + len(ref.title)]))
                out.append(escape(phrase[at + len(ref.title):]))
            elif ref.where:
                out.append(escape(phrase))
                out.append(Markup(' <span class="muted small">(manual {})</span>').format(
                    ref.where))
            else:
                out.append(escape(phrase))
            pos = m.end()
        out.append(escape(text[pos:]))
        return Markup("").join(out)


INTERNAL = re.compile(r"[;；,]?\s*see x-[A-Za-z0-9-]+\.?")


def plain(text: str) -> str:
    """Description text without pointers to spec internals (`see x-signing`)."""
    return INTERNAL.sub(".", str(text or "")).replace("..", ".")
