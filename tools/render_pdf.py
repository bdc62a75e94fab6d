#!/usr/bin/env python3
"""Render a text-rendition manual into a PDF laid out like the publisher's original.

    python tools/render_pdf.py MANUAL.txt OUT.pdf
    python tools/render_pdf.py MANUAL.txt OUT.pdf --sections 6.1.7,9.3 --text-out OUT.txt
    python tools/render_pdf.py --fixtures          # rebuild tests/fixtures/pdf/

A4 pages with a running header (service name, chapter) and footer (document version,
copyright, page number), numbered headings in larger type, a dot-leader table of
contents, bordered tables with a shaded header row repeated on each page and narrow
columns so long cells wrap, code in a grey monospace box split across pages, bullets
and note labels with an icon. Fonts: WenQuanYi Micro Hei (Debian `fonts-wqy-microhei`).
Wrapped lines keep the space they broke at as a trailing glyph (as many producers do).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from extractor.blocks import Code, Heading, Paragraph
from extractor.blocks import Table as TableBlock
from extractor.sources.text import parse_text

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SANS, MONO = "WQYMicroHei", "WQYMicroHeiMono"
PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 72, 60, 78, 78
FRAME_W = PAGE_W - MARGIN_L - MARGIN_R
BODY, CELL, CODE = 10, 9, 8
HEADING_SIZES = {1: 18, 2: 15, 3: 13}
SHADE = Color(0.85, 0.85, 0.85)
CODE_SHADE = Color(0.93, 0.93, 0.93)
CODE_PAD = 6
BULLET = "●"
NOTE_ICON = "📖"
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "pdf"
# Fixture: (name, sections) chosen to cover the quirks: notes (3.2), a code block split in
# the manual and bullets (5.1), a table and examples spanning pages (6.1.7), a glued
# heading (8.2.4.11 runs into 8.2.4.12), wrapped IAM-action and URI cells (9.3, A.5),
# a long table across pages (A.1).
FIXTURES = {
    "evs-sample": ["3.2", "5.1", "6.1.7", "8.2.4.11", "8.2.4.12", "9.3", "A.1", "A.3", "A.4", "A.5"],
}


def register_fonts() -> None:
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    if not Path(FONT_FILE).exists():
        sys.exit(f"render_pdf: {FONT_FILE} is missing: apt-get install fonts-wqy-microhei")
    pdfmetrics.registerFont(TTFont(SANS, FONT_FILE, subfontIndex=0))
    pdfmetrics.registerFont(TTFont(MONO, FONT_FILE, subfontIndex=1))


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x2e80 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff or 0xff00 <= o <= 0xffef
            or 0x3000 <= o <= 0x303f or 0x2010 <= o <= 0x2027)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking: after spaces (kept at the line end) or beside CJK characters;
    a token longer than the line is broken between characters."""
    sw = pdfmetrics.stringWidth(" ", font, size)
    limit = width - sw
    lines: list[str] = []
    start, n = 0, len(text)
    while start < n:
        w, i, brk = 0.0, start, -1
        while i < n:
            ch = text[i]
            if ch != " ":
                cw = pdfmetrics.stringWidth(ch, font, size)
                if w + cw > limit and i > start:
                    break
                w += cw
            else:
                w += sw
            i += 1
            if i < n and text[i] != " " and (text[i - 1] == " " or is_cjk(text[i - 1])
                                               or is_cjk(text[i])):
                brk = i
        if i >= n:
            lines.append(text[start:])
            break
        cut = brk if brk > start else i
        lines.append(text[start:cut])
        start = cut
    return lines


