"""Blocks -> Manual: the cover, the table of contents and the section tree.

Headings are accepted only where the table of contents lists them (number and
title, ignoring spacing, bracket width and deprecation-marker spelling); other
heading-shaped lines are demoted back to paragraphs. API sections are the leaf
sections that carry a URI label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import vocab
from .blocks import Block, Contents, Heading, Loc, Notice, Paragraph, Table
from .errors import InputError
from .findings import Findings

DEPRECATED_RE = vocab.deprecation_re()
TOC_LABEL = "目录"
TOC_ENTRY_RE = re.compile(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s+(.*?)[.\s…]*$")
# a TOC line without a tab: the page after a run of spaces or a dot leader
TOC_LINE_RE = re.compile(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s+(\S.*?)"
                         r"(?:\s{2,}|\s*[.…·]{2,}\s*)(\d{1,4})$")
# a missing tail of more TOC entries (or pages) than this is a cut manual, not lost headings
TRUNCATED_ENTRIES = 2
TRUNCATED_PAGES = 2
VERSION_RE = re.compile(r"^文档版本\s*(\S+)")
DATE_RE = re.compile(r"^发布日期\s*(\S+)")
URI_LABELS = ("URI", "- URI格式", "URI格式")


def normalise_title(title: str) -> str:
    """Compare titles the way the TOC and the body can both be read: no spaces, ASCII brackets."""
    t = title.replace("（", "(").replace("）", ")")
    t = re.sub(r"[.…]{2,}$", "", t)
    return re.sub(r"\s+", "", t)


def strip_deprecation(title: str) -> tuple[str, bool]:
    # the marker closes the title (a pattern anchored at the end is tried at every start)
    m = DEPRECATED_RE.search(title) if title.rstrip().endswith((")", "）")) else None
    if not m:
        return title.strip(), False
    return title[: m.start()].strip(), True


@dataclass(slots=True)
class TocEntry:
    number: str
    title: str
    page: int | None
    loc: Loc


@dataclass(slots=True, repr=False, eq=False)   # compared by identity; see api/model.py
class Section:
    number: str
    title: str
    loc: Loc
    blocks: list[Block] = field(default_factory=list)   # blocks up to the next heading
    children: list["Section"] = field(default_factory=list)
    parent: "Section | None" = None

    @property
    def depth(self) -> int:
        return self.number.count(".") + 1

    @property
    def chapter(self) -> str:
        return self.number.split(".")[0]

    def is_api(self) -> bool:
        return not self.children and any(
            isinstance(b, Paragraph) and b.text.strip() in URI_LABELS for b in self.blocks)


@dataclass(slots=True, repr=False, eq=False)   # compared by identity; see api/model.py
class Manual:
    service: str
    doc_title: str
    doc_version: str
    release_date: str
    toc: list[TocEntry]
    sections: list[Section]                 # in document order, all depths
    findings: Findings
    truncated: bool = False
    last_loc: Loc | None = None
    service_abbreviation: str = ""
    language: str = ""                      # vocabulary language the text is written in
    front_end: str = ""                     # "text" | "pdf" | "html" (set by the reader)

    def section(self, number: str) -> Section | None:
        for s in self.sections:
            if s.number == number:
                return s
        return None

    @property
    def api_sections(self) -> list[Section]:
        return [s for s in self.sections if s.is_api()]


def build_manual(blocks: list[Block], findings: Findings | None = None) -> Manual:
    """Structure a manual's Blocks; raise InputError if this is not a manual."""
    findings = findings if findings is not None else Findings()
    if not blocks:
        raise InputError("no text found: not an API reference manual")
    contents = next((b for b in blocks[:1] if isinstance(b, Contents)), None)
    toc, toc_end = _contents_toc(contents) if contents else _read_toc(blocks, findings)
    if not toc:
        raise InputError(f"{blocks[0].loc}: no table of contents ({TOC_LABEL}) found: "
                         "not an API reference manual")
    service, doc_title, version, date = _read_cover(blocks[:toc_end])
    if contents is not None:
        service = contents.service or service
        doc_title = contents.doc_title or doc_title
    by_number = {e.number: e for e in toc}

    sections: list[Section] = []
    stack: list[Section] = []
    current: Section | None = None
    seen: set[str] = set()
    for b in blocks[toc_end:]:
        if isinstance(b, Notice):          # no content (its notes are findings already)
            continue
        if isinstance(b, Heading):
            entry = by_number.get(b.number)
            given = contents is not None and entry is not None and \
                b.loc.topic == entry.loc.topic       # the tree names this very page
            if entry is not None and b.number not in seen and \
                    (given or _titles_match(entry.title, b.title)):
                sec = Section(b.number, b.title, b.loc)
                if given and not _titles_match(entry.title, b.title):
                    findings.add("toc-title-mismatch", "warning",
                                 f"the topic tree calls it '{entry.title}', the page "
                                 f"'{b.title}'; the page's title is used",
                                 section=b.number, loc=b.loc)
                if _strip(entry.title)[1] != _strip(b.title)[1]:
                    findings.add("deprecation-marker-mismatch", "warning",
                                 f"the TOC title '{entry.title}' and the heading '{b.title}' "
                                 "disagree on the deprecation marker; the heading is used",
                                 section=b.number, loc=b.loc)
                while stack and not _is_ancestor(stack[-1].number, b.number):
                    stack.pop()
                if stack:
                    sec.parent = stack[-1]
                    stack[-1].children.append(sec)
                stack.append(sec)
                sections.append(sec)
                seen.add(b.number)
                current = sec
                continue
            if entry is None and current is not None and b.number not in seen:
                findings.add("heading-not-in-toc", "info",
                             f"the heading '{b.number} {b.title}' is not in the table of "
                             f"contents; its text is read as part of {current.number}",
                             section=current.number, loc=b.loc)
            b = Paragraph(f"{b.number} {b.title}", b.loc)
        if current is not None:
            current.blocks.append(b)

    missing = [e for e in toc if e.number not in seen]
    truncated = False
    last_loc = blocks[-1].loc
    tail: list[TocEntry] = []
    for e in reversed(toc):
        if e.number in seen:
            break
        tail.append(e)
    # (a topic tree's pages are files of their own: the last ones missing are missing
    # sections, not a manual cut off inside the last one read)
    if tail and sections and contents is None and _is_cut(toc, tail, sections[-1].number):
        truncated = True
        where = sections[-1].number
        findings.add("manual-truncated", "error",
                     f"the manual ends at {last_loc} inside {where}; {len(tail)} TOC entries "
                     f"from {tail[-1].number} '{tail[-1].title}' on have no body",
                     section=where, loc=last_loc)
    for e in missing:
        if truncated and e in tail:
            continue
        if contents is not None:        # a topic tree: each section is a page of its own
            findings.add("section-missing", "error",
                         f"topic {e.number} '{e.title}' has no page in the export"
                         + (f" ({e.loc.topic} is missing)" if e.loc.topic else "")
                         + ", so the section is missing", section=e.number, loc=e.loc)
            continue
        host = _host_section(sections, toc, e)
        cut = _split_absorbed(host) if host is not None else None
        findings.add("section-missing", "error",
                     f"TOC entry {e.number} '{e.title}'"
                     + (f" (page {e.page})" if e.page is not None else "")
                     + " has no heading in the body, so the section is missing"
                     + (f"; its text from {cut} on is not read as part of {host.number}" if cut
                        else f"; its text, if any, is read as part of {host.number}" if host
                        else ""),
                     section=e.number, loc=e.loc)
    if not sections:
        raise InputError(f"{blocks[toc_end - 1].loc}: no section headings after the table of "
                         "contents: not an API reference manual")
    abbreviation = contents.abbreviation if contents and contents.abbreviation \
        else _abbreviation(service, blocks)
    language = vocab.detect_language(b.text for b in blocks if isinstance(b, Paragraph))
    return Manual(service, doc_title, version, date, toc, sections, findings, truncated, last_loc,
                  abbreviation, language, contents.front_end if contents else "")


