"""Fonts and glyphs in PDFs from other producers: ligatures (a glyph mapped to several
letters, and the U+FB00-FB06 forms), CJK radicals and the bullet glyph CJK fonts share
with the middle dot, fonts with no FontBBox, CID (Identity-H) fonts; pdfminer's
logging never reaches the terminal."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extractor.blocks import Paragraph

ROOT = Path(__file__).resolve().parents[1]


def read_pdf(path):
    from extractor.sources.pdf import read_pdf as _read
    return _read(path, use_cache=False)


def write_pdf(path: Path, text_ops: bytes, font: bytes, extra: list[bytes] = ()) -> Path:
    """A one-page PDF drawing `text_ops` with font object 4 (`font`); objects 5... are
    `extra`. Offsets and the xref table are computed, so pdfminer reads it cleanly."""
    stream = b"BT /F1 12 Tf 72 720 Td " + text_ops + b" Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents %d 0 R >>" % (5 + len(extra)),
            font, *extra,
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def to_unicode(pairs: dict[int, str]) -> bytes:
    lines = b"".join(b"<%02X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode())
                     for code, text in pairs.items())
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            + b"%d beginbfchar\n" % len(pairs) + lines + b"endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"


def test_ligature_glyphs_mapped_to_several_letters(tmp_path):
    """A TeX-like font: one glyph each for `fi`, `ffl`, `fl`, `ff` and `ffi` (its text
    map gives two or three letters): the read neither crashes nor loses a letter."""
    widths = b" ".join([b"556", b"833", b"556", b"556", b"833"] + [b"500"] * 117)
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 122 "
            b"/Widths [" + widths + b"] /ToUnicode 5 0 R >>")
    ops = b"(\\001nd the ra\\002e speci\\001cation, \\003ow o\\004er o\\005ce)"
    path = write_pdf(tmp_path / "lig.pdf", ops, font,
                     [to_unicode({1: "fi", 2: "ffl", 3: "fl", 4: "ff", 5: "ffi"})])
    # the bytes that are not mapped keep their standard encoding (WinAnsi letters)
    blocks = read_pdf(path)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == \
        ["find the raffle specification, flow offer office"]


def test_unicode_ligature_forms_expanded(tmp_path):
    from extractor.sources.pdf_glyphs import glyph_text
    assert [glyph_text(ch) for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"] == \
        ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 122 "
            b"/Widths [" + b" ".join([b"556"] * 122) + b"] /ToUnicode 5 0 R >>")
    path = write_pdf(tmp_path / "fb.pdf", b"(\\001eld o\\002ine)", font,
                     [to_unicode({1: "\ufb01", 2: "\ufb04"})])
    assert [b.text for b in read_pdf(path)] == ["field offline"]


def test_cjk_radicals_and_shared_bullet_glyph(tmp_path):
    """A CJK font whose text map names Kangxi/supplement radicals for ideographs and the
    middle dot for the bullet (as Chromium writes Noto Sans CJK)."""
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 5 "
            b"/Widths [1000 1000 1000 1000 500] /ToUnicode 5 0 R >>")
    path = write_pdf(tmp_path / "cjk.pdf", b"(\\005 \\001\\002\\003\\004)", font,
                     [to_unicode({1: "\u2f42", 2: "\u6863", 3: "\u8bf7", 4: "\u2ec5",
                                  5: "\u00b7"})])
    assert [b.text for b in read_pdf(path)] == ["• 文档请见"]
    from extractor.sources.pdf_glyphs import bullets
    assert bullets("a·b") == "a·b" and bullets("x · · · · 5").count("•") == 4
    assert bullets("范围 <ul>· prePaid: 包年包月· postPaid: 按需") == \
        "范围 <ul>• prePaid: 包年包月• postPaid: 按需"


def test_font_without_descriptor_bbox_reads_quietly(tmp_path):
    """A font whose descriptor has no FontBBox: pdfminer warns on every glyph; none of
    it reaches the terminal, not even from the command (which fails in one line: the
    PDF is no manual)."""
    font = (b"<< /Type /Font /Subtype /TrueType /BaseFont /NoBox /FirstChar 32 /LastChar 122 "
            b"/Widths [" + b" 500" * 91 + b"] /FontDescriptor 5 0 R >>")
    desc = b"<< /Type /FontDescriptor /FontName /NoBox /Flags 32 /ItalicAngle 0 >>"
    path = write_pdf(tmp_path / "nobox.pdf", b"(Hello without a box)", font, [desc])
    assert [b.text for b in read_pdf(path)] == ["Hello without a box"]
    proc = subprocess.run([sys.executable, "-m", "extractor", "build", str(path), "-q",
                           "--no-cache", "-o", str(tmp_path / "out")], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "FontBBox" not in proc.stderr and str(path) in lines[0]


def test_font_without_any_descriptor_reads_quietly(tmp_path, capfd):
    """A simple TrueType font with no FontDescriptor at all (only the standard 14 may
    omit it): read by its widths, and nothing is logged or printed."""
    font = (b"<< /Type /Font /Subtype /TrueType /BaseFont /Undescribed /FirstChar 32 "
            b"/LastChar 122 /Widths [" + b" 500" * 91 + b"] >>")
    path = write_pdf(tmp_path / "nodesc.pdf", b"(Read me anyway)", font)
    assert [b.text for b in read_pdf(path)] == ["Read me anyway"]
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_quiet_build_of_an_engine_pdf_prints_nothing(tmp_path):
    """`-q` means errors only: the Chromium fixture (fonts with no FontBBox, on which
    pdfminer warns) builds with findings and prints nothing at all."""
    pdf = ROOT / "tests" / "fixtures" / "pdf" / "evs-sample-chromium.pdf"
    proc = subprocess.run([sys.executable, "-m", "extractor", "build", str(pdf), "-q",
                           "--no-cache", "-o", str(tmp_path / "out")], capture_output=True,
                          text=True, cwd=ROOT, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and proc.stderr == ""
    assert (tmp_path / "out" / "evs.findings.json").read_text(encoding="utf-8").count("kind") > 0


def test_cid_identity_h_font_without_bbox(tmp_path):
    """Chromium's output: Type0 fonts with Identity-H encoding, their descriptors with
    no FontBBox; the engine fixtures are such PDFs. Reading one logs nothing."""
    import logging
    pdf = ROOT / "tests" / "fixtures" / "pdf" / "evs-sample-chromium.pdf"
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        fonts = doc.pages[3].page_obj.resources["Font"]
        kinds = {str(f.resolve().get("Subtype")) + str(f.resolve().get("Encoding"))
                 for f in fonts.values()}
    assert any("Type0" in k and "Identity-H" in k for k in kinds)

    class Catch(logging.Handler):
        records: list = []

        def emit(self, record):
            self.records.append(record)

    catch = Catch()
    logging.getLogger().addHandler(catch)
    try:
        from extractor.sources.pdf import read_pages
        read_pages(pdf, use_cache=False, workers=1)
    finally:
        logging.getLogger().removeHandler(catch)
    assert not [r for r in catch.records if r.name.startswith("pdfminer")]


@pytest.mark.parametrize("text,expected", [("\u2f42", "文"), ("\u2ec5", "见"), ("a", "a")])
def test_radical_table(text, expected):
    from extractor.sources.pdf_glyphs import glyph_text
    assert glyph_text(text) == expected
