"""The CJK character sets the readers test, each defined once.

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