def _is_cut(toc: list[TocEntry], tail: list[TocEntry], last_seen: str) -> bool:
    """A missing tail of the TOC is a cut manual when it is more than a few entries or
    pages long; one or two lost headings at the end are missing sections."""
    if len(tail) > TRUNCATED_ENTRIES:
        return True
    pages = {e.number: e.page for e in toc}
    first, last = pages.get(last_seen), tail[0].page
    return first is not None and last is not None and last - first > TRUNCATED_PAGES


def _host_section(sections: list[Section], toc: list[TocEntry], entry: TocEntry) -> Section | None:
    """The section read just before where `entry`'s heading should be: it took its text."""
    order = {e.number: i for i, e in enumerate(toc)}
    before = [s for s in sections if order.get(s.number, -1) < order[entry.number]]
    return max(before, key=lambda s: order[s.number]) if before else None


def _split_absorbed(host: Section) -> Loc | None:
    """A leaf section whose first label comes back again took in the next section's body:
    cut it there (the lost section is not read, never mixed into this one)."""
    if host.children:
        return None
    labels = [i for i, b in enumerate(host.blocks) if isinstance(b, Paragraph)]
    if not labels:
        return None
    first = host.blocks[labels[0]].text.strip()
    again = next((i for i in labels[1:] if host.blocks[i].text.strip() == first), None)
    if again is None:
        return None
    loc = host.blocks[again].loc
    # the section number line the lost heading followed is a leftover paragraph, if any
    del host.blocks[again:]
    return loc


