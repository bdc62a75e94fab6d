"""An example part of a section -> Examples: titles, request lines, status labels, bodies."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...blocks import Block, Loc, Paragraph
from ...findings import Findings
from ..model import Example, RequestLine
from .fences import FenceBlock, _host, _repeats, example_blocks, parse_request_line
from .json_repair import _parse

STATUS_LABEL_RE = re.compile(r"^状态码\s*[：:]\s*(\d{3})$")
BULLET_RE = re.compile(r"^\s*[-•●]\s*")
NO_CONTENT = "无"                     # "none": the part has no example / no body


# -- examples -------------------------------------------------------------------------------

@dataclass(slots=True, repr=False, eq=False)   # never printed or compared
class _Pending:
    title: str = ""
    title_loc: Loc | None = None
    request_line: RequestLine | None = None
    request_loc: Loc | None = None


def read_examples(blocks: list[Block], side: str, *, section: str,
                  findings: Findings) -> list[Example]:
    """Read one example part (`side` "request" or "response") into Examples.

    A title (bullet or, on the request side, prose paragraph) and a request line wait
    for the next body; a request line with no body becomes an Example of state "none".
    On the response side a `状态码：NNN` label sets the status of what follows and its
    description paragraph is skipped. `loc` is the body's first fence, or the request
    line when there is no body.
    """
    examples: list[Example] = []
    pending = _Pending()
    status: int | None = None

    def flush() -> None:
        nonlocal pending
        if pending.request_line is not None:
            examples.append(Example(side=side, loc=pending.request_loc, title=pending.title,
                                    status=status if side == "response" else None,
                                    request_line=pending.request_line))
        elif pending.title:
            findings.add("example-empty", "info",
                         f"{side} example '{pending.title}' has no body", section=section,
                         loc=pending.title_loc)
        pending = _Pending()

    def take_request_line(rl: RequestLine, loc: Loc) -> None:
        if pending.request_line is not None:
            flush()                     # the one waiting had no body
        pending.request_line, pending.request_loc = rl, loc
        _note_request_line(rl, loc, section, findings)

    for item in example_blocks(blocks, section=section, findings=findings):
        if isinstance(item, FenceBlock):
            if item.request_line is not None:
                take_request_line(item.request_line, item.loc)
            if item.body:
                examples.append(_body_example(item, side, pending, status, section, findings))
                pending = _Pending()
            continue
        if not isinstance(item, Paragraph):
            continue
        text = item.text.strip()
        m = STATUS_LABEL_RE.match(text)
        if m:
            flush()
            status = int(m.group(1))
            continue
        if text == NO_CONTENT:
            flush()
            continue
        rl = parse_request_line(BULLET_RE.sub("", text))
        if rl is not None:
            if _repeats(rl, pending.request_line):
                findings.add("example-artefact-dropped", "info",
                             f"dropped the line '{rl.raw}': it repeats the request line above it",
                             section=section, loc=item.loc)
                continue
            take_request_line(rl, item.loc)
            continue
        if BULLET_RE.match(text) or side == "request":
            flush()
            pending.title, pending.title_loc = BULLET_RE.sub("", text).strip(), item.loc
        # else: the status description (`OK`, `Accepted`, a sentence): not an example
    flush()
    return examples


def _note_request_line(rl: RequestLine, loc: Loc, section: str, findings: Findings) -> None:
    missing = [what for what, absent in (("method", rl.method is None),
                                         ("host", not _host(rl))) if absent]
    if missing:
        findings.add("example-request-line", "info",
                     f"the example request line '{rl.raw}' has no {' and no '.join(missing)}",
                     section=section, loc=loc)


def _body_example(fb: FenceBlock, side: str, pending: _Pending, status: int | None,
                  section: str, findings: Findings) -> Example:
    ex = Example(side=side, loc=fb.loc, title=pending.title,
                 status=status if side == "response" else None,
                 request_line=pending.request_line, raw=fb.body)
    where = f"{side} example at {fb.loc}"
    unit = "" if fb.loc.line is not None else "body "
    if not fb.body.lstrip().startswith(("{", "[")):
        ex.state = "text"
        findings.add("example-not-json", "info", f"{where} is not JSON; kept as text",
                     section=section, loc=fb.loc)
        return ex
    value, state, repairs, details, error = _parse(fb.body, fb.body_lines,
                                                   [fb.body_lines[j] for j in fb.junctions])
    ex.value, ex.state, ex.repairs = value, state, repairs
    if state == "repaired":
        findings.add("example-repaired", "warning",
                     f"{where} parses as JSON only after repair: " + "; ".join(
                         f"{name} ({unit}{_lines(lines)})" for name, lines in details),
                     section=section, loc=fb.loc)
    elif state == "unrepairable":
        findings.add("example-unrepairable", "error",
                     f"{where} is not valid JSON ({error}) and no repair makes it parse; "
                     "kept as text", section=section, loc=fb.loc)
    return ex


def _lines(lines: list[int]) -> str:
    lines = sorted(set(lines))
    if not lines:
        return "no line"
    if len(lines) > 1 and lines[-1] - lines[0] == len(lines) - 1:
        return f"lines {lines[0]}-{lines[-1]}"
    return ("line " if len(lines) == 1 else "lines ") + ", ".join(map(str, lines))
