"""The spec as YAML text: what libyaml writes (yaml.dump's text, but for the folding of long
double-quoted strings, which is libyaml's), without the per-event machinery.

yaml.dump (safe, block style, no aliases, keys in order) spends its time in the
representer, serializer and emitter state machines, one Python call chain per value, and
libyaml's C emitter is not much faster once its callbacks into Python are counted. For a
document of JSON values this module walks the values itself, following the emitter's rules
for block mappings and sequences (its own `write_indent` / `write_indicator` do the
writing), and writes every scalar with PyYAML's own code (`analyze_scalar`,
`choose_scalar_style`, `process_scalar`: quoting, escapes, `|` blocks, line folding at
the width). A scalar's text depends only on its value and the emitter's position, which
a spec repeats all the time, so each (value, position) is written once and remembered.

A double-quoted string long enough to fold is written as libyaml folds it (at a space
past the width, the break standing for that space; PyYAML escapes the break instead),
which is what output.dump_yaml wrote before this module: such a document is libyaml's.

Anything this walk does not cover (a key that is not a simple string key, a value the
representer makes a collection of, a scalar that would need an explicit tag) raises
`Unsupported`, and so does what libyaml writes otherwise than PyYAML (NEL/LS/PS breaks, a
`|+` block, and in a document with a folded string, characters beyond the BMP or of private
use, which dump_yaml's libyaml path swaps or leaves to PyYAML): output.dump_yaml then uses
libyaml's C emitter, so the text is the same as before this module, byte for byte.
"""
from __future__ import annotations

import functools
import re

import yaml
from yaml.emitter import Emitter
from yaml.events import ScalarEvent

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
MAX_SIMPLE_KEY = 128        # the emitter's limit on a simple key, its tag counted

# Characters analyze_scalar takes as printable and not as line breaks (allow_unicode), as
# the complement of the others: a class of a few small ranges compiles in microseconds, one
# of the wide ranges they leave takes milliseconds (re fills a table entry per character).
_NOT_PRINTABLE = "\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ud800-\\udfff\\ufeff\\ufffe\\uffff\\U0010ffff"
# Strings analyze_scalar allows as plain block scalars and in single quotes, on one line,
# not empty: no indicator first (nor `-`, `?`, `:` before a space or the end), no `: `,
# ` #` or `:` at the end (plain() tests those three), no space first or last, no document
# marker first.
_PLAIN = re.compile(rf"(?![ #,\[\]{{}}&*!|>'\"%@`])(?![?:\-](?: |$))(?!---|\.\.\.)"
                    rf"[^{_NOT_PRINTABLE}]+(?<! )")


def plain(value: str) -> bool:
    """Whether analyze_scalar allows `value` as a plain block scalar and in single quotes,
    on one line (see _PLAIN; substring tests are faster than a regex's lookahead)."""
    return (": " not in value and " #" not in value and not value.endswith(":")
            and _PLAIN.fullmatch(value) is not None)


# Strings analyze_scalar allows in single quotes on one line (empty too).
ONE_LINE = re.compile(f"[^{_NOT_PRINTABLE}]*")
# Multi-line strings analyze_scalar allows as `|` blocks, their breaks all `\n`: no space
# before a break or at the end.
_NOT_TEXT = _NOT_PRINTABLE.replace("\\x00-\\x1f", "\\x00-\\x09\\x0b-\\x1f")    # `\n` allowed
LITERAL = re.compile(rf"(?=.*\n)(?!.* \n)[^{_NOT_TEXT}]*(?<! )", re.S)


OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")
# what output._Swap works around in libyaml (astral, private use); with PyYAML's escape of
# an astral character in double quotes (`\U`: libyaml writes the character as it is)
@functools.lru_cache(maxsize=1)
def swapped() -> re.Pattern:
    """Astral and private-use characters (compiled only where a run needs it)."""
    return re.compile("[\U00010000-\U0010ffff\ue000-\uf8ff]")


# the escapes in double quotes besides \xXX/\uXXXX: PyYAML's, the same as libyaml's
# (yaml_emitter_write_double_quoted)
ESCAPES = Emitter.ESCAPE_REPLACEMENTS
# escaped although printable: quote, backslash, byte order mark, line breaks
ESCAPED = frozenset('"\\\ufeff\u2028\u2029')


class Unsupported(Exception):
    """The document holds something only yaml.dump itself writes."""


class _Sink(list):
    write = list.append


