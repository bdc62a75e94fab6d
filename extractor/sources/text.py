"""Text front end: the manual's text rendition -> Blocks with line numbers.

The rendition puts one paragraph per line, table rows as tab-separated lines
and examples in ``` fences. A table continued after a page break shows up as a
blank line plus a repeated header row; those are joined here.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..blocks import Block, Code, Heading, Loc, Note, Paragraph, Row, Table
from ..cjk import is_han
from ..errors import InputError

HEADING_RE = re.compile(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s+(\S.*)$")
BOLD_RE = re.compile(r"\*\*([^*]+)\*\*")
# What a bold run glued into a line can be: a heading, a caption, a status label,
# or a short label (功能介绍, URI ...): never emphasis inside prose.
GLUED_PIECE_RE = re.compile(
    r"^(?:(?:[1-9]\d?(?:\.\d{1,2})+|[A-Z](?:\.\d{1,2})+)\s+\S.*"
    r"|表\s*[0-9A-Z]+-\d+.*"
    r"|状态码\s*[：:]\s*\d{3})$"
)
CAPTION_RE = re.compile(r"^表\s*[0-9A-Z]+-\d+")
STRAY_RULE_RE = re.compile(r"\s*(?:-\s*){3,}$")


def read_text(path: str | Path) -> list[Block]:
    """Read a text rendition from disk (see `decode_manual` for the encodings)."""
    text, _ = decode_manual(Path(path).read_bytes(), path)
    return parse_text(text)


# Byte order marks, longest first (UTF-32 marks begin like UTF-16 ones).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32 (BOM)"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 (BOM)"),
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (BOM)"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (BOM)"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (BOM)"))


def decode_manual(data: bytes, path: str | Path = "") -> tuple[str, str]:
    """(text, encoding name) by strict trial decoding: a byte order mark decides (UTF-8,
    UTF-16, UTF-32); else UTF-8; else GB18030, the superset of GBK and GB2312 that
    Chinese manuals are often saved in. Nothing is decoded with replacement characters."""
    if not data.strip():
        raise InputError(f"{path}: empty file")
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: byte {exc.start}: not valid {name} text") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{path}: binary file, not a text manual")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(f"{path}: line {line}: not UTF-8, UTF-16 or GB18030 text") from None


def split_glued(line: str) -> list[str]:
    """Split a line into the pieces the rendition glued together with `**…**`.

    `状态码：400**表 6-108 响应 Body 参数**` -> [`状态码：400`, `表 6-108 响应 Body 参数`];
    a caption's number may be bold alone (`**表 8-400** 响应 Body 参数`). Only bold runs that
    are headings, captions or labels and stand at the end of the line (nothing between or
    after them) are split; emphasis inside prose (`**角色**和**策略**`) is left alone.
    """
    if "**" not in line:
        return [line]
    runs = list(BOLD_RE.finditer(line))
    if not runs:
        return [line]
    pieces = [line[:runs[0].start()].strip()]
    for k, m in enumerate(runs):
        inner = m.group(1).strip()
        if not (GLUED_PIECE_RE.match(inner) or _short_label(inner)):
            return [line]
        between = line[m.end():runs[k + 1].start()] if k + 1 < len(runs) else ""
        if between.strip():
            return [line]
        pieces.append(inner)
    tail = line[runs[-1].end():].strip()
    if tail:
        if not CAPTION_RE.match(pieces[-1]):
            return [line]
        pieces[-1] = f"{pieces[-1]} {tail}"
    return [p for p in pieces if p]


def _short_label(text: str) -> bool:
    """2 to 12 ideographs, ASCII letters and spaces (`功能介绍`, `URI`): tested by code
    point (a class of 21,000 ideographs takes milliseconds to compile); as `$` would, a
    final line break is allowed."""
    text = text[:-1] if text.endswith("\n") else text
    return 2 <= len(text) <= 12 and all(
        is_han(c) or c == " " or c.isascii() and c.isalpha() for c in text)


# A numbered section heading (a dotted number and a title with no code punctuation): what
# ends a code block whose closing fence is missing, where the table of contents lists it.
FENCED_HEADING_RE = re.compile(
    r"^((?:[1-9]\d?(?:\.\d{1,2})+|[A-Z](?:\.\d{1,2})+))\s+([^\s{}\[\]()<>=;\"']"
    r"[^{}\[\]()<>=;\"']*)$")
def _toc_keys(lines: list[str]) -> set[tuple[str, str]]:
    """The headings the TOC lists, read from the lines before the first code fence with
    manual.py's TOC patterns (a tab row: number and title, then the page; a tab-less line:
    a run of spaces or a dot leader before the page)."""
    # (imported here: the PDF reader uses this module too, and its page cache is keyed by
    # the modules a page read runs, which this is not part of)
    from ..manual import TOC_ENTRY_RE, TOC_LINE_RE
    out = set()
    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            m = TOC_ENTRY_RE.match(cells[0].strip())
            if m and cells[-1].strip().isdecimal():
                out.add(_title_key(m.group(1), m.group(2)))
        elif line[:1].isalnum():
            m = TOC_LINE_RE.match(line.strip())
            if m:
                out.add(_title_key(m.group(1), m.group(2)))
    return out


def _title_key(number: str, title: str) -> tuple[str, str]:
    """A heading as the TOC and the body both spell it, compared as manual.py compares
    them (spacing, bracket width and the deprecation marker's spelling aside)."""
    from ..manual import normalise_title, strip_deprecation
    return number, normalise_title(strip_deprecation(title.rstrip(" .…·"))[0])


def parse_text(text: str) -> list[Block]:
    """Turn the whole text into Blocks.

    A damaged fence (a lost, mangled or stray ```` ``` ````) would pair every later fence
    the wrong way round, prose read as code and code as prose, up to the end of the manual.
    A code block therefore also ends before a line, after a blank one, that is a heading
    the table of contents lists (number and title; no code block of a manual holds one),
    with a note naming both lines: the damage stays inside one section. A heading-shaped
    line the TOC does not list (`1.12 build 2024`) stays code. (A check of the fences'
    parity alone would miss two damages.)"""
    lines = text.split("\n")
    blocks: list[Block] = []
    n = len(lines)
    toc = _toc_keys(lines[:text[:max(text.find("```"), 0)].count("\n")])
    i = 0
    while i < n:
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            i += 1
            continue
        lineno = i + 1
        if stripped.startswith("```"):
            j = i + 1
            while j < n and not ("```" in lines[j] and lines[j].strip() == "```"):
                if lines[j][:1].isalnum() and not lines[j - 1].strip() and toc:
                    m = FENCED_HEADING_RE.match(lines[j])
                    if m and _title_key(*m.groups()) in toc:
                        break
                j += 1
            body = "\n".join([line.rstrip() for line in lines[i + 1:j]])
            if j < n and lines[j].strip() == "```":
                blocks.append(Code(body, Loc(line=lineno)))
                i = j + 1
                continue
            where = f"the heading at line {j + 1}" if j < n else "the end of the manual"
            blocks.append(Code(body.rstrip(), Loc(line=lineno), (Note(
                f"the code fence at line {lineno} is not closed before {where}; the block "
                "ends there (a fence is missing or damaged)", "code-fence-unclosed",
                "warning"),)))
            i = j
            continue
        if "\t" in raw:
            i = _read_table(lines, i, blocks)
            continue
        for piece in split_glued(stripped):
            if piece.endswith("-") and not piece.startswith("-"):   # cheap tests first
                piece = STRAY_RULE_RE.sub("", piece)
            if not piece:
                continue
            m = HEADING_RE.match(piece) if piece[0].isdigit() or "A" <= piece[0] <= "Z" else None
            if m and len(piece) <= 80 and not piece.endswith(("。", "：", ":")):
                blocks.append(Heading(m.group(1), m.group(2).strip(), Loc(line=lineno)))
            else:
                blocks.append(Paragraph(piece, Loc(line=lineno)))
        i += 1
    return blocks


def _cells(line: str) -> tuple[str, ...]:
    return tuple(map(str.strip, line.split("\t")))       # a line holds no line break


def _read_table(lines: list[str], i: int, blocks: list[Block]) -> int:
    """Read tab rows from line i; join segments separated by blank lines (page breaks)."""
    n = len(lines)
    header = _cells(lines[i])
    start = i + 1
    rows: list[Row] = []
    repeats = 0
    i += 1
    while True:
        while i < n and "\t" in lines[i]:
            rows.append(Row(_cells(lines[i]), Loc(line=i + 1)))
            i += 1
        j = i
        while j < n and not lines[j].strip():
            j += 1
        if j >= n or "\t" not in lines[j] or j == i:
            break
        # a page break: continue the table; drop the repeated header row
        if _cells(lines[j]) == header:
            repeats += 1
            i = j + 1
        else:
            i = j
    blocks.append(Table(header, tuple(rows), Loc(line=start), repeats))
    return i
