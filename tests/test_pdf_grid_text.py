"""Tables without ruling lines between their columns (extractor/sources/pdf_grid_text.py),
on small pages drawn with reportlab: borderless, rules only between the rows, only under
the header; wrapped cells kept in their row; prose, lists and code never read as tables."""
from __future__ import annotations

import pytest

from extractor.blocks import Paragraph, Table

pytest.importorskip("reportlab")
pdfium = pytest.importorskip("pypdfium2")

H = 842.0                        # A4 height: reportlab draws from the bottom, PDF reads from the top
SIZE = 9.0
LEADING = 11.0                   # the step between the wrapped lines of one cell
COLS = (60.0, 160.0, 230.0)      # the columns' text left edges


def draw_pdf(path, pages):
    """`pages`: a list of functions, each drawing one page on a reportlab canvas."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(595.0, H))
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return path


def text(c, x, top, s, font="Helvetica", size=SIZE):
    c.setFont(font, size)
    c.drawString(x, H - top - size, s)


def rule(c, x0, x1, y):
    c.setLineWidth(0.5)
    c.line(x0, H - y, x1, H - y)


def table(c, rows, top, *, gap=6.0, cols=COLS, rules=(), font="Helvetica"):
    """Draw `rows` (each a list of cells, each a list of its wrapped lines) from `top`;
    `gap`: the extra space between two rows; `rules`: "rows" (a rule between every two
    rows and around the table) or "header" (rules above, under the header, below).
    Returns the bottom."""
    y = top
    x0, x1 = cols[0] - 4, 540.0
    if rules:
        rule(c, x0, x1, y - gap / 2)
    for k, row in enumerate(rows):
        for x, cell in zip(cols, row):
            for n, ln in enumerate(cell):
                text(c, x, y + n * LEADING, ln, font=font)
        y += max(len(cell) for cell in row) * LEADING + gap
        if rules == "rows" or (rules == "header" and k in (0, len(rows) - 1)):
            rule(c, x0, x1, y - gap / 2)
    return y


def page_items(path, number=1):
    from extractor.sources.pdf_page import read_page
    pdf = pdfium.PdfDocument(str(path))
    try:
        return read_page(pdf[number - 1], number).items
    finally:
        pdf.close()


def tables(items):
    return [i.block for i in items if i.kind == "table"]


def wrap(s, width=200.0):
    """`s` word-wrapped to `width` points as a layout engine would."""
    from reportlab.lib.utils import simpleSplit
    return simpleSplit(s, "Helvetica", SIZE, width)


PARAMS = [
    [["Parameter"], ["Type"], ["Description"]],
    [["volume_id"], ["String"], wrap("The disk ID. Get it from the list of disks in the "
                                     "console or from the query API.")],
    [["size"], ["Integer"], ["The new size in GiB."]],
    [["tags"], ["Array of", "Tag objects"], wrap("The tags to add to the disk, at most ten "
                                                 "of them, each a key and a value, as the "
                                                 "tagging rules say.")],
]


@pytest.mark.parametrize("rules", ["", "rows", "header"])
def test_columns_from_alignment_rows_from_spacing_or_rules(tmp_path, rules):
    pdf = draw_pdf(tmp_path / "t.pdf", [lambda c: (text(c, 60, 60, "Request parameters"),
                                                   table(c, PARAMS, 90, rules=rules))])
    [t] = tables(page_items(pdf))
    assert t.header == ("Parameter", "Type", "Description")
    assert [r.cells[0] for r in t.rows] == ["volume_id", "size", "tags"]
    assert t.rows[0].cells[2] == ("The disk ID. Get it from the list of disks in the "
                                  "console or from the query API.")
    assert t.rows[2].cells[1] == "Array of Tag objects"
    assert t.rows[2].cells[2].endswith("as the tagging rules say.")


def test_wrapped_description_never_starts_a_row_without_spacing(tmp_path):
    # every line one step apart: rows only by text in the first column
    pdf = draw_pdf(tmp_path / "t.pdf", [lambda c: table(c, PARAMS, 90, gap=0.0)])
    [t] = tables(page_items(pdf))
    assert [r.cells[0] for r in t.rows] == ["volume_id", "size", "tags"]
    assert t.rows[0].cells[2].endswith("query API.") and t.rows[1].cells[2] == "The new size in GiB."


def test_wrapped_first_column_stays_in_its_row(tmp_path):
    rows = [[["Parameter"], ["Type"], ["Description"]],
            [["availability_", "zone"], ["String"], ["The zone of the disk."]],
            [["count"], ["Integer"], ["How many disks to", "create at once."]]]
    for rules, gap in (("", 6.0), ("rows", 0.0)):
        pdf = draw_pdf(tmp_path / f"t{rules}.pdf", [lambda c: table(c, rows, 90, gap=gap,
                                                                     rules=rules)])
        [t] = tables(page_items(pdf))
        assert len(t.rows) == 2, rules
        assert t.rows[0].cells[0].startswith("availability_") and t.rows[0].cells[0].endswith("zone")
        assert t.rows[1].cells == ("count", "Integer", "How many disks to create at once.")


def test_table_ends_at_the_paragraph_after_it(tmp_path):
    def draw(c):
        bottom = table(c, PARAMS, 90)
        text(c, 60, bottom + 14, "Response parameters", size=11)
        text(c, 60, bottom + 34, "Status code: 200", size=SIZE)
    items = page_items(draw_pdf(tmp_path / "t.pdf", [draw]))
    [t] = tables(items)
    assert len(t.rows) == 3
    paras = [i.block.text for i in items if isinstance(i.block, Paragraph)]
    assert "Response parameters" in paras and "Status code: 200" in paras


def test_header_words_of_the_vocabulary_admit_a_two_row_table(tmp_path):
    def draw(c):
        table(c, [[["Parameter"], ["Description"]], [["marker"], ["Where to start."]]], 90,
              cols=(60.0, 200.0))
        table(c, [[["Alpha"], ["beta gamma"]], [["Delta"], ["epsilon zeta"]]], 300,
              cols=(60.0, 200.0))
    items = page_items(draw_pdf(tmp_path / "t.pdf", [draw]))
    assert [t.header for t in tables(items)] == [("Parameter", "Description")]
    paras = " ".join(i.block.text for i in items if isinstance(i.block, Paragraph))
    assert "Alpha" in paras and "epsilon zeta" in paras


def test_prose_lists_and_code_are_not_tables(tmp_path):
    prose = ("The disk is created in the zone you name and is billed by the hour until "
             "you delete it. A disk in use cannot be deleted; detach it first and wait "
             "for the status to become available. Each step is one call.").split()

    def draw(c):
        lines, cur = [], ""
        for w in prose:
            if len(cur) + len(w) > 70:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        lines.append(cur)
        for k, ln in enumerate(lines):
            text(c, 60, 60 + k * 13, ln, size=10)
        for k, item in enumerate(["first create the disk", "then attach it",
                                  "then write to it"]):       # a bulleted list
            text(c, 66, 140 + k * 13, "\u2022", size=10)
            text(c, 80, 140 + k * 13, item, size=10)
        for k, item in enumerate(["Create the disk.", "Attach it.", "Format it."]):
            text(c, 60, 200 + k * 13, f"{k + 1}.", size=10)   # a numbered list
            text(c, 80, 200 + k * 13, item, size=10)
        code = ["name      type      size", "data-1    SSD       100", "data-2    SAS       200"]
        for k, ln in enumerate(code):                         # code set in columns
            for m, part in enumerate(ln.split()):
                text(c, 60 + m * 60, 260 + k * 11, part, font="Courier", size=9)
    items = page_items(draw_pdf(tmp_path / "t.pdf", [draw]))
    assert not tables(items), [t.header for t in tables(items)]


def test_table_continued_on_the_next_page_drops_its_repeated_header(tmp_path):
    from extractor.sources.pdf import read_pdf
    head, body = PARAMS[0], PARAMS[1:]
    pdf = draw_pdf(tmp_path / "t.pdf", [lambda c: (text(c, 60, 60, "Table 1 Parameters"),
                                                   table(c, [head] + body[:2], 90)),
                                        lambda c: table(c, [head] + body[2:], 60)])
    [t] = [b for b in read_pdf(pdf, use_cache=False) if isinstance(b, Table)]
    assert t.header == ("Parameter", "Type", "Description") and t.repeated_headers == 1
    assert [r.cells[0] for r in t.rows] == ["volume_id", "size", "tags"]


def test_two_tables_back_to_back_stay_two(tmp_path):
    def draw(c):
        bottom = table(c, PARAMS[:2], 90)
        table(c, [PARAMS[0], PARAMS[2]], bottom + 4)
    found = tables(page_items(draw_pdf(tmp_path / "t.pdf", [draw])))
    assert [[r.cells[0] for r in t.rows] for t in found] == [["volume_id"], ["size"]]


def test_ruled_grids_are_read_as_before(tmp_path):
    """A fully ruled table is a grid from its rules (the alignment reader does not run
    on it): its cells as the rules cut them."""
    def draw(c):
        xs, ys = (56, 150, 220, 540), (86, 100, 140)
        for x in xs:
            c.line(x, H - ys[0], x, H - ys[-1])
        for y in ys:
            c.line(xs[0], H - y, xs[-1], H - y)
        for x, s in zip(COLS, ("Parameter", "Type", "Description")):
            text(c, x, 88, s)
        for x, s in zip(COLS, ("size", "Integer", "The new size.")):
            text(c, x, 104, s)
    [t] = tables(page_items(draw_pdf(tmp_path / "t.pdf", [draw])))
    assert t.header == ("Parameter", "Type", "Description")
    assert t.rows[0].cells == ("size", "Integer", "The new size.")


@pytest.mark.parametrize("rows_ruled", [False, True])
def test_a_box_around_the_table_without_column_rules(tmp_path, rows_ruled):
    """Only an outline (and maybe rules between the rows): one ruled column, whose text
    is set in columns; read by alignment, not as one cell."""
    def draw(c):
        bottom = table(c, PARAMS, 90, rules="rows" if rows_ruled else "")
        c.setLineWidth(0.5)
        c.rect(COLS[0] - 4, H - (bottom - 3), 540 - (COLS[0] - 4), bottom - 3 - 87, fill=0)
    [t] = tables(page_items(draw_pdf(tmp_path / "t.pdf", [draw])))
    assert t.header == ("Parameter", "Type", "Description")
    assert [r.cells[0] for r in t.rows] == ["volume_id", "size", "tags"]
    assert t.rows[2].cells[1] == "Array of Tag objects"


def test_a_caption_set_apart_is_not_the_header(tmp_path):
    """A caption in the table's type, its number set apart from its title by a wide gap
    that the header's gap covers, stays a caption."""
    def draw(c):
        text(c, 60, 70, "Table 3")
        text(c, 110, 70, "Request parameters")
        table(c, PARAMS, 86)
    items = page_items(draw_pdf(tmp_path / "t.pdf", [draw]))
    [t] = tables(items)
    assert t.header == ("Parameter", "Type", "Description")
    assert any(i.block.text.startswith("Table 3") for i in items if i.kind == "para")