def dump(doc, dumper_class, *, width: int, allow_unicode: bool = True,
         other_types: set | None = None) -> str:
    """`yaml.dump(doc, Dumper=dumper_class, width=width, allow_unicode=allow_unicode,
    sort_keys=False, default_flow_style=False)` for a dict or list of JSON values (a long
    double-quoted string folded as libyaml folds it, see above), where
    `dumper_class` represents a string as a `|` block when it holds a line break
    (output._str) and ignores aliases. `other_types` (a set) is given the type of every
    value written that is not a str, dict, list, bool, int or None (a float)."""
    if type(doc) not in (dict, list):
        raise Unsupported("the root is not a collection")
    out = _Sink()
    em = Emitter(out, width=width, allow_unicode=allow_unicode)
    em.tag_prefixes = em.DEFAULT_TAG_PREFIXES.copy()      # as the document's start sets them
    representer = dumper_class(None, width=width, allow_unicode=allow_unicode,
                               default_flow_style=False, sort_keys=False)
    written: dict[tuple, tuple] = {}     # (value, tag, style, key?, position) -> text, state
    analyses: dict[str, object] = {}
    detected: dict[str, str] = {}
    key_tag_length = len(em.prepare_tag(STR))
    best_indent = em.best_indent
    capture = _Sink()
    folded = []                        # double-quoted strings written as libyaml folds them

    plain_tagged: dict[tuple, bool] = {}   # (value, tag) -> written plain, no analysis needed
    plain_str: dict[str, bool] = {}    # the same for strings (tag STR), the common case
    quoted: dict[str, bool] = {}       # string -> may be written in single quotes on one line

    # The emitter's position, kept in these variables while the walk writes by itself, and
    # handed to `em` (to_em, from_em) around each call of the emitter's own methods. The
    # rule: call to_em() before any `em` method, and take the position back (from_em(), or
    # the state a helper returns, as key() and item() do) before writing again.
    column, whitespace, indention, open_ended = em.column, em.whitespace, em.indention, False
    indent = em.indent

    def to_em() -> None:
        em.column, em.whitespace, em.indention, em.open_ended = (column, whitespace,
                                                                 indention, open_ended)
        em.indent = indent

    def from_em() -> None:
        nonlocal column, whitespace, indention, open_ended
        column, whitespace, indention, open_ended = (em.column, em.whitespace, em.indention,
                                                     em.open_ended)

    def is_plain(value: str) -> bool:
        fast = plain_str.get(value)
        if fast is None:
            fast = plain_str[value] = plain(value) and detect(value) == STR
        return fast

    def scalar(value: str, tag: str, style, simple_key: bool) -> None:
        nonlocal column, whitespace, indention, open_ended
        if tag == STR:
            fast = is_plain(value)
        else:
            key = (value, tag)
            fast = plain_tagged.get(key)
            if fast is None:
                fast = plain_tagged[key] = plain(value) and detect(value) == tag
        if fast:        # write_plain, where no line can fold
            text = value if whitespace else " " + value
            end = column + len(text)
            if end <= width or simple_key or " " not in value:
                out.append(text)
                column = end
                whitespace = indention = False
                return
        elif style is None and tag == STR and single_quoted(value):
            # write_single_quoted, where no line can fold
            text = ("'" if whitespace else " '") + value + "'"
            end = column + len(text)
            if end <= width or simple_key or " " not in value:
                out.append(text)
                column = end
                whitespace = indention = open_ended = False
                return
        elif style == "|" and tag == STR and not simple_key and LITERAL.fullmatch(value):
            return literal(value)
        at = (value, tag, style, simple_key, column, whitespace, indention, indent)
        done = written.get(at)
        if done is None:
            to_em()
            done = written[at] = fresh(value, tag, style, simple_key)
        text, column, whitespace, indention, ended = done
        if text:
            out.append(text)
        if ended is not None:
            open_ended = ended

    def single_quoted(value: str) -> bool:
        ok = quoted.get(value)
        if ok is None:
            ok = quoted[value] = "'" not in value and bool(ONE_LINE.fullmatch(value))
        return ok

    def literal(value: str) -> None:
        """write_literal for a `|` block whose breaks are all `\n`: each line indented
        (empty lines not), and a final break unless the text ends with one."""
        nonlocal column, whitespace, indention, open_ended
        hints = em.determine_block_hints(value)
        if hints.endswith("+"):
            raise Unsupported("a `|+` block")      # libyaml ends such a document with `...`
        to_em()
        em.write_indicator("|" + hints, True)
        pad = " " * (indent + best_indent)
        lines = value.split("\n")
        out.append("\n" + "\n".join([pad + line if line else "" for line in lines])
                   + ("\n" if lines[-1] else ""))
        column, whitespace, indention = 0, True, True
        open_ended = hints[-1:] == "+"

    # The implicit resolvers are looked up by a scalar's first character: one that starts
    # none of them is a string (resolve()'s own answer) without the call, where no
    # resolver is registered for every character and no path resolver exists.
    firsts = representer.yaml_implicit_resolvers
    resolved_by_first = None not in firsts and not representer.yaml_path_resolvers

    def detect(value: str) -> str:
        tag = detected.get(value)
        if tag is None:
            if resolved_by_first and value[:1] not in firsts and value:
                tag = representer.DEFAULT_SCALAR_TAG
            else:
                tag = representer.resolve(yaml.ScalarNode, value, (True, False))
            detected[value] = tag
        return tag

    def analysis(value: str):
        a = analyses.get(value)
        if a is None:
            a = analyses[value] = em.analyze_scalar(value)
        return a

    def fresh(value: str, tag: str, style, simple_key: bool) -> tuple:
        """One scalar written by the emitter's own code, as expect_scalar does it, from the
        position handed to `em`."""
        was_plain = plain_str.get(value) if tag == STR else plain_tagged.get((value, tag))
        if was_plain and not simple_key:
            em.increase_indent(flow=True)      # a plain scalar that folds
            try:
                text, end = plain_lines(value, em.column, em.whitespace, em.indent,
                                        em.best_width)
            finally:
                em.indent = em.indents.pop()
            return text, end, False, False, None
        if OTHER_BREAKS.search(value):
            # libyaml chooses other styles than PyYAML for NEL, LS and PS: dump_yaml's
            # output is libyaml's there
            raise Unsupported(f"{value[:40]!r} holds a line break other than \\n")
        implicit = (tag == detect(value), tag == STR)
        em.event = ScalarEvent(None, tag, implicit, value, style=style)
        em.root_context = em.sequence_context = False
        em.mapping_context = em.simple_key_context = simple_key
        em.analysis = analysis(value)
        em.style = style = em.choose_scalar_style()
        if not ((style == "" and implicit[0]) or (style != "" and implicit[1])):
            raise Unsupported(f"{value!r} would need its tag written")
        em.stream, em.open_ended = capture, None
        before = em.column, em.whitespace
        em.increase_indent(flow=True)
        try:
            em.process_scalar()
        finally:
            em.indent = em.indents.pop()
            em.stream = out
        text = "".join(capture)
        capture.clear()
        if em.open_ended:
            raise Unsupported("a `|+` block")      # libyaml ends such a document with `...`
        if style == '"' and "\n" in text:
            # libyaml folds a long double-quoted scalar at other places than PyYAML does;
            # dump_yaml's output is libyaml's there
            folded.append(value)
            em.increase_indent(flow=True)
            try:
                text, end = double_quoted(value, *before, em.indent or 0, em.best_width)
            finally:
                em.indent = em.indents.pop()
            return text, end, False, False, False
        return text, em.column, em.whitespace, em.indention, em.open_ended

    def empty(start: str, end: str) -> None:
        """An empty collection: flow style, `{}` or `[]` (write_indicator twice)."""
        nonlocal column, whitespace, indention, open_ended
        text = (start if whitespace else " " + start) + end
        out.append(text)
        column += len(text)
        whitespace = indention = open_ended = False

    keys: dict[tuple, tuple] = {}       # (key, position) -> text from the line's start, column
    new_line_keys: dict[int, dict] = {}  # indent -> key -> the same, after a line's end
    spaced: dict[str, str] = {}         # string -> " string" where written plain, else ""
    write = out.append
    items: dict[tuple, tuple] = {}      # position -> text of a sequence item's start, state

    def key(k) -> tuple:
        """A mapping key as expect_block_mapping_key writes it: indentation, key, `:`."""
        if (column > indent and type(k) is str and key_tag_length + len(k) < MAX_SIMPLE_KEY
                and is_plain(k)):
            # past the indent, write_indent starts a line and pads it; a plain key follows
            return "\n" + " " * indent + k + ":", indent + len(k) + 1
        start = len(out)
        to_em()
        em.write_indent()
        from_em()
        if type(k) is not str:
            raise Unsupported(f"key {k!r} is not a string")
        if key_tag_length + len(k) >= MAX_SIMPLE_KEY or not plain(k) and (
                analysis(k).empty or analysis(k).multiline):
            raise Unsupported(f"key {k[:40]!r} is not a simple key")
        scalar(k, STR, "|" if "\n" in k else None, True)
        to_em()
        em.write_indicator(":", False)
        text = "".join(out[start:])
        del out[start:]
        return text, em.column

    def item() -> tuple:
        """A block sequence item's start as expect_block_sequence_item writes it."""
        start = len(out)
        to_em()
        em.write_indent()
        em.write_indicator("-", True, indention=True)
        text = "".join(out[start:])
        del out[start:]
        return text, em.column, em.indention

    def value(v: str) -> None:
        """A string value after its key's `:` or its item's `-`: scalar()'s first case
        (plain, no line to fold) written directly, anything else by scalar()."""
        nonlocal column, indention
        text = spaced.get(v)
        if text is None:
            text = spaced[v] = " " + v if is_plain(v) else ""
        if text and (column + len(text) <= width or " " not in v):
            write(text)
            column += len(text)
            indention = False
        else:
            scalar(v, STR, "|" if "\n" in v else None, False)

    def node(d, mapping_context: bool) -> None:
        nonlocal column, whitespace, indention, open_ended, indent
        t = type(d)
        if t is str:
            scalar(d, STR, "|" if "\n" in d else None, False)
        elif t is dict:
            if not d:
                return empty("{", "}")
            outer = indent
            indent = here = 0 if indent is None else indent + best_indent
            on_new_line = new_line_keys.get(here)
            if on_new_line is None:
                on_new_line = new_line_keys[here] = {}
            for k, v in d.items():
                if column > here:      # past the indent: write_indent starts a new line
                    done = on_new_line.get(k)
                    if done is None:
                        done = on_new_line[k] = key(k)
                else:
                    at = (k, column, whitespace, indention, here)
                    done = keys.get(at)
                    if done is None:
                        done = keys[at] = key(k)
                write(done[0])
                column = done[1]
                whitespace = indention = open_ended = False
                if type(v) is str:
                    value(v)
                else:
                    node(v, True)
            indent = outer
        elif t is list:
            if not d:
                return empty("[", "]")
            indentless = mapping_context and not indention
            outer = indent
            if indent is None:
                indent = 0
            elif not indentless:
                indent += best_indent
            here = indent
            for v in d:
                # write_indent only tells a column past the indent from one at or before it
                at = (column if column <= here else here + 1, whitespace, indention, here)
                done = items.get(at)
                if done is None:
                    done = items[at] = item()
                write(done[0])
                column, indention = done[1], done[2]
                whitespace = open_ended = False
                if type(v) is str:
                    value(v)
                else:
                    node(v, False)
            indent = outer
        elif t is bool:
            scalar("true" if d else "false", BOOL, None, False)
        elif t is int:
            scalar(str(d), INT, None, False)
        elif d is None:
            scalar("null", NULL, None, False)
        else:
            if other_types is not None:
                other_types.add(t)
            n = representer.represent_data(d)
            if not isinstance(n, yaml.ScalarNode):
                raise Unsupported(f"{type(d).__name__} is represented as a collection")
            scalar(n.value, n.tag, n.style, False)

    node(doc, False)
    to_em()
    em.write_indent()                      # the document's end
    if em.open_ended:                      # the stream's end after an open-ended scalar
        em.write_indicator("...", True)
        em.write_indent()
    text = "".join(out)
    if folded and ("\\U" in text or swapped().search(text)):
        raise Unsupported(f"{folded[0][:40]!r} folds in double quotes, beside characters "
                          "libyaml needs swapped")
    return text