class TextLines(Flowable):
    """Pre-wrapped text drawn line by line (spaces stay as glyphs); never split."""

    def __init__(self, text: str, font: str = SANS, size: float = BODY, leading: float = 0,
                 space_before: float = 0, marker: str = ""):
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.leading = leading or round(size * 1.5, 1)
        self.spaceBefore = space_before
        self.marker = marker          # "bullet" or "note": drawn left of an indented text
        self.lines: list[str] = []

    def wrap(self, avail_w, avail_h):
        indent = 14 if self.marker else 0
        self.lines = wrap(self.text, self.font, self.size, avail_w - indent) or [""]
        self.width = avail_w
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self):
        c = self.canv
        indent = 14 if self.marker else 0
        y = self.height - self.size
        if self.marker == "bullet":
            c.setFont(self.font, self.size * 0.6)
            c.drawString(2, y + self.size * 0.1, BULLET)
        elif self.marker == "note":
            c.setFillColor(Color(0.2, 0.4, 0.7))
            c.rect(0, y - 1, 9, 9, stroke=0, fill=1)
            c.setFillColor(black)
        c.setFont(self.font, self.size)
        for line in self.lines:
            c.drawString(indent, y, line)
            y -= self.leading


class HeadingLines(TextLines):
    """A numbered heading; a chapter heading sets the running header's chapter title."""

    def __init__(self, text: str, level: int):
        super().__init__(text, SANS, HEADING_SIZES.get(level, 11.5),
                         space_before=14 if level <= 2 else 10)
        self.level = level

    def draw(self):
        if self.level == 1:
            self.canv._doctemplate.chapter = self.text
        super().draw()


class TocLine(Flowable):
    """A table-of-contents entry: title, dot leaders, page number at the right margin."""

    def __init__(self, title: str, page: str):
        super().__init__()
        self.title, self.page = title, page

    def wrap(self, avail_w, avail_h):
        self.width, self.height = avail_w, BODY * 1.8
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(SANS, BODY)
        tw = pdfmetrics.stringWidth(self.title, SANS, BODY)
        pw = pdfmetrics.stringWidth(self.page, SANS, BODY)
        dw = pdfmetrics.stringWidth(".", SANS, BODY)
        dots = max(3, int((self.width - tw - pw - 8) / dw))
        c.drawString(0, 4, self.title + " " + "." * dots)
        c.drawRightString(self.width, 4, self.page)


