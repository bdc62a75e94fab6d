"""Manual text -> safe Python docstring literals and Markdown, and the methods' docstrings."""
from __future__ import annotations

import functools

from .operations import OperationView


@functools.lru_cache(maxsize=None)
def docstring(text: str, indent: str = "") -> str:
    """A triple-quoted string literal whose value is ``text``, lines after the first
    indented by ``indent``.

    Backslashes and every double quote are escaped and non-printable characters
    written as escapes, so no text can end the literal early or change its value
    (tests/test_client_generate.py round-trips random text through Python's parser;
    parsing every docstring again in each run cost `generate` a fourteenth of its work).
    Trailing spaces are dropped. Cached: the sync and async clients share their methods'
    docstrings.
    """
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    escaped = [_escape_line(line.replace("\\", "\\\\").replace('"', '\\"')) for line in lines]
    if len(escaped) == 1:
        literal = f'"""{escaped[0]}"""'
    else:
        rest = "".join("\n" + (indent + e if e else "") for e in escaped[1:])
        literal = f'"""{escaped[0]}{rest}\n{indent}"""'
    return literal


def _escape_line(line: str) -> str:
    if line.isprintable():
        return line
    return "".join(c if c.isprintable() else _escape(c) for c in line)


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def markdown(text: str) -> str:
    """Text as one line of Markdown that renders as that text (no HTML, no markup)."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>|#!{}":
        out = out.replace(ch, "\\" + ch)
    return out.replace("&", "&amp;")


def operation_doc(op: OperationView) -> str:
    """The docstring text of an operation's method."""
    parts = [op.summary or op.operation_id]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    facts = [f"HTTP: {op.method} {op.path}"]
    if op.source:
        facts.append(f"Source: {op.source}")
    if op.deprecated:
        facts.append("Deprecated" + (f": use {op.replacement} instead." if op.replacement
                                     else "."))
    parts.append("\n".join(facts))
    args = []
    if op.body is not None:
        args.append(f"body: the request body ({op.body.annotation()})"
                    + ("" if op.body_required else ", optional"))
    for p in op.params:
        line = f"{p.name}: {p.location} parameter {p.wire!r}"
        if p.from_config:
            line += " (default: the configured project id)"
        elif not p.required:
            line += ", optional"
        if p.doc:
            line += ". " + p.doc
        args.append(line)
    args += ["headers: extra HTTP headers for this call (they win over the configured ones)",
             "timeout: seconds to wait for this call (default: the configured timeout)",
             "retry: the retry policy for this call (default: the configured one)"]
    if args:
        parts.append("Args:\n" + "\n".join("    " + a.replace("\n", "\n        ")
                                             for a in args))
    parts.append(f"Returns:\n    {op.result}")
    parts.append("Raises:\n"
                 "    ClientError: the service refused the request (HTTP 4xx).\n"
                 "    ServerError: the service failed (HTTP 5xx).\n"
                 "    TransportError: no response (connection failed or timed out).")
    return "\n\n".join(parts)
