"""SDK code samples (Java / Python / Go fences under `SDK 代码示例`), kept apart from
the request and response examples."""
from __future__ import annotations

import re

from ...blocks import Block, Code, Paragraph
from ...findings import Findings
from ..model import CodeSample

BULLET_RE = re.compile(r"^\s*[-•●]\s*")
LANGUAGE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9#+.\-]{0,15}$")
MORE_LABEL = "更多"


# -- SDK code samples -------------------------------------------------------------------------

def read_code_samples(blocks: list[Block], *, section: str, findings: Findings) -> list[CodeSample]:
    """Read the `SDK 代码示例` part: one CodeSample per sample, in order.

    A short Latin word alone (`Java`, `Python`, `Go`) sets the language; bullets and
    prose paragraphs are titles; adjacent fences are one sample split by a page break,
    and paragraphs between two fences of a sample whose braces are still open are code
    lines the rendition left outside the fence. `更多…` ends the part.
    """
    samples: list[CodeSample] = []
    language = ""
    current: CodeSample | None = None
    items = list(blocks)
    i = 0
    while i < len(items):
        b = items[i]
        if isinstance(b, Code):
            if current is not None and i > 0 and isinstance(items[i - 1], Code):
                current.source += "\n" + b.text
            else:
                current = CodeSample(language, b.text, b.loc)
                samples.append(current)
            i += 1
            continue
        if not isinstance(b, Paragraph):
            i += 1
            continue
        text = b.text.strip()
        if text.startswith(MORE_LABEL):
            break
        # a run of plain paragraphs between two fences of an open sample: code lines
        j = i
        while j < len(items) and isinstance(items[j], Paragraph) \
                and _code_like(items[j].text.strip()):
            j += 1
        if (current is not None and j > i and j < len(items) and isinstance(items[j], Code)
                and isinstance(items[i - 1], Code) and _open_braces(current.source) > 0):
            run = items[i:j]
            current.source += "\n" + "\n".join(p.text.rstrip() for p in run)
            current.source += "\n" + items[j].text
            findings.add("code-sample-split", "info",
                         f"{len(run)} line(s) of a {language or 'code'} sample stood outside its "
                         "fence; read as code", section=section, loc=run[0].loc)
            i = j + 1
            continue
        if LANGUAGE_RE.match(text):
            language = text
        current = None
        i += 1
    return samples


def _code_like(text: str) -> bool:
    return bool(text) and not BULLET_RE.match(text) and not LANGUAGE_RE.match(text) \
        and not text.startswith(MORE_LABEL)


def _open_braces(source: str) -> int:
    return source.count("{") - source.count("}")