class CodeBox(Flowable):
    """Monospace lines in a grey box; split between lines at a page break (the cut edges
    lose their padding)."""

    def __init__(self, lines: list[str], open_top: bool = False, open_bottom: bool = False):
        super().__init__()
        self.src = lines
        self.open_top, self.open_bottom = open_top, open_bottom
        self.leading = CODE * 1.35
        self.spaceBefore = 4
        self.spaceAfter = 4
        self.rows: list[str] = []

    def _pads(self):
        return (0 if self.open_top else CODE_PAD), (0 if self.open_bottom else CODE_PAD)

    def wrap(self, avail_w, avail_h):
        inner = avail_w - 2 * CODE_PAD
        self.rows = []
        for line in self.src:
            self.rows.extend(_char_wrap(line, inner) if line else [""])
        top, bottom = self._pads()
        self.width = avail_w
        self.height = top + bottom + self.leading * len(self.rows)
        return self.width, self.height

    def split(self, avail_w, avail_h):
        self.wrap(avail_w, avail_h)
        fit = int((avail_h - self._pads()[0]) // self.leading)
        # a cut never leaves a blank row at a cut edge (it would hide the cut)
        while fit > 1 and (self.rows[fit - 1] == "" or self.rows[min(fit, len(self.rows) - 1)] == ""):
            fit -= 1
        if fit < 1 or fit >= len(self.rows) or self.rows[fit - 1] == "" or self.rows[fit] == "":
            return []
        # split whole source lines where possible, else between wrapped rows
        first, rest = self.rows[:fit], self.rows[fit:]
        return [_rows_box(first, self.open_top, True), _rows_box(rest, True, self.open_bottom)]

    def draw(self):
        c = self.canv
        c.setFillColor(CODE_SHADE)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont(MONO, CODE)
        y = self.height - self._pads()[0] - CODE
        for row in self.rows:
            c.drawString(CODE_PAD, y, row)
            y -= self.leading


def _rows_box(rows: list[str], open_top: bool, open_bottom: bool) -> CodeBox:
    box = CodeBox([], open_top, open_bottom)
    box.src = rows
    return box


def _char_wrap(line: str, width: float) -> list[str]:
    out, cur, w = [], "", 0.0
    for ch in line:
        cw = pdfmetrics.stringWidth(ch, MONO, CODE)
        if w + cw > width and cur and ch != " ":     # spaces may overhang: never lead a row
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    out.append(cur)
    return out


def column_widths(table: TableBlock) -> list[float]:
    """Narrow columns: a share of the frame by each column's typical cell width."""
    rows = [table.header] + [r.cells for r in table.rows]
    weights = []
    for j in range(len(table.header)):
        lens = sorted(pdfmetrics.stringWidth(r[j], SANS, CELL) for r in rows)
        typical = lens[len(lens) * 3 // 4]
        weights.append(min(max(typical, 40.0), 260.0))
    total = sum(weights)
    return [round(FRAME_W * w / total, 1) for w in weights]


def table_flowable(table: TableBlock) -> Table:
    data = [[TextLines(c, SANS, CELL) for c in table.header]]
    data += [[TextLines(c, SANS, CELL) for c in r.cells] for r in table.rows]
    t = Table(data, colWidths=column_widths(table), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    t.spaceBefore, t.spaceAfter = 4, 6
    return t


def flowables(blocks, toc_numbers: set[str]) -> list[Flowable]:
    out: list[Flowable] = []
    after_toc_label = False
    for b in blocks:
        if isinstance(b, Heading):
            if b.number in toc_numbers:
                level = b.number.count(".") + 1
                if level == 1 and out:
                    out.append(PageBreak())
                out.append(HeadingLines(f"{b.number} {b.title}", level))
            else:
                out.append(TextLines(f"{b.number} {b.title}", space_before=6))
        elif isinstance(b, Paragraph):
            text = b.text
            if text == "目录":
                out.append(PageBreak())
                out.append(HeadingLines(text, 1))
                after_toc_label = True
                continue
            if text.startswith("- "):
                out.append(TextLines(text[2:], space_before=6, marker="bullet"))
            elif text.startswith(NOTE_ICON + " "):
                out.append(TextLines(text[2:], space_before=6, marker="note"))
            else:
                out.append(TextLines(text, space_before=6))
        elif isinstance(b, TableBlock):
            if after_toc_label:
                for cells in [b.header] + [r.cells for r in b.rows]:
                    out.append(TocLine(cells[0].rstrip(".…").strip(), cells[-1]))
            else:
                out.append(table_flowable(b))
        elif isinstance(b, Code):
            out.append(CodeBox(b.text.split("\n")))
        after_toc_label = False
    return out


class ManualDoc(BaseDocTemplate):
    """A4 pages with the running header and footer (none on the cover)."""

    def __init__(self, path: str, service: str, version_line: str, copyright_line: str):
        super().__init__(path, pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R,
                         topMargin=MARGIN_T, bottomMargin=MARGIN_B, title="",
                         author="", creator="", producer="", subject="", invariant=1)
        self.chapter = ""
        self.service, self.version_line, self.copyright_line = service, version_line, \
            copyright_line
        frame = Frame(MARGIN_L, MARGIN_B, FRAME_W, PAGE_H - MARGIN_T - MARGIN_B,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self.decorate)])

    def decorate(self, canv, doc):
        if canv.getPageNumber() == 1:
            return
        canv.saveState()
        canv.setFont(SANS, 9)
        top = PAGE_H - 40
        canv.drawString(MARGIN_L, top, self.service)
        canv.drawRightString(PAGE_W - MARGIN_R, top, self.chapter)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_L, top - 6, PAGE_W - MARGIN_R, top - 6)
        canv.line(MARGIN_L, 52, PAGE_W - MARGIN_R, 52)
        canv.drawString(MARGIN_L, 40, self.version_line)
        canv.drawCentredString(PAGE_W / 2, 40, self.copyright_line)
        canv.drawRightString(PAGE_W - MARGIN_R, 40, str(canv.getPageNumber()))
        canv.restoreState()


