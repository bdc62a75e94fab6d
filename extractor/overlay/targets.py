"""Overlay targets (RFC 9535 JSONPath): the common shapes evaluated here, any other by
jsonpath-rfc9535.

Importing jsonpath-rfc9535 costs more than applying an overlay (its lexer compiles wide
Unicode classes, and it loads the `regex` package), and every build applies the committed
overlay. Targets mostly use a small part of the language: child names (`.name`,
`['name']`, `["name"]`), indices, wildcards, and one level of filters that test whether a
relative query finds anything or compare a singular one with a string, joined by `&&`,
`||`, `!` and parentheses (`$.components.schemas[?@['x-source'].section == '6.1' &&
!@.deprecated].properties`). A target made only of those parts is read and evaluated here,
as the library does it (the same nodes in the same order, negative indices normalized,
`==` true only for one node whose value equals the string); any other target, and any text
this reader does not take (escapes in strings, blanks outside a filter's operators, other
literals or operators, slices, descendants, functions), is the library's to compile, so
its results and its error messages are the library's.
"""
from __future__ import annotations

import re

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")       # member-name-shorthand, ASCII only
_INDEX = re.compile(r"0|-?[1-9][0-9]*")
MAX_INDEX = 2 ** 53 - 1                               # RFC 9535's I-JSON integer range
BLANKS = " \t\n\r"
WILDCARD = ("*",)


class TargetError(Exception):
    """The library's complaint about a target that is not a valid JSONPath query."""


class _Other(Exception):
    """A target outside the part of JSONPath read here."""


class Target:
    """A compiled overlay target: `locations(doc)` are the paths of the nodes it selects,
    in order, as tuples of member names and array indices."""

    def __init__(self, text: str):
        self.text = text
        self._library = None
        try:
            self._segments = _Reader(text).query()
        except _Other:
            import jsonpath_rfc9535 as jsonpath
            try:
                self._library = jsonpath.compile(text)
            except jsonpath.JSONPathError as exc:
                raise TargetError(str(exc)) from None

    @property
    def evaluated_here(self) -> bool:
        return self._library is None

    def locations(self, doc) -> list[tuple]:
        if self._library is not None:
            return [tuple(node.location) for node in self._library.find(doc)]
        return [loc for loc, _ in _select(self._segments, [((), doc)])]


# -- reading ------------------------------------------------------------------------------