def _abbreviation(service: str, blocks: list[Block]) -> str:
    """The service's Latin abbreviation where the text gives it: `云硬盘（EVS）`,
    `密钥托管服务（Key Hosting Service, KHS）`."""
    if not service:
        return ""
    pattern = re.compile(re.escape(service) + r"(?:服务)?\s*[（(](?:[^（）()]*?[,，]\s*)?"
                         r"([A-Z][A-Za-z0-9]{1,11})[）)]")
    for b in blocks:
        if isinstance(b, Paragraph):
            m = pattern.search(b.text)
            if m:
                return m.group(1)
    return ""


def _strip(title: str) -> tuple[str, bool]:
    return strip_deprecation(title)


def _titles_match(toc_title: str, body_title: str) -> bool:
    a, b = normalise_title(_strip(toc_title)[0]), normalise_title(_strip(body_title)[0])
    return a == b


def _is_ancestor(parent: str, child: str) -> bool:
    return child.startswith(parent + ".")


def _contents_toc(contents: Contents) -> tuple[list[TocEntry], int]:
    """The TOC a format gives as data (the HTML export's topic tree)."""
    return [TocEntry(e.number, e.title, None, e.loc) for e in contents.entries], 1


# stray lines (a page header, a line left where one was lost) the TOC may hold between two
# of its entries, or between its label and its first entry
TOC_STRAY_BLOCKS = 3
# the entries a TOC with no contents label must open with (one table of them)
TOC_MIN_ENTRIES = 5


