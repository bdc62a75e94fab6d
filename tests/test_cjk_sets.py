"""The CJK character sets, each defined once in cjk.py, are the sets their users tested
before they moved there (every Basic Multilingual Plane character checked)."""
from __future__ import annotations

import re

from extractor import cjk


def _bmp():
    return (chr(o) for o in range(0x10000) if not 0xD800 <= o <= 0xDFFF)


def test_pdf_line_join_set():
    def before(ch):
        o = ord(ch)
        return (0x2e80 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff or 0xff00 <= o <= 0xffef
                or 0x3000 <= o <= 0x303f or 0x2010 <= o <= 0x2027 or 0xac00 <= o <= 0xd7af)
    assert all(cjk.is_pdf_cjk(ch) == before(ch) for ch in _bmp())
    assert cjk.is_pdf_cjk("云") and cjk.is_pdf_cjk("，") and cjk.is_pdf_cjk("한")
    assert not cjk.is_pdf_cjk("a") and not cjk.is_pdf_cjk(" ")


def test_dash_mark_set():
    def before(ch):
        return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
    assert all(cjk.is_cjk_or_fullwidth(ch) == before(ch) for ch in _bmp())


def test_site_ideograph_set():
    def search_before(text):
        return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)
    lang_before = re.compile(r"[\u3400-\u9fff]")
    for ch in _bmp():
        assert cjk.has_site_ideograph(ch) == search_before(ch)
        # a page's language: the compatibility ideographs now count as Chinese too
        if not "\uf900" <= ch <= "\ufaff":
            assert cjk.has_site_ideograph(f"a{ch}b") == bool(lang_before.search(f"a{ch}b"))
    assert not cjk.has_site_ideograph("Elastic Volume Service")
    assert cjk.has_site_ideograph("EVS 云硬盘")
