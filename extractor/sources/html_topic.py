"""One HTML topic page -> Blocks (the element tree walked with lxml, no regexes over markup).

Section titles (`<h4 class="sectiontitle">`) become label paragraphs, `<p>`/`<div class="p">`
paragraphs, `<li>` item paragraphs, `<div class="note">` note paragraphs, `<pre>` Code,
`<table>` a caption paragraph plus a Table whose row/column spans are expanded into the grid.
Every block's Loc is the topic file plus the id of the element it came from (or of the
nearest ancestor that has one). Navigation the export adds (parent and child links) is skipped.
"""
from __future__ import annotations

from lxml import etree

from ..blocks import Block, Code, Heading, Loc, Paragraph, Row, Table

BLOCK_TAGS = {"p", "div", "pre", "table", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
              "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "body"}
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
SKIP_TAGS = {"script", "style", "img", "head", "title", "meta", "link", "nav", "button"}
SKIP_CLASSES = {"familylinks", "parentlink", "ullinks", "ulchildlink", "related-links",
                "notetitle"}          # a note's paragraphs carry role "note" instead
NOTE_CLASSES = frozenset({"note", "notice", "caution", "warning"})


_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                           collect_ids=False)   # no id index: ids are read where met


def parse_page(data: bytes):
    """Parse a page's bytes with lxml's HTML parser (libxml2); plain elements, no
    per-element class lookup (the export is large)."""
    root = etree.fromstring(data, _PARSER)
    if root is None:
        root = etree.fromstring(b"<html><body></body></html>", _PARSER)
    return root


def content(el) -> str:
    """All text inside an element."""
    return "".join(el.itertext())


def text_of(el) -> str:
    """The element's text with whitespace runs collapsed."""
    return " ".join(content(el).split())


def _skipped(el) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    cls = el.get("class")
    return bool(cls) and not SKIP_CLASSES.isdisjoint(cls.split())


def _anchor(el) -> str | None:
    while el is not None:
        i = el.get("id")
        if i:
            return i
        el = el.getparent()
    return None


