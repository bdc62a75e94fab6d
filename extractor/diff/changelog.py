"""The API changelog (specs/CHANGELOG.md): one Markdown entry per manual edition, newest first.

An entry's heading is the new manual's document version and release date (from
`info.version` and `info.x-release-date`), so the same update always writes the same
entry; its body is the diff in Markdown.
"""
from __future__ import annotations

from .formats import format_markdown, md_text
from .model import DiffResult, DocInfo

HEADER = ("# API changelog\n\n"
          "Changes to the API between editions of the manual, newest first, as classified by "
          "`doc2spec diff` (breaking / warning / info). Each entry is written by "
          "`doc2spec update`.\n")


def entry_heading(info: DocInfo) -> str:
    date = f" ({md_text(info.release_date)})" if info.release_date else ""
    return f"## {md_text(info.version or 'unversioned')}{date}"


def changelog_entry(result: DiffResult) -> str:
    """The entry for an update with changes (empty string when there are none)."""
    if not result.changes:
        return ""
    lead = f"{md_text(result.new.title)}, document version {md_text(result.new.version)}, " \
           f"compared with {md_text(result.old.label())}."
    body = format_markdown(result, level=2, title="")
    return f"{entry_heading(result.new)}\n\n{lead}\n\n{body}"


def first_entry(info: DocInfo, operations: int) -> str:
    """The entry for the first spec written into a directory."""
    return (f"{entry_heading(info)}\n\n{md_text(info.title)}, document version "
            f"{md_text(info.version)}: first spec, {operations} operations.\n")


def add_entry(existing: str | None, entry: str) -> str:
    """The changelog text with entry placed before the newest existing entry."""
    if not entry:
        return existing or ""
    text = existing if existing and existing.strip() else HEADER
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    head = "".join(lines[:at]).rstrip("\n") + "\n\n"
    rest = "".join(lines[at:])
    return head + entry.rstrip("\n") + "\n" + ("\n" + rest if rest else "")
