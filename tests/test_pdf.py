"""The PDF front end: rendered fixture PDFs read back into the text front end's Blocks
and spec; cache, parallel reading, progress bar; bad PDFs as one-line errors."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.blocks import Code, Heading, Paragraph, Table
from extractor.errors import InputError

pdfplumber = pytest.importorskip("pdfplumber")

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "pdf"
SAMPLE_PDF = FIXTURE_DIR / "evs-sample.pdf"
SAMPLE_TXT = FIXTURE_DIR / "evs-sample.txt"
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
FULL_PDF = ROOT / ".cache" / "pdf" / "evs-api-reference.pdf"
CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
SPACE_BY_CJK = re.compile(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+")
HYPHEN_SPACE = re.compile(r"(?<=\w-)\s+(?=\w)")


def read_pdf(path, **kw):
    from extractor.sources.pdf import read_pdf as _read
    kw.setdefault("use_cache", False)
    return _read(path, **kw)


def block_key(b):
    """A block without its provenance (TOC titles without their dot leaders), modulo
    white space beside CJK characters and after a hyphen (a wrapped line's break there
    may have been a space or not; PDFium keeps no space glyph at a line's end, so no
    reader can tell)."""
    def sq(_, text):
        return HYPHEN_SPACE.sub("", SPACE_BY_CJK.sub("", text))
    if isinstance(b, Heading):
        return ("H", b.number, sq("", b.title))
    if isinstance(b, Paragraph):
        return ("P", sq("", b.text))
    if isinstance(b, Table):
        rows = tuple(tuple(sq("", c.rstrip(".…")) for c in r.cells) for r in b.rows)
        return ("T", tuple(sq("", c.rstrip(".…")) for c in b.header), rows)
    return ("C", b.text)


def normalise(node, key=None):
    """A spec without provenance (line/page numbers) and without white space beside CJK
    characters."""
    if isinstance(node, dict):
        return {k: normalise(v, k) for k, v in node.items()
                if not (k in ("line", "page") and (v is None or isinstance(v, int)))}
    if isinstance(node, list):
        return [normalise(v) for v in node]
    if isinstance(node, str):
        if key == "x-manual":                 # the source file's name: .txt or .pdf
            node = Path(node).stem
        return SPACE_BY_CJK.sub("", node)
    return node


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {a!r:.200} != {b!r:.200}"
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'text' if k in a else 'pdf'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r:.200} != {b!r:.200}"


def assert_same_spec(txt: Path, pdf: Path, **options):
    from extractor.pipeline import build_spec
    from_text = build_spec(txt)
    from_pdf = build_spec(pdf, use_cache=False, **options)
    assert from_pdf.errors == from_text.errors
    a, b = normalise(from_text.doc), normalise(from_pdf.doc)
    assert a == b, first_difference(a, b)
    return from_text, from_pdf


@pytest.fixture(scope="module")
def sample_pages():
    from extractor.sources.pdf import read_pages
    return read_pages(SAMPLE_PDF, use_cache=False)


@pytest.fixture(scope="module")
def sample_blocks(sample_pages):
    from extractor.sources.pdf import assemble
    return assemble(sample_pages)


# -- the fixture PDF reads back as its text source -----------------------------------


def test_fixture_blocks_equal_text_blocks(sample_blocks):
    from extractor.sources.text import read_text
    expected = [block_key(b) for b in read_text(SAMPLE_TXT)]
    got = [block_key(b) for b in sample_blocks]
    assert got == expected


def test_fixture_spec_equals_text_spec():
    from_text, from_pdf = assert_same_spec(SAMPLE_TXT, SAMPLE_PDF)
    assert from_text.doc["paths"], "the fixture must hold API sections"
    sources = [op["x-source"] for item in from_pdf.doc["paths"].values()
               for op in item.values() if isinstance(op, dict) and "x-source" in op]
    assert sources and all("page" in s and "line" not in s for s in sources)


def test_provenance_is_pages(sample_blocks):
    pages = [b.loc.page for b in sample_blocks]
    assert all(isinstance(p, int) and p >= 1 for p in pages)
    assert pages == sorted(pages)
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        assert max(pages) == len(pdf.pages)


def test_running_header_and_footer_removed(sample_blocks):
    from extractor.sources.text import read_text
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        page = pdf.pages[5]
        header = page.crop((0, 0, page.width, 60)).extract_text().split("\n")
        footer = page.crop((0, page.height - 60, page.width, page.height)).extract_text()
    assert "©" in footer and "6" in footer.split()[-1]
    texts = [b.text for b in sample_blocks if isinstance(b, Paragraph)]
    expected = [b.text for b in read_text(SAMPLE_TXT) if isinstance(b, Paragraph)]
    service = header[0].split()[0]
    assert texts.count(service) == expected.count(service) < 3
    assert not any(footer.split("\n")[0].strip().startswith(t) for t in texts if len(t) > 12)
    assert not any(t.isdigit() for t in texts if t not in expected)


def test_table_across_pages_joined_header_dropped(sample_blocks):
    spanning = [b for b in sample_blocks if isinstance(b, Table)
                and len({r.loc.page for r in b.rows}) > 1]
    assert spanning, "the fixture has tables that span pages"
    assert all(b.repeated_headers >= 1 for b in spanning)
    for t in spanning:
        assert all(r.cells != t.header for r in t.rows)


def test_wrapped_cells_rebuilt_whole(sample_blocks):
    """IAM actions, URIs and identifiers broken inside narrow cells come back whole."""
    cells = [c for b in sample_blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "evs:volumes:create" in cells or any("evs:volumes:create" in c for c in cells)
    assert any("/v2/{project_id}/cloudvolumes" in c for c in cells)
    # and the PDF really did wrap them: some cell's text spans several lines
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        wrapped = 0
        for page in pdf.pages[-20:]:
            for t in page.find_tables():
                for row in t.extract():
                    wrapped += sum(1 for c in row if c and "\n" in c and ":" in c)
            page.close()
    assert wrapped > 0


def test_empty_cells_kept(sample_blocks):
    from extractor.sources.text import read_text
    expected = sum(1 for b in read_text(SAMPLE_TXT) if isinstance(b, Table)
                   for r in b.rows for c in r.cells if c == "")
    got = sum(1 for b in sample_blocks if isinstance(b, Table)
              for r in b.rows for c in r.cells if c == "")
    assert got == expected


def test_headings_bullets_notes_and_captions(sample_blocks):
    headings = [b for b in sample_blocks if isinstance(b, Heading)]
    assert any(h.number == "8.2.4.12" for h in headings)     # the glued heading
    texts = [b.text for b in sample_blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("- ") for t in texts)
    assert any(t.startswith("📖 ") for t in texts)
    assert any(re.match(r"^表 [0-9A-Z]+-\d+ ", t) for t in texts)


def test_code_split_across_pages_is_rejoined(sample_pages, sample_blocks):
    from extractor.sources.pdf_running import running_items
    running = running_items(sample_pages)
    body = {r.number: [i for k, i in enumerate(r.items) if (r.number, k) not in running]
            for r in sample_pages}
    cut = [n for n, items in body.items() if items and items[-1].kind == "code"
           and body.get(n + 1) and body[n + 1][0].kind == "code"
           and (items[-1].open_bottom or body[n + 1][0].open_top)]
    assert cut, "the fixture has a code box broken by a page break"
    boxes = sum(1 for items in body.values() for i in items if i.kind == "code")
    codes = [b for b in sample_blocks if isinstance(b, Code)]
    assert len(codes) == boxes - len(cut)
    for n in cut:      # the joined block holds the rows of both pages
        tail, head = body[n][-1].block.text, body[n + 1][0].block.text
        assert any(c.text.endswith(head) and tail.rstrip() in c.text for c in codes)


def test_other_producer_wrapping_and_bold_heading(tmp_path):
    """reportlab's own wrapping (no trailing space glyphs, Helvetica): word breaks get
    their space back from the geometry, identifiers broken mid-token do not; a bold
    numbered line at body size is a heading."""
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Table as T
    from reportlab.platypus import TableStyle
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11, wordWrap="CJK")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=13)
    rows = [("Name", "Type", "Action"),
            ("volume_id", "Array of objects", "evs:volumes:create"),
            ("the_long_identifier_name", "String", "/v2/{project_id}/cloudvolumes")]
    table = T([[P(c, cell) for c in r] for r in rows], colWidths=[60, 45, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    prose = "Some body text that is long enough to wrap across the line once or twice. " * 2
    path = tmp_path / "generic.pdf"
    SimpleDocTemplate(str(path), invariant=1).build(
        [P("1.2 Create a volume", bold), P(prose, body), table])
    blocks = read_pdf(path)
    assert blocks[0] == Heading("1.2", "Create a volume", blocks[0].loc)
    assert blocks[1] == Paragraph(prose.strip(), blocks[1].loc)
    assert (blocks[2].header,) + tuple(r.cells for r in blocks[2].rows) == tuple(rows)
    with pdfplumber.open(path) as pdf:      # the cells really were wrapped
        words = {w["text"] for w in pdf.pages[0].extract_words()}
    assert "Array" in words and "objects" not in words and "evs:volumes:create" not in words


# -- speed machinery ------------------------------------------------------------------


def test_cache_reuses_pages_and_parallel_matches(tmp_path, monkeypatch):
    from extractor.sources import pdf as pdf_mod
    cache = tmp_path / "cache"
    first = pdf_mod.read_pdf(SAMPLE_PDF, cache_dir=cache, workers=2)
    assert list(cache.rglob("*.pkl"))

    def boom(*a, **k):
        raise AssertionError("a cached page was read again")

    monkeypatch.setattr(pdf_mod, "read_page", boom)
    warm = pdf_mod.read_pdf(SAMPLE_PDF, cache_dir=cache)
    assert [block_key(b) for b in warm] == [block_key(b) for b in first]
    with pytest.raises(InputError):           # --no-cache bypasses the cache
        pdf_mod.read_pdf(SAMPLE_PDF, use_cache=False, cache_dir=cache)


def test_cache_key_covers_every_module_a_page_read_uses():
    """A parser change must invalidate cached pages: every project module that reading a
    PDF loads (in a fresh interpreter, the pages read) is part of the parser version."""
    import subprocess
    import sys
    from extractor.sources.pdf_cache import _parser_files
    code = ("import sys; from extractor.sources import pdf; "
            f"pdf.read_pdf({str(SAMPLE_PDF)!r}, use_cache=False, workers=1); "
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items() "
            "if n.startswith('extractor') and getattr(m, '__file__', None)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    loaded = {Path(f).resolve() for f in out if not f.endswith("__init__.py")}
    covered = {p.resolve() for p in _parser_files()}
    assert loaded and loaded <= covered, sorted(str(p) for p in loaded - covered)


def test_updated_pdf_rereads_only_changed_pages(tmp_path, monkeypatch):
    from extractor.sources import pdf as pdf_mod
    render = _renderer()
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    render.render(text, old)
    # swap two characters of one late paragraph: same glyphs, one page changes
    i = text.rindex("请参见[错误码](#)。")
    render.render(text[:i] + "参请见" + text[i + 3:], new)
    cache = tmp_path / "cache"
    pdf_mod.read_pdf(old, cache_dir=cache, workers=1)
    seen: list[int] = []
    real = pdf_mod.read_page

    def spy(page, number):
        seen.append(number)
        return real(page, number)

    monkeypatch.setattr(pdf_mod, "read_page", spy)
    blocks = pdf_mod.read_pdf(new, cache_dir=cache, workers=1)
    with pdfplumber.open(new) as pdf:
        total = len(pdf.pages)
    assert 1 <= len(seen) < total / 4
    assert any(isinstance(b, Paragraph) and "参请见[错误码]" in b.text for b in blocks)


def test_progress_bar_only_on_a_terminal():
    from extractor.sources.pdf_progress import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        bar = Progress(50, stream=stream)
        for _ in range(50):
            bar.advance()
        bar.close()
    assert pipe.getvalue() == ""
    out = tty.getvalue()
    assert "50/50 pages" in out and "/s" in out and "ETA" in out
    assert out.endswith("\r\033[K")


# -- bad input ------------------------------------------------------------------------


def _canvas(path: Path, **kw):
    from reportlab.pdfgen import canvas
    return canvas.Canvas(str(path), invariant=1, **kw)


def test_encrypted_pdf(tmp_path):
    pytest.importorskip("reportlab")
    path = tmp_path / "locked.pdf"
    c = _canvas(path, encrypt="secret")
    c.drawString(72, 720, "API reference")
    c.save()
    with pytest.raises(InputError, match=r"encrypted PDF.*password") as err:
        read_pdf(path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)


def test_truncated_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    data = SAMPLE_PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated PDF"):
        read_pdf(path)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with pytest.raises(InputError, match="corrupt PDF") as err:
        read_pdf(path)
    assert "\n" not in str(err.value)


def test_scanned_pdf_without_text_layer(tmp_path):
    pytest.importorskip("reportlab")
    path = tmp_path / "scan.pdf"
    c = _canvas(path)
    for _ in range(3):
        c.rect(72, 72, 400, 600, fill=1)
        c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer.*3 pages"):
        read_pdf(path)


def test_pdf_that_is_not_an_api_reference(tmp_path):
    pytest.importorskip("reportlab")
    from extractor.pipeline import build_spec
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    c.drawString(72, 720, "Dear reader, this is a letter and not a manual.")
    c.save()
    with pytest.raises(InputError, match="not an API reference"):
        build_spec(path, use_cache=False)


def _pdf_with_a_broken_page(tmp_path, number: int) -> Path:
    """The sample with page `number`'s object unreachable (its cross-reference entry points
    into the file header): PDFium cannot load that page; every other page reads."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    data = bytearray(SAMPLE_PDF.read_bytes())
    with SAMPLE_PDF.open("rb") as fh:
        objid = list(PDFPage.create_pages(PDFDocument(PDFParser(fh))))[number - 1].pageid
    start = int(re.search(rb"startxref\s+(\d+)", bytes(data[-64:])).group(1))
    head = re.match(rb"xref\s*\n(\d+) (\d+)\s*\n", bytes(data[start:start + 40]))
    entry = start + head.end() + (objid - int(head.group(1))) * 20
    assert data[entry + 10:entry + 17] == b" 00000 "
    data[entry:entry + 10] = b"0000000009"
    path = tmp_path / "broken-page.pdf"
    path.write_bytes(bytes(data))
    return path


