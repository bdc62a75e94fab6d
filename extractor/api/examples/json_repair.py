"""A JSON body as the manual prints it -> its value, with the fewest named repairs.

Repairs change only layout and punctuation (junction closers, wrapped strings, trailing
commas, missing final closers, a wrong closer), never values."""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise


CLOSERS_ONLY_RE = re.compile(r"^[\s\]}]+$")

REPAIR_NAMES = ("junction closers", "wrapped strings", "trailing commas",
                "missing final closers", "wrong closer")


# -- JSON repair ------------------------------------------------------------------------------

@dataclass(slots=True, repr=False, eq=False)   # never printed or compared
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
    # A repair's result depends only on the repairs applied before it (each is a pure
    # function of the text): combinations that share a start reuse what it gave.
    applied: dict[tuple[int, ...], _Repaired] = {}
    for size in range(1, len(_REPAIRS) + 1):
        for combo in combinations(range(len(_REPAIRS)), size):
            t, details = base, []
            steps: tuple[int, ...] = ()
            for k in sorted(combo, key=APPLY_ORDER.index):
                steps += (k,)
                if steps not in applied:
                    applied[steps] = _REPAIRS[k](t, junctions)
                done = applied[steps]
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


# a JSON string (to its closing quote, or to the end of the text when it has none), or
# a structural character outside strings
_TOKEN_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*("?)|[{}\[\],]', re.S)
_ESCAPE_OR_BREAK_RE = re.compile(r"\\.|\n", re.S)


@lru_cache(maxsize=32)
def _tokens(text: str) -> tuple[tuple[tuple[int, str], ...], tuple[int, ...], bool]:
    """Structural characters outside strings as (pos, char), newline positions inside
    strings, and whether the text ends inside a string (cached: each repair of a body
    reads the same text again)."""
    toks: list[tuple[int, str]] = []
    wraps: list[int] = []
    in_str = False
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok[0] != '"':
            toks.append((m.start(), tok))
            continue
        if "\n" in tok:     # a line break, unless escaped
            start = m.start()
            wraps.extend(start + w.start() for w in _ESCAPE_OR_BREAK_RE.finditer(tok)
                         if w.group() == "\n")
        if not m.group(1):
            in_str = True
    return tuple(toks), tuple(wraps), in_str


def _tokens_by_char(text: str) -> tuple[list[tuple[int, str]], list[int], bool]:
    """The character-by-character reading `_tokens` must equal (kept for the tests)."""
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
    return tuple(toks), tuple(wraps), in_str


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
