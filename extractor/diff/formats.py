"""Render a DiffResult as text (grouped by operation), Markdown or JSON.

Values quoted from the specs (paths, titles, field names, messages) are data: text output
replaces control characters, Markdown puts them in code spans or escapes them.
"""
from __future__ import annotations

import html
import json
import re

from .model import Change, DiffResult, OperationRef
from .rules import LEVELS

CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]#|~])")
LEVEL_TITLES = {"breaking": "Breaking changes", "warning": "Warnings",
                "info": "Other changes"}


def plain(s) -> str:
    """One line of text with control characters shown as escapes."""
    return CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode(), str(s))


def summary_line(result: DiffResult) -> str:
    counts = result.counts()
    n = len(result.changes)
    text = f"{n} change{'s' if n != 1 else ''}"
    if n:
        text += ": " + ", ".join(f"{counts[lv]} {lv}" for lv in LEVELS)
    if result.ignored:
        text += f" ({len(result.ignored)} ignored)"
    return text


def _op_heading(op: OperationRef | None, render) -> str:
    if op is None:
        return "Outside operations (error codes, status lists)"
    extra = ", variant " + render(op.variant) if op.variant else ""
    sec = f"§{render(op.section)} " if op.section else ""
    return f"{render(op.method)} {render(op.path)}  {render(op.operation_id)}  " \
           f"({sec}{render(op.title)}{extra})"


def format_text(result: DiffResult) -> str:
    out = [f"{plain(result.old.label())} -> {plain(result.new.label())}"]
    if not result.changes:
        out.append("no changes" + (f" ({len(result.ignored)} ignored)" if result.ignored else ""))
        return "\n".join(out) + "\n"
    for op, changes in result.groups():
        out.append("")
        out.append(_op_heading(op, plain))
        width = max(len(c.rule) for c in changes)
        for c in changes:
            args = {k: plain(v) for k, v in c.args}
            out.append(f"  {c.level:<8}  {c.rule:<{width}}  {c.template.format(**args)}")
            out.append(f"  {'':<8}  {'':<{width}}  at {plain(c.pointer)} ({c.side})")
    out.append("")
    out.append(summary_line(result))
    return "\n".join(out) + "\n"


def md_text(s) -> str:
    """Markdown-safe prose: HTML escaped, Markdown punctuation backslash-escaped."""
    s = " ".join(str(s).split())
    return MD_SPECIAL_RE.sub(r"\\\1", html.escape(s, quote=False))


def md_code(s) -> str:
    """A Markdown code span holding s literally (fence longer than any backtick run)."""
    s = " ".join(str(s).split())
    if not s:
        return "` `"
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or longest else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _md_change(c: Change) -> str:
    args = {k: md_code(v) for k, v in c.args}
    return f"{c.template.format(**args)} ({md_code(c.rule)})"


def format_markdown(result: DiffResult, *, level: int = 2, title: str | None = None) -> str:
    """Markdown for a pull request or changelog: by level, then by operation."""
    h = "#" * level
    out = []
    if title is None:
        title = f"API changes: {md_text(result.old.label())} → {md_text(result.new.label())}"
    if title:
        out += [f"{h} {title}", ""]
    out.append(summary_line(result) + ".")
    for lv in LEVELS:
        picked = [c for c in result.changes if c.level == lv]
        if not picked:
            continue
        out += ["", f"{h}# {LEVEL_TITLES[lv]}", ""]
        sub = DiffResult(result.old, result.new, picked)
        for op, changes in sub.groups():
            if op is None:
                out.append("- Outside operations")
            else:
                sec = f"§{md_text(op.section)} " if op.section else ""
                var = f", variant {md_code(op.variant)}" if op.variant else ""
                out.append(f"- {md_code(op.method + ' ' + op.path)} "
                           f"{md_code(op.operation_id)} ({sec}{md_text(op.title)}{var})")
            for c in changes:
                out.append(f"  - {_md_change(c)}")
    return "\n".join(out) + "\n"


def result_dict(result: DiffResult) -> dict:
    def info(d):
        return {"title": d.title, "version": d.version, "release-date": d.release_date}
    changes = [c for _, group in result.groups() for c in group]
    ignored = DiffResult(result.old, result.new, result.ignored)
    return {
        "old": info(result.old), "new": info(result.new),
        "summary": {**result.counts(), "ignored": len(result.ignored)},
        "changes": [c.as_dict() for c in changes],
        "ignored": [c.as_dict() for _, g in ignored.groups() for c in g],
    }


def format_json(result: DiffResult) -> str:
    return json.dumps(result_dict(result), ensure_ascii=False, indent=1) + "\n"


FORMATS = {"text": format_text, "markdown": format_markdown, "json": format_json}