class _Reader:
    """Recursive descent over the supported part of RFC 9535's grammar; `_Other` at the
    first thing outside it."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def query(self) -> list:
        if not self.text.startswith("$"):
            raise _Other
        self.pos = 1
        segments = self.segments(filters=True, singular=False)
        if self.pos != len(self.text):
            raise _Other
        return segments

    def segments(self, *, filters: bool, singular: bool) -> list:
        text, out = self.text, []
        while self.pos < len(text):
            c = text[self.pos]
            if c == ".":
                if text.startswith("*", self.pos + 1) and not singular:
                    out.append(WILDCARD)
                    self.pos += 2
                    continue
                m = _NAME.match(text, self.pos + 1)      # (`..`, a descendant, fails here)
                if m is None:
                    raise _Other
                out.append(("name", m.group()))
                self.pos = m.end()
            elif c == "[":
                self.pos += 1
                out.append(self.selector(filters=filters, singular=singular))
                if not text.startswith("]", self.pos):
                    raise _Other
                self.pos += 1
            else:
                break
        return out

    def selector(self, *, filters: bool, singular: bool) -> tuple:
        text, c = self.text, self.text[self.pos:self.pos + 1]
        if c in ("'", '"'):
            return ("name", self.string())
        if c == "*" and not singular:
            self.pos += 1
            return WILDCARD
        if c == "?" and filters and not singular:
            self.pos += 1
            return ("filter", self.logical())
        m = _INDEX.match(text, self.pos)
        if m is None or abs(int(m.group())) > MAX_INDEX:
            raise _Other
        self.pos = m.end()
        return ("index", int(m.group()))

    def string(self) -> str:
        """A quoted string without escapes (a backslash, a control character or a lone
        surrogate in it: not read here)."""
        quote, start = self.text[self.pos], self.pos + 1
        end = self.text.find(quote, start)
        if end < 0:
            raise _Other
        value = self.text[start:end]
        if "\\" in value or any(ch < " " or "\ud800" <= ch <= "\udfff" for ch in value):
            raise _Other
        self.pos = end + 1
        return value

    def operator(self, token: str) -> bool:
        """`token` here, blanks around it allowed; False (nothing read) if it is not."""
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in BLANKS:
            pos += 1
        if not text.startswith(token, pos):
            return False
        pos += len(token)
        while pos < len(text) and text[pos] in BLANKS:
            pos += 1
        self.pos = pos
        return True

    def logical(self) -> tuple:
        left = self.conjunction()
        while self.operator("||"):
            left = ("or", left, self.conjunction())
        return left

    def conjunction(self) -> tuple:
        left = self.basic()
        while self.operator("&&"):
            left = ("and", left, self.basic())
        return left

    def basic(self) -> tuple:
        text = self.text
        if text.startswith("!", self.pos) and not text.startswith("!=", self.pos):
            self.pos += 1
            if text.startswith("(", self.pos):
                return ("not", self.parenthesized())
            return ("not", ("exists", self.relative(singular=False)))
        if text.startswith("(", self.pos):
            return self.parenthesized()
        start = self.pos
        query = self.relative(singular=False)
        for op in ("==", "!="):
            if self.operator(op):
                self.pos = start                         # read again, as a singular query
                query = self.relative(singular=True)
                if not self.operator(op) or self.text[self.pos:self.pos + 1] not in ("'", '"'):
                    raise _Other
                return (op, query, self.string())
        return ("exists", query)

    def parenthesized(self) -> tuple:
        self.pos += 1
        inner = self.logical()
        if not self.text.startswith(")", self.pos):
            raise _Other
        self.pos += 1
        return inner

    def relative(self, *, singular: bool) -> list:
        """`@` and at least one segment (a bare `@` is the library's)."""
        if not self.text.startswith("@", self.pos):
            raise _Other
        self.pos += 1
        segments = self.segments(filters=False, singular=singular)
        if not segments:
            raise _Other
        return segments


# -- evaluating ---------------------------------------------------------------------------

def _select(segments: list, nodes: list) -> list:
    """(location, value) of each node the segments select from `nodes`, in order."""
    for selector in segments:
        nodes = [child for node in nodes for child in _children(selector, node)]
    return nodes


def _children(selector: tuple, node: tuple):
    loc, value = node
    kind = selector[0]
    if kind == "name":
        if isinstance(value, dict):
            try:
                yield loc + (selector[1],), value[selector[1]]
            except KeyError:
                pass
    elif kind == "index":
        if isinstance(value, list):
            i = selector[1]
            try:
                child = value[i]
            except IndexError:
                return
            yield loc + (len(value) + i if i < 0 else i,), child
    elif isinstance(value, dict):
        for name, child in value.items():
            if kind == "*" or _holds(selector[1], child):
                yield loc + (name,), child
    elif isinstance(value, list):
        for i, child in enumerate(value):
            if kind == "*" or _holds(selector[1], child):
                yield loc + (i,), child


def _holds(expr: tuple, current) -> bool:
    """A filter expression on the current node (`@`)."""
    kind = expr[0]
    if kind == "and":
        return _holds(expr[1], current) and _holds(expr[2], current)
    if kind == "or":
        return _holds(expr[1], current) or _holds(expr[2], current)
    if kind == "not":
        return not _holds(expr[1], current)
    found = _select(expr[1], [((), current)]) if isinstance(current, (dict, list)) else []
    if kind == "exists":
        return bool(found)
    equal = len(found) == 1 and found[0][1] == expr[2]
    return equal if kind == "==" else not equal