def cover_facts(blocks) -> tuple[str, str, str]:
    paras = [b.text for b in blocks[:40] if isinstance(b, Paragraph)]
    service = paras[0] if paras else ""
    version = next((p.split()[-1] for p in paras if p.startswith("文档版本")), "")
    date = next((p.split()[-1] for p in paras if p.startswith("发布日期")), "")
    owner = next((p for p in paras if p.startswith("版权所有")), "")
    owner = re.sub(r"\s*\d{4}。.*$", "", owner)
    return service, f"文档版本 {version} ({date})", owner


def render(text: str, out: Path) -> int:
    """Render the manual text into `out`; returns the page count."""
    register_fonts()
    blocks = parse_text(text)
    toc_numbers = set(re.findall(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s",
                                 text, flags=re.MULTILINE))
    service, version_line, owner = cover_facts(blocks)
    doc = ManualDoc(str(out), service, version_line, owner)
    doc.build(flowables(blocks, toc_numbers))
    return doc.page


HEADING_LINE_RE = re.compile(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s+(\S.*)$")


def excerpt(text: str, wanted: list[str]) -> str:
    """A small manual: the front matter, the TOC rows and bodies of the wanted sections
    (with their ancestors' headings and introductions)."""
    lines = text.split("\n")
    toc_at = lines.index("目录")
    toc_end = toc_at + 1
    toc: list[tuple[int, str]] = []
    while toc_end < len(lines) and ("\t" in lines[toc_end] or not lines[toc_end].strip()):
        if "\t" in lines[toc_end]:
            m = HEADING_LINE_RE.match(lines[toc_end].split("\t")[0])
            if m:
                toc.append((toc_end, m.group(1)))
        toc_end += 1
    numbers = [n for _, n in toc]
    starts: dict[str, int] = {}
    k = 0
    for i in range(toc_end, len(lines)):
        if k < len(numbers) and re.match(re.escape(numbers[k]) + r"\s", lines[i]) \
                and "\t" not in lines[i]:
            starts[numbers[k]] = i
            k += 1
    keep = {n for n in numbers if any(w == n or w.startswith(n + ".") or n.startswith(w + ".")
                                      for w in wanted)}
    out = lines[:toc_at + 1] + [lines[i] for i, n in toc if n in keep] + [""]
    ordered = [n for n in numbers if n in starts]
    for j, n in enumerate(ordered):
        if n not in keep:
            continue
        end = starts[ordered[j + 1]] if j + 1 < len(ordered) else len(lines)
        body = lines[starts[n]:end]
        if not any(n.startswith(w + ".") or n == w for w in wanted):
            # an ancestor: its heading and introduction up to its first child
            body = body[: next((i for i, line in enumerate(body[1:], 1)
                                if HEADING_LINE_RE.match(line) and "\t" not in line), len(body))]
        out += body
    return "\n".join(out).rstrip("\n") + "\n"


def build_fixtures(manual: Path) -> None:
    text = manual.read_text(encoding="utf-8")
    FIXTURE_DIR.mkdir(parents=True, exist_ok=True)
    for name, wanted in FIXTURES.items():
        small = excerpt(text, wanted)
        (FIXTURE_DIR / f"{name}.txt").write_text(small, encoding="utf-8")
        pages = render(small, FIXTURE_DIR / f"{name}.pdf")
        print(f"{FIXTURE_DIR / name}.pdf: {pages} pages")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("manual", nargs="?", default=str(ROOT / "manuals" / "evs-api-reference.txt"))
    ap.add_argument("out", nargs="?")
    ap.add_argument("--sections", help="comma-separated section numbers to keep")
    ap.add_argument("--text-out", help="also write the (excerpted) text manual here")
    ap.add_argument("--fixtures", action="store_true", help="rebuild tests/fixtures/pdf/")
    args = ap.parse_args(argv)
    if args.fixtures:
        build_fixtures(Path(args.manual))
        return 0
    if not args.out:
        ap.error("OUT is required")
    text = Path(args.manual).read_text(encoding="utf-8")
    if args.sections:
        text = excerpt(text, [s.strip() for s in args.sections.split(",") if s.strip()])
    if args.text_out:
        Path(args.text_out).write_text(text, encoding="utf-8")
    pages = render(text, Path(args.out))
    print(f"{args.out}: {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