def plain_lines(value: str, column: int, whitespace: bool, indent: int,
                width: int) -> tuple[str, int]:
    """write_plain for a one-line plain scalar (plain()) where lines may break, from
    `column`; the text and the end column. A line breaks at a single space once the
    column is past the width; a run of spaces stays as it is."""
    words = value.split(" ")
    parts = [words[0] if whitespace else " " + words[0]]
    column += len(parts[0])
    spaces = 0
    for word in words[1:]:
        spaces += 1
        if not word:            # inside a run of spaces
            continue
        if spaces == 1 and column > width:
            parts.append("\n" + " " * indent + word)
            column = indent + len(word)
        else:
            parts.append(" " * spaces + word)
            column += spaces + len(word)
        spaces = 0
    return "".join(parts), column


def double_quoted(value: str, column: int, whitespace: bool, indent: int,
                  width: int) -> tuple[str, int]:
    """A double-quoted scalar as libyaml writes it where lines may break
    (yaml_emitter_write_double_quoted_scalar), from `column`; the text and the end column.
    A line breaks at a space past the width that follows no space and is neither the first
    nor the last character; the break stands for the space (a following space is escaped)."""
    parts = ['"' if whitespace else ' "']
    column += len(parts[0])
    spaces = False
    last = len(value) - 1
    for i, ch in enumerate(value):
        if ch in ESCAPED or not (" " <= ch <= "~" or "\xa0" <= ch <= "\ud7ff" or
                                 "\ue000" <= ch <= "\ufffd"):
            code = ord(ch)
            data = "\\" + (ESCAPES.get(ch) or (f"x{code:02X}" if code <= 0xFF else
                                               f"u{code:04X}" if code <= 0xFFFF else
                                               f"U{code:08X}"))
            spaces = False
        elif ch == " ":
            if not spaces and column > width and 0 < i < last:
                data = "\\" if value[i + 1] == " " else ""
                parts.append("\n" + " " * indent)
                column = indent
            else:
                data = " "
            spaces = True
        else:
            data = ch
            spaces = False
        parts.append(data)
        column += len(data)
    parts.append('"')
    return "".join(parts), column + 1
