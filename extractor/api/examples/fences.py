"""Request lines and fence merging: the PDF split bodies over page breaks, so adjacent
fences are merged back into logical blocks."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ...blocks import Block, Code, Loc, Paragraph
from ...findings import Findings
from ..model import RequestLine
from .json_repair import _tokens

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
REQUEST_LINE_RE = re.compile(
    r"^(?:(?P<method>" + "|".join(METHODS) + r")\s+)?"
    r"(?P<host>https?://[^/\s?]+)?"
    r"(?P<path>/[^?\s]*)?"
    r"(?:\?(?P<query>\S.*))?$")
# Fence texts that continue the fence before them (§7): a closer, a comma or a key.
CONTINUATION_START = ("]", "}", ",", '"')


# -- request lines --------------------------------------------------------------------------

def parse_request_line(text: str) -> RequestLine | None:
    """`METHOD https://{endpoint}/path?k=v&…` and its partial forms -> RequestLine, else None.

    Accepts a missing method (`/v5/…`, `https://{endpoint}/…`), a missing host
    (`POST /v2/…`), trailing spaces and queries whose values hold spaces
    (`ids=['a', 'b']`) or repeat a key. The host (`https://{endpoint}`) is dropped.
    """
    raw = text.strip()
    if not raw:
        return None
    m = REQUEST_LINE_RE.match(raw)
    if not m or not (m.group("path") or m.group("host")):
        return None
    if not m.group("method") and not m.group("host") and not raw.startswith("/"):
        return None
    query: list[tuple[str, str]] = []
    if m.group("query"):
        for piece in m.group("query").split("&"):
            if piece:
                key, _, value = piece.partition("=")
                query.append((key, value))
    return RequestLine(method=m.group("method"), path=m.group("path") or "/", query=query,
                       raw=raw)


def _host(line: RequestLine) -> bool:
    return bool(REQUEST_LINE_RE.match(line.raw).group("host"))


def _repeats(line: RequestLine, above: RequestLine | None) -> bool:
    """A method-less URL that repeats the request line above it (a rendition artefact)."""
    return (above is not None and line.method is None and _host(line)
            and line.path == above.path and line.query == above.query)


# -- fence merging --------------------------------------------------------------------------

@dataclass(slots=True, repr=False, eq=False)   # never printed or compared
class FenceBlock:
    """One logical example block: adjacent fences merged, artefact lines dropped."""

    loc: Loc                                   # the first fence
    fences: int                                # raw fences merged into it
    request_line: RequestLine | None = None    # its leading request line, if any
    body: str = ""                             # the body text ("" = request line only)
    body_lines: list[int] = field(default_factory=list)   # manual line of each body line
    junctions: list[int] = field(default_factory=list)    # body line indexes where a fence joins


def example_blocks(blocks: list[Block], *, section: str | None = None,
                   findings: Findings | None = None) -> list[Block | FenceBlock]:
    """Replace the Code blocks of an example part by merged FenceBlocks.

    Adjacent fences (nothing between them) are merged when the first is unbalanced
    or the next starts with a closer, a comma or a quote. A bare URL repeating the
    request line just above is dropped, as a line of a fence or as a whole fence.
    """
    findings = findings if findings is not None else Findings()
    out: list[Block | FenceBlock] = []
    above: RequestLine | None = None        # request line of the item just above
    for b in blocks:
        if not isinstance(b, Code):
            out.append(b)
            above = parse_request_line(b.text) if isinstance(b, Paragraph) else None
            continue
        prev = out[-1] if out else None
        if isinstance(prev, FenceBlock) and _continues(prev, b.text):
            _append_fragment(prev, b)
            continue
        fb = _fence_block(b, findings, section)
        if fb.request_line is not None and not fb.body and _repeats(fb.request_line, above):
            findings.add("example-artefact-dropped", "info",
                         f"dropped the fence '{fb.request_line.raw}': it repeats the request "
                         "line just above", section=section, loc=b.loc)
            above = None
            continue
        out.append(fb)
        above = fb.request_line if not fb.body else None
    return out


def _fence_block(code: Code, findings: Findings, section: str | None) -> FenceBlock:
    lines = code.text.split("\n")
    # manual line of each fence line (text input), else 1-based lines of the block
    first = code.loc.line + 1 if code.loc.line is not None else 1
    numbers = [first + i for i in range(len(lines))]
    fb = FenceBlock(loc=code.loc, fences=1)
    i = _skip_blank(lines, 0)
    if i < len(lines) and (rl := parse_request_line(lines[i])) is not None:
        fb.request_line = rl
        i = _skip_blank(lines, i + 1)
        if i < len(lines) and (again := parse_request_line(lines[i])) is not None \
                and _repeats(again, rl):
            findings.add("example-artefact-dropped", "info",
                         f"dropped the line '{again.raw}': it repeats the request line above it",
                         section=section,
                         loc=Loc(line=numbers[i]) if code.loc.line is not None else code.loc)
            i = _skip_blank(lines, i + 1)
    body = lines[i:]
    while body and not body[-1].strip():
        body.pop()
    fb.body = "\n".join(body)
    fb.body_lines = numbers[i:i + len(body)]
    return fb


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _continues(prev: FenceBlock, text: str) -> bool:
    """Does the fence `text` continue the block `prev` (a page-break split)?"""
    head = text.lstrip()
    if not head or parse_request_line(head.split("\n", 1)[0]) is not None:
        return False
    return head.startswith(CONTINUATION_START) or _unbalanced(prev.body)


def _append_fragment(prev: FenceBlock, code: Code) -> None:
    lines = code.text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    first = code.loc.line + 1 if code.loc.line is not None else \
        (prev.body_lines[-1] + 1 if prev.body_lines else 1)
    if prev.body:
        prev.junctions.append(len(prev.body_lines))
        prev.body += "\n" + "\n".join(lines)
    else:
        prev.body = "\n".join(lines)
    prev.body_lines += [first + i for i in range(len(lines))]
    prev.fences += 1


def _unbalanced(text: str) -> bool:
    """Whether brackets outside strings do not balance, or the text ends inside a string."""
    try:
        json.loads(text)
        return False          # the common case, decided by the C parser
    except ValueError:
        pass
    toks, _, in_str = _tokens(text)
    depth = sum(1 if ch in "{[" else -1 if ch in "}]" else 0 for _, ch in toks)
    return in_str or depth != 0