def test_unreadable_page_is_a_finding_and_the_rest_is_built(tmp_path):
    """A page the PDF reader cannot load loses its content, not the manual: an error
    finding names the page, the other pages are read as before, `--fail-on error` exits 1.
    The page is not cached as read (a second run reports it again)."""
    from extractor.pipeline import build_spec
    path = _pdf_with_a_broken_page(tmp_path, 33)
    cache = tmp_path / "cache"
    for _ in range(2):
        damaged = build_spec(path, use_cache=True, cache_dir=cache)
        lost = [f for f in damaged.api.findings if f.kind == "page-unreadable"]
        assert [(f.severity, f.loc.page) for f in lost] == [("error", 33)]
    intact = build_spec(SAMPLE_PDF, use_cache=False)
    assert damaged.errors == []

    def sections(doc):
        return sorted(op["x-source"]["section"] for item in doc["paths"].values()
                      for op in item.values())
    assert sections(damaged.doc) == sections(intact.doc)
    from extractor.blocks import Notice
    blocks = read_pdf(path)
    assert [type(b) for b in blocks if b.loc.page == 33] == [Notice]
    assert any(b.loc.page == 32 for b in blocks) and any(b.loc.page == 34 for b in blocks)
    proc = subprocess.run([sys.executable, "-m", "extractor", "build", str(path), "--no-cache",
                           "-o", str(tmp_path / "out"), "--fail-on", "error"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 1 and "page-unreadable (1)" in proc.stderr.splitlines()[-1]
    assert (tmp_path / "out" / "evs.openapi.yaml").is_file()


def test_pdf_pdfminer_cannot_parse_is_read_as_pdfium_repairs_it(tmp_path):
    """A page dictionary pdfminer cannot parse (a MediaBox opened with `(`): PDFium still
    opens the file, so it is read page by page, uncached, with a `pdf-repaired` warning,
    instead of being refused as corrupt."""
    from extractor.pipeline import build_spec
    data = SAMPLE_PDF.read_bytes()
    at = [m.start() for m in re.finditer(rb"/MediaBox \[", data)][5]
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data[:at] + b"/MediaBox (" + data[at + len(b"/MediaBox ["):])
    cache = tmp_path / "cache"
    damaged = build_spec(path, use_cache=True, cache_dir=cache)
    notes = [f for f in damaged.api.findings if f.kind == "pdf-repaired"]
    assert [(f.severity, f.loc.page) for f in notes] == [("warning", 1)]
    assert not list(cache.rglob("*.pkl"))          # nothing of it cached
    intact = build_spec(SAMPLE_PDF, use_cache=False)
    assert sorted(damaged.doc["paths"]) == sorted(intact.doc["paths"])


def test_pdf_with_no_readable_page_is_refused(monkeypatch):
    from extractor.sources import pdf as pdf_mod

    def broken(page, number):
        raise RuntimeError("Failed to load page.")
    monkeypatch.setattr(pdf_mod, "read_page", broken)
    with pytest.raises(InputError, match="no page could be read: page 1: Failed to load page"):
        pdf_mod.read_pdf(SAMPLE_PDF, use_cache=False, workers=1)


@pytest.mark.parametrize("kind", ["truncated", "text"])
def test_cli_bad_pdf_exits_2_with_one_line(tmp_path, kind):
    path = tmp_path / "bad.pdf"
    data = SAMPLE_PDF.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[:5000])
    else:
        pytest.importorskip("reportlab")
        c = _canvas(path)
        c.drawString(72, 720, "Hello")
        c.save()
    proc = subprocess.run([sys.executable, "-m", "extractor", "build", str(path), "--no-cache",
                           "-o", str(tmp_path / "out")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert str(path) in lines[0]
    assert not (tmp_path / "out").exists()


# -- the whole manual -------------------------------------------------------------------


def _renderer():
    pytest.importorskip("reportlab")
    if not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    sys.path.insert(0, str(ROOT / "tools"))
    import render_pdf
    return render_pdf


def full_manual_pdf() -> Path:
    """The shipped manual rendered to PDF, cached under .cache/pdf/ (git-ignored)."""
    render = _renderer()
    stamp = FULL_PDF.with_suffix(".source")
    import hashlib
    digest = hashlib.sha256(MANUAL.read_bytes() + Path(render.__file__).read_bytes()).hexdigest()
    if not FULL_PDF.exists() or not stamp.exists() or stamp.read_text() != digest:
        FULL_PDF.parent.mkdir(parents=True, exist_ok=True)
        tmp = FULL_PDF.with_suffix(".tmp")
        render.render(MANUAL.read_text(encoding="utf-8"), tmp)
        shutil.move(tmp, FULL_PDF)
        stamp.write_text(digest)
    return FULL_PDF


def test_renderer_is_deterministic(tmp_path):
    render = _renderer()
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render.render(text, a)
    render.render(text, b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.slow
def test_full_manual_pdf_spec_equals_text_spec():
    pdf = full_manual_pdf()
    from_text, from_pdf = assert_same_spec(MANUAL, pdf)
    assert len(from_pdf.doc["paths"]) == len(from_text.doc["paths"]) > 50
