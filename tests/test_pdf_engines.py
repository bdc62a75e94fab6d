"""The manual laid out by other engines (headless Chromium, WeasyPrint: their own fonts,
margins, column widths, code wrapping, print templates) reads back into the same spec
as the text: operations, parameters, body fields, types, enums, statuses and parsed
examples (tests/pdf_compare.py). Fixture slices in the normal run, the whole manual
(rendered once, cached under .cache/pdf/ by content hash) in the slow run."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractor.blocks import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_compare import REQUIRED, accept_unsettled, compare, format_report  # noqa: E402

pdfplumber = pytest.importorskip("pdfplumber")

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "pdf"
SAMPLE_TXT = FIXTURE_DIR / "evs-sample.txt"
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
ENGINES = ("chromium", "weasyprint")
PRODUCERS = {"chromium": "Skia", "weasyprint": "WeasyPrint"}


@pytest.fixture(scope="module")
def text_spec():
    from extractor.pipeline import build_spec
    return build_spec(SAMPLE_TXT)


def assert_same_structure(text_built, pdf_built):
    """The same structural facts, but for differences the PDF build states as findings
    with their reason (pdf_compare.accept_unsettled)."""
    report = accept_unsettled(compare(text_built.doc, pdf_built.doc), pdf_built.doc,
                              pdf_built.api.findings)
    print(format_report(report))
    for cat in REQUIRED:
        assert not report[cat]["diffs"], (cat, report[cat]["diffs"][:5])
    assert report["operations"]["total"] > 0 and report["examples"]["total"] > 0
    assert pdf_built.errors == text_built.errors
    return report


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_fixture_builds_the_text_spec(engine, text_spec):
    from extractor.pipeline import build_spec
    pdf = FIXTURE_DIR / f"evs-sample-{engine}.pdf"
    with pdfplumber.open(pdf) as doc:
        assert PRODUCERS[engine] in str(doc.metadata.get("Producer", ""))
    assert_same_structure(text_spec, build_spec(pdf, use_cache=False))


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_fixture_quirks_are_there(engine):
    """The layout really differs: identifiers broken inside narrow cells (the document's
    words settle them), table headers repeated on every page, long code lines wrapped in
    their box, a running header and footer of the engine's own."""
    from extractor.sources.pdf import assemble, read_pages
    from extractor.sources.pdf_running import running_items
    from extractor.sources.pdf_text import SOFT
    pdf = FIXTURE_DIR / f"evs-sample-{engine}.pdf"
    pages = read_pages(pdf, use_cache=False)
    broken = [c for r in pages for i in r.items if i.kind == "table"
              for row in (i.block.header,) + tuple(x.cells for x in i.block.rows)
              for c in row if SOFT in c]
    assert broken, "no identifier was broken inside a cell"
    assert running_items(pages)
    blocks = assemble(pages)
    assert any(isinstance(b, Table) and b.repeated_headers for b in blocks)
    long_line = max((ln for ln in SAMPLE_TXT.read_text(encoding="utf-8").split("\n")
                     if ln.startswith("        // ")), key=len)
    with pdfplumber.open(pdf) as doc:
        rows = [ln.strip() for page in doc.pages[:40]
                for ln in (page.extract_text() or "").split("\n")]
    assert any(long_line.strip().startswith(r) for r in rows if len(r) > 40)
    assert long_line.strip() not in rows                  # wrapped inside its box


# -- the whole manual ------------------------------------------------------------------


def full_manual_pdf(engine: str) -> Path:
    """The shipped manual laid out by `engine`, cached by the hash of the manual and the
    renderers under .cache/pdf/ (git-ignored)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import render_html
    return render_html.rendered(MANUAL, engine, ROOT / ".cache" / "pdf")


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_full_manual_engine_pdf_builds_the_text_spec(engine, built):
    from extractor.pipeline import build_spec
    report = assert_same_structure(built, build_spec(full_manual_pdf(engine), use_cache=False))
    assert report["operations"]["total"] > 100


@pytest.mark.parametrize("engine", ENGINES)
def test_another_services_manual_laid_out_by_an_engine(engine, tmp_path):
    """A different API manual (another service, its own sections and tables) printed by
    an engine builds the same spec as its text: nothing in the reader is tuned to EVS."""
    from extractor.pipeline import build_spec
    sys.path.insert(0, str(ROOT / "tools"))
    import render_html
    second = ROOT / "tests" / "fixtures" / "second-manual.txt"
    pdf = tmp_path / f"second-{engine}.pdf"
    render_html.render(second.read_text(encoding="utf-8"), pdf, engine)
    assert_same_structure(build_spec(second), build_spec(pdf, use_cache=False))
