"""The CJK character sets the readers, the cell cleaner and the site test, each defined
once, here.

Tested by code point: a regular-expression class of twenty thousand ideographs takes
`re` milliseconds to compile on every run. `HAN` is the class text for the patterns that
need one.
"""
from __future__ import annotations

HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"      # CJK Unified Ideographs: the common Han
HAN = f"{HAN_FIRST}-{HAN_LAST}"               # ... as a character-class range
# Han plus Extension A and the compatibility ideographs
IDEOGRAPH_BLOCKS = (("\u3400", "\u4dbf"), (HAN_FIRST, HAN_LAST), ("\uf900", "\ufaff"))
# ideographs plus CJK punctuation and full-width forms: what CJK running text is made of
CJK_TEXT_BLOCKS = IDEOGRAPH_BLOCKS + (("\u3000", "\u303f"), ("\uff00", "\uffef"))


def is_han(ch: str) -> bool:
    return HAN_FIRST <= ch <= HAN_LAST


def is_ideograph(ch: str) -> bool:
    return any(lo <= ch <= hi for lo, hi in IDEOGRAPH_BLOCKS)


def is_cjk_text(ch: str) -> bool:
    return any(lo <= ch <= hi for lo, hi in CJK_TEXT_BLOCKS)


# what a PDF line break beside which needs no space is made of (pdf_text.py): CJK
# ideographs and radicals, kana, Hangul, full-width forms, CJK and general punctuation
PDF_CJK_BLOCKS = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x3000, 0x303F),
                  (0x2010, 0x2027), (0xAC00, 0xD7AF))


def is_pdf_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in PDF_CJK_BLOCKS)


def is_cjk_or_fullwidth(ch: str) -> bool:
    """CJK punctuation through the common Han (kana, radicals, Extension A) and the
    full-width forms: the text a cell's dash item mark may stand before (marks.py)."""
    return "\u3000" <= ch <= HAN_LAST or "\uff00" <= ch <= "\uffef"


# what the site takes for Chinese: its search index (CJK terms matched as substrings) and
# a page's language
SITE_IDEOGRAPH_BLOCKS = (("\u3400", HAN_LAST), ("\uf900", "\ufaff"))


def has_site_ideograph(text: str) -> bool:
    return any(lo <= ch <= hi for ch in text for lo, hi in SITE_IDEOGRAPH_BLOCKS)