class TopicReader:
    """Walk one topic's body into Blocks."""

    def __init__(self, topic: str, *, keep_title: bool = False) -> None:
        self.topic = topic
        self.keep_title = keep_title
        self.blocks: list[Block] = []

    def loc(self, el) -> Loc:
        return Loc(topic=self.topic, anchor=_anchor(el))

    def read(self, root) -> list[Block]:
        body = root.find("body")
        self.walk(body if body is not None else root, "")
        return self.blocks

    # -- block walk ----------------------------------------------------------------------

    def walk(self, el, role: str, first_prefix: str = "") -> None:
        """Emit el's inline text as paragraphs around its block children."""
        buf: list[str] = [el.text or ""]
        anchor_el = el
        prefix = first_prefix

        def flush() -> None:
            nonlocal prefix
            text = " ".join("".join(buf).split())
            buf.clear()
            if text:
                self.blocks.append(Paragraph(prefix + text, self.loc(anchor_el), role))
                prefix = ""

        for child in el:
            tag = child.tag
            if _skipped(child):
                buf.append(child.tail or "")
                continue
            if tag in BLOCK_TAGS:
                flush()
                self.block(child, tag, role, prefix)
                if tag == "li" or (prefix and self.blocks and
                                   self.blocks[-1].loc.anchor == _anchor(child)):
                    prefix = ""
                buf.append(child.tail or "")
            elif tag == "br":
                flush()
                buf.append(child.tail or "")
            else:
                buf.append(content(child))          # not skipped: all its text
                buf.append(child.tail or "")
        flush()

    def block(self, el, tag: str, role: str, prefix: str = "") -> None:
        if tag == "h1":
            if self.keep_title:
                self.blocks.append(Heading("1", text_of(el), self.loc(el)))
            return
        if tag in HEADING_TAGS:
            text = text_of(el)
            if text:
                self.blocks.append(Paragraph(text, self.loc(el), "label"))
            return
        if tag == "pre":
            self.blocks.append(Code(content(el).strip("\n"), self.loc(el)))
            return
        if tag == "table":
            self.table(el)
            return
        if tag in ("ul", "ol"):
            for li in el:
                if isinstance(li.tag, str) and li.tag == "li" and not _skipped(li):
                    self.walk(li, "item", "- ")
            return
        cls = el.get("class")
        if cls and not NOTE_CLASSES.isdisjoint(cls.split()):
            self.walk(el, "note")
            return
        self.walk(el, role, prefix)

    # -- tables ---------------------------------------------------------------------------

    def table(self, el) -> None:
        cap = el.find("caption")
        caption = text_of(cap) if cap is not None else ""
        if caption:
            self.blocks.append(Paragraph(caption, self.loc(el), "caption"))
        head_rows = [tr for part in el.findall("thead") for tr in part.findall("tr")]
        body_rows = [tr for part in el.findall("tbody") for tr in part.findall("tr")]
        body_rows += el.findall("tr")
        if not head_rows and body_rows and body_rows[0].find("th") is not None:
            head_rows, body_rows = body_rows[:1], body_rows[1:]
        header_grid, _, spans_h = self.grid(head_rows)
        header = tuple(header_grid[-1]) if header_grid else ()
        grid, links, spans = self.grid(body_rows)
        trs = list(body_rows)
        if not header and grid:
            header, grid, links, trs = tuple(grid[0]), grid[1:], links[1:], trs[1:]
        rows = tuple(Row(_pad(r, len(header)), self.loc(tr), tuple(lk))
                     for r, tr, lk in zip(grid, trs, links))
        self.blocks.append(Table(header, rows, self.loc(el), 0, caption, spans + spans_h))

    def grid(self, trs) -> tuple[list[list[str]], list[list[tuple[int, str, str]]], int]:
        """Rows of cells with rowspan/colspan expanded; the links of each row; span count."""
        grid: list[list[str]] = []
        links: list[list[tuple[int, str, str]]] = []
        pending: dict[int, tuple[int, str]] = {}      # column -> (rows left, text)
        spans = 0
        for tr in trs:
            row: list[str] = []
            row_links: list[tuple[int, str, str]] = []
            cells = tr.iterchildren("td", "th")
            for cell in cells:
                while pending and len(row) in pending:      # cells spanned from above
                    _spanned(pending, row)
                col = len(row)
                text = _paragraph_cell(cell)
                if text is None:
                    text = _cell_text(cell)
                    for a in cell.iter("a"):
                        href = a.get("href")
                        if href:
                            row_links.append((col, text_of(a), self.target(href)))
                rs = cell.get("rowspan")
                cs = cell.get("colspan")
                rs = _int(rs) if rs else 1
                cs = _int(cs) if cs else 1
                if rs > 1 or cs > 1:
                    spans += 1
                for j in range(cs):
                    row.append(text)
                    if rs > 1:
                        pending[col + j] = (rs - 1, text)
            while pending and len(row) in pending:
                _spanned(pending, row)
            grid.append(row)
            links.append(row_links)
        return grid, links, spans

    def target(self, href: str) -> str:
        """A link target as `topic.html#anchor` (same-page links get this topic's name)."""
        if href.startswith("#"):
            return f"{self.topic}{href}"
        return href


def _spanned(pending: dict[int, tuple[int, str]], row: list[str]) -> None:
    """The next cell of `row` from a cell above that spans down into it."""
    col = len(row)
    left, text = pending[col]
    row.append(text)
    if left > 1:
        pending[col] = (left - 1, text)
    else:
        del pending[col]


def _pad(cells: list[str], width: int) -> tuple[str, ...]:
    return tuple(cells) + ("",) * (width - len(cells))


def _int(v: str | None) -> int:
    try:
        return max(1, int(v or 1))
    except ValueError:
        return 1


def _paragraph_cell(cell) -> str | None:
    """The text of the common `<td><p>x</p></td>` (one paragraph of plain text, so no
    link either); None for any other cell."""
    if len(cell) != 1:
        return None
    p = cell[0]
    if p.tag != "p" or len(p) or (cell.text and not cell.text.isspace()) or \
            (p.tail and not p.tail.isspace()):
        return None
    return " ".join((p.text or "").split())


def _cell_text(cell) -> str:
    lines: list[str] = []
    _cell_lines(cell, lines, "")
    return "\n".join(x for x in (" ".join(line.split()) for line in lines) if x)


def _cell_lines(el, lines: list[str], prefix: str) -> None:
    buf = [prefix, el.text or ""]
    for child in el:
        if _skipped(child):
            buf.append(child.tail or "")
            continue
        if child.tag in BLOCK_TAGS or child.tag == "br":
            lines.append("".join(buf))
            buf = []
            if child.tag in ("ul", "ol"):
                for li in child:
                    if isinstance(li.tag, str) and li.tag == "li":
                        _cell_lines(li, lines, "• ")
            elif child.tag == "pre":
                lines.append(content(child))
            elif child.tag != "br":
                _cell_lines(child, lines, "")
            buf.append(child.tail or "")
        else:
            buf.append(content(child))
            buf.append(child.tail or "")
    lines.append("".join(buf))
