"""Request/response examples and SDK code samples of an API section.

An example part (the blocks after `请求示例` / `响应示例`, or after a bullet-style
`- 请求样例:` / `• 响应样例`) holds titles (bullet or prose paragraphs), request
lines (fenced alone, unfenced, or as the first line of the body's fence), status
labels (`状态码：202`) with a description paragraph, and JSON bodies in ``` fences.

The PDF split bodies over page breaks, so adjacent fences are first merged back
into logical blocks (`example_blocks`), bare-URL lines repeating the request line
just above are dropped, and each body is parsed as JSON, applying the fewest named
repairs that make it parse (`parse_json_body`). Every decision leaves a finding.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from ..blocks import Block, Code, Loc, Paragraph
from ..findings import Findings
from .model import CodeSample, Example, RequestLine

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
REQUEST_LINE_RE = re.compile(
    r"^(?:(?P<method>" + "|".join(METHODS) + r")\s+)?"
    r"(?P<host>https?://[^/\s?]+)?"
    r"(?P<path>/[^?\s]*)?"
    r"(?:\?(?P<query>\S.*))?$")
STATUS_LABEL_RE = re.compile(r"^状态码\s*[：:]\s*(\d{3})$")
BULLET_RE = re.compile(r"^\s*[-•●]\s*")
NO_CONTENT = "无"                     # "none": the part has no example / no body
CLOSERS_ONLY_RE = re.compile(r"^[\s\]}]+$")
# Fence texts that continue the fence before them (§7): a closer, a comma or a key.
CONTINUATION_START = ("]", "}", ",", '"')
LANGUAGE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9#+.\-]{0,15}$")
MORE_LABEL = "更多"

REPAIR_NAMES = ("junction closers", "wrapped strings", "trailing commas",
                "missing final closers", "wrong closer")


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

@dataclass(slots=True)
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
    toks, _, in_str = _tokens(text)
    depth = sum(1 if ch in "{[" else -1 if ch in "}]" else 0 for _, ch in toks)
    return in_str or depth != 0


# -- examples -------------------------------------------------------------------------------

@dataclass(slots=True)
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


# -- JSON repair ------------------------------------------------------------------------------

@dataclass(slots=True)
class _Text:
    """Body lines plus the original line number each comes from."""

    lines: list[str]
    origin: list[int]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def line_finder(self) -> Callable[[int], int]:
        """A function: position in `text` -> index of the line holding it."""
        starts, at = [], 0
        for line in self.lines:
            starts.append(at)
            at += len(line) + 1
        return lambda pos: bisect_right(starts, pos) - 1


def parse_json_body(text: str, *, junctions: Sequence[int] = ()) -> tuple[object | None, str, list[str]]:
    """Parse a body -> (value, state, repairs); state "valid" | "repaired" | "unrepairable".

    `junctions` are the 0-based line indexes where a later fence's text begins. The
    fewest repairs (junction closers, wrapped strings, trailing commas, missing final
    closers, wrong closer — least invasive first) that make it parse are applied;
    they change only layout and punctuation, never values.
    """
    n = text.count("\n") + 1
    value, state, repairs, _, _ = _parse(text, list(range(n)), list(junctions))
    return value, state, repairs


def _parse(text: str, origin: list[int], junctions: list[int]
           ) -> tuple[object | None, str, list[str], list[tuple[str, list[int]]], str]:
    try:
        return json.loads(text), "valid", [], [], ""
    except json.JSONDecodeError as exc:
        error = f"{exc.msg} at body line {exc.lineno}"
    base = _Text(text.split("\n"), list(origin))
    for size in range(1, len(_REPAIRS) + 1):
        for combo in combinations(range(len(_REPAIRS)), size):
            t, details = base, []
            for k in sorted(combo, key=APPLY_ORDER.index):
                done = _REPAIRS[k](t, junctions)
                if done is None:
                    break
                t, touched = done
                details.append((REPAIR_NAMES[k], touched))
            else:
                try:
                    value = json.loads(t.text)
                except json.JSONDecodeError:
                    continue
                return value, "repaired", [REPAIR_NAMES[k] for k in combo], details, ""
    return None, "unrepairable", [], [], error


def _tokens(text: str) -> tuple[list[tuple[int, str]], list[int], bool]:
    """Structural characters outside strings as (pos, char), newline positions inside
    strings, and whether the text ends inside a string."""
    toks: list[tuple[int, str]] = []
    wraps: list[int] = []
    in_str = esc = False
    for pos, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            elif ch == "\n":
                wraps.append(pos)
        elif ch == '"':
            in_str = True
        elif ch in "{}[],":
            toks.append((pos, ch))
    return toks, wraps, in_str


PAIR = {"}": "{", "]": "["}
CLOSE = {"{": "}", "[": "]"}


def _structure_error(text: str) -> int | None:
    """Position of the first closer that does not match, or of content after the root closed."""
    stack: list[str] = []
    for pos, ch in _tokens(text)[0]:
        if ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if not stack or stack[-1] != PAIR[ch]:
                return pos
            stack.pop()
            if not stack:
                rest = text[pos + 1:]
                return pos + 1 + len(rest) - len(rest.lstrip()) if rest.strip() else None
    return None


# A repair's result: the repaired text and the original lines it touched, or None if
# the repair does not apply.
_Repaired = tuple[_Text, list[int]] | None


def _junction_closers(t: _Text, junctions: list[int]) -> _Repaired:
    """Drop closer-only lines at a fence junction (the PDF auto-closed a fragment, or
    left the tail of a closed body as an orphan fence)."""
    lines, origin = list(t.lines), list(t.origin)
    touched: list[int] = []
    for j_origin in junctions:
        if j_origin not in origin:
            continue
        j = origin.index(j_origin)
        end = _fragment_end(origin, junctions, j_origin, lines)
        if _consistent_until(lines, end):
            continue
        before = _closer_run(lines, j, -1)
        after = _closer_run(lines, j, +1)
        options = sorted(((a, b) for a in range(len(before) + 1) for b in range(len(after) + 1)
                          if a or b), key=lambda ab: (ab[0] + ab[1], ab[0]))
        for a, b in options:
            drop = set(before[:a]) | set(after[:b])
            kept = [k for k in range(len(lines)) if k not in drop]
            trial = [lines[k] for k in kept]
            new_end = sum(1 for k in kept if k <= end) - 1
            if _consistent_until(trial, new_end):
                touched += [origin[k] for k in sorted(drop)]
                lines, origin = trial, [origin[k] for k in kept]
                break
    if not touched:
        return None
    return _Text(lines, origin), touched


def _fragment_end(origin: list[int], junctions: list[int], j_origin: int, lines: list[str]) -> int:
    """Index of the last line of the fragment starting at `j_origin`."""
    later = [o for o in junctions if o > j_origin and o in origin]
    return origin.index(min(later)) - 1 if later else len(lines) - 1


def _closer_run(lines: list[str], j: int, step: int) -> list[int]:
    """Indexes of the closer-only lines next to junction j (before it: going back)."""
    run: list[int] = []
    k = j - 1 if step < 0 else j
    while 0 <= k < len(lines) and (CLOSERS_ONLY_RE.match(lines[k]) or not lines[k].strip()):
        if lines[k].strip():
            run.append(k)
        k += step
    return run


def _consistent_until(lines: list[str], end: int) -> bool:
    """Do lines[:end + 1] read as the start of one JSON value? Newlines in strings, a
    comma before a closer and the closers still missing at `end` are tolerated (other
    repairs' business), so a junction is judged only by its own lines."""
    t: _Text = _Text(lines[:end + 1], list(range(end + 1)))
    for lenient in (_wrapped_strings, _missing_final_closers, _trailing_commas):
        t = (lenient(t, []) or (t, None))[0]
    try:
        json.loads(t.text)
    except json.JSONDecodeError:
        return False
    return True


def _wrapped_strings(t: _Text, junctions: list[int]) -> _Repaired:
    """Join a string literal wrapped onto the next line, with no space."""
    _, wraps, _ = _tokens(t.text)
    if not wraps:
        return None
    line_of = t.line_finder()
    joins = {line_of(p) for p in wraps}
    lines: list[str] = []
    origin: list[int] = []
    touched: list[int] = []
    glue = False
    for k, line in enumerate(t.lines):
        if glue:
            lines[-1] += line
        else:
            lines.append(line)
            origin.append(t.origin[k])
        glue = k in joins
        if glue:
            touched.append(origin[-1])
    return _Text(lines, origin), touched


def _trailing_commas(t: _Text, junctions: list[int]) -> _Repaired:
    """Drop a comma directly before a closer."""
    text = t.text
    toks, _, _ = _tokens(text)
    cut = [p for (p, ch), (q, nxt) in pairwise(toks)
           if ch == "," and nxt in "}]" and not text[p + 1:q].strip()]
    if not cut:
        return None
    line_of = t.line_finder()
    touched = [t.origin[line_of(p)] for p in cut]
    for p in reversed(cut):
        text = text[:p] + text[p + 1:]
    return _Text(text.split("\n"), list(t.origin)), touched


def _missing_final_closers(t: _Text, junctions: list[int]) -> _Repaired:
    """Close what is still open at the end of a body that is otherwise well nested."""
    text = t.text
    toks, _, in_str = _tokens(text)
    if in_str or _structure_error(text) is not None:
        return None
    stack: list[str] = []
    for _, ch in toks:
        if ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            stack.pop()
    if not stack:
        return None
    closers = [CLOSE[c] for c in reversed(stack)]
    last = t.origin[-1] if t.origin else 0
    return _Text(t.lines + closers, t.origin + [last] * len(closers)), [last]


def _wrong_closer(t: _Text, junctions: list[int]) -> _Repaired:
    """Replace a closer of the wrong kind (`}` for `]`); drop closers left over after the
    root closed (an extra `}]`)."""
    text = t.text
    toks, _, _ = _tokens(text)
    stack: list[str] = []
    edits: list[tuple[int, str]] = []
    for pos, ch in toks:
        if ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if not stack:
                edits.append((pos, ""))
            elif stack[-1] != PAIR[ch]:
                edits.append((pos, CLOSE[stack.pop()]))
            else:
                stack.pop()
    if not edits:
        return None
    line_of = t.line_finder()
    touched = [t.origin[line_of(p)] for p, _ in edits]
    for pos, new in reversed(edits):
        text = text[:pos] + new + text[pos + 1:]
    return _Text(text.split("\n"), list(t.origin)), touched


_REPAIRS: tuple[Callable, ...] = (_junction_closers, _wrapped_strings, _trailing_commas,
                                  _missing_final_closers, _wrong_closer)
# Repairs are chosen least invasive first (the order above) but applied so that each sees
# the text it expects: closers are appended only once the nesting is otherwise right.
APPLY_ORDER = (0, 1, 4, 2, 3)


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