def _read_toc(blocks: list[Block], findings: Findings | None = None
              ) -> tuple[list[TocEntry], int]:
    """Find `目录` and read the TOC table(s) after it. Returns entries and the index after them.

    A few blocks that are no TOC entry (TOC_STRAY_BLOCKS) are passed over where TOC entries
    follow them, numbered on and on a page no earlier than the last (each is a finding);
    elsewhere such a block ends the TOC."""
    for i, b in enumerate(blocks[:400]):
        if isinstance(b, Paragraph) and b.text.strip() in vocab.contents_labels():
            break
    else:
        i = _unlabelled_toc(blocks[:400])
        if i is None:
            return [], 0
        if findings is not None:
            findings.add("toc-label-missing", "warning",
                         "no contents label before the table of contents; it is read from "
                         "its first entries", loc=blocks[i + 1].loc)
    entries: list[TocEntry] = []
    j = i + 1
    while j < len(blocks):
        if isinstance(blocks[j], Notice):
            j += 1
            continue
        got = _toc_entries(blocks[j])
        if got is None:
            ahead = next((k for k in range(j + 1, min(j + 1 + TOC_STRAY_BLOCKS, len(blocks)))
                          if _toc_goes_on(entries, _toc_entries(blocks[k]))), None)
            if ahead is None:
                break
            if findings is not None:
                for b in blocks[j:ahead]:
                    findings.add("toc-line-skipped", "warning",
                                 f"a line inside the table of contents is no TOC entry "
                                 f"({_block_text(b)[:60]!r}); passed over", loc=b.loc)
            j = ahead
            continue
        entries += got
        j += 1
    return entries, j


def _unlabelled_toc(blocks: list[Block]) -> int | None:
    """The index before the first block of a TOC with no label: the first block holding
    TOC_MIN_ENTRIES entries with pages, in page order."""
    for i, b in enumerate(blocks):
        got = _toc_entries(b)
        if got and len(got) >= TOC_MIN_ENTRIES and all(e.page is not None for e in got) \
                and all(a.page <= z.page for a, z in zip(got, got[1:])):
            return i - 1
    return None


def _toc_entries(b: Block) -> list[TocEntry] | None:
    """The TOC entries a block holds (a table: its rows that are entries), or None for a
    block that is no part of a TOC."""
    if isinstance(b, Table):
        out = []
        for cells, loc in [(b.header, b.loc)] + [(r.cells, r.loc) for r in b.rows]:
            if len(cells) == 1:      # a tab-less line among tab rows
                m = TOC_LINE_RE.match(cells[0].strip())
                if m:
                    out.append(TocEntry(m.group(1), m.group(2).strip(" .…·"), int(m.group(3)), loc))
                continue
            m = TOC_ENTRY_RE.match(cells[0].strip())
            if not m:
                continue
            page = cells[-1].strip()
            out.append(TocEntry(m.group(1), m.group(2).strip(),
                                int(page) if page.isdecimal() else None, loc))
        return out
    if isinstance(b, (Paragraph, Heading)):
        text = f"{b.number} {b.title}" if isinstance(b, Heading) else b.text
        m = TOC_LINE_RE.match(text.strip())
        if m:
            return [TocEntry(m.group(1), m.group(2).strip(" .…·"), int(m.group(3)), b.loc)]
    return None


def _toc_goes_on(entries: list[TocEntry], got: list[TocEntry] | None) -> bool:
    """Whether `got` (a block's entries after a stray one) continues the TOC read so far:
    new numbers, on a page no earlier than the last page read."""
    if not got or got[0].page is None:
        return False
    seen = {e.number for e in entries}
    last = next((e.page for e in reversed(entries) if e.page is not None), 0)
    return got[0].number not in seen and got[0].page >= last


def _block_text(b: Block) -> str:
    if isinstance(b, Heading):
        return f"{b.number} {b.title}"
    if isinstance(b, Table):
        return "\t".join(b.header)
    return getattr(b, "text", "")


def _read_cover(blocks: list[Block]) -> tuple[str, str, str, str]:
    paras = [b.text.strip() for b in blocks if isinstance(b, (Paragraph, Heading))
             and not isinstance(b, Heading)]
    version = next((m.group(1) for p in paras if (m := VERSION_RE.match(p))), "")
    date = next((m.group(1) for p in paras if (m := DATE_RE.match(p))), "")
    head = [p for p in paras[:4] if not VERSION_RE.match(p) and not DATE_RE.match(p)]
    service = head[0] if head else ""
    doc_title = head[1] if len(head) > 1 else ""
    return service, doc_title, version, date
