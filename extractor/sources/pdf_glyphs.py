"""Glyph text as the reader meant it: ligatures expanded, CJK radicals made ideographs,
shared bullet glyphs made bullets.

- A ligature glyph (`fi`, `ffl`, U+FB00-FB06) stands for several letters: each gets
  its own character with an equal share of the glyph's width.
- CJK fonts draw a Kangxi radical (U+2F00-2FDF) or a CJK radical supplement character
  (U+2E80-2EFF) with the same glyph as the unified ideograph; producers that build
  the text map from the font's cmap then write `⽂` for `文`. Kangxi radicals map by
  their compatibility decomposition; the supplement by Unicode's
  EquivalentUnifiedIdeograph data (the BMP entries, below).
- The same fonts draw U+2022 BULLET with the glyph of U+00B7 MIDDLE DOT (and U+2027,
  U+30FB), and the text map names the lowest: a lone middle dot (not one of a leader's
  run, not between two Latin letters or digits as in `a·b`) is the bullet.
"""
from __future__ import annotations

import re
import unicodedata

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
             "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_SUPPLEMENT = (
    "⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹"
    "⺰纟⺱罓⺲罒⺹耂⺺肀⺾艹⺿艹⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青"
    "⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟")
RADICALS = {_SUPPLEMENT[k]: _SUPPLEMENT[k + 1] for k in range(0, len(_SUPPLEMENT), 2)}
SHARED_DOTS = "\u00b7\u2027\u30fb"
_LONE_DOT = re.compile(
    rf"(?<![{SHARED_DOTS}])[{SHARED_DOTS}](?![{SHARED_DOTS}])")
_LATIN = re.compile(r"[A-Za-z0-9]")


def glyph_text(text: str) -> str:
    """One glyph's text: a ligature's letters, a radical's ideograph."""
    if len(text) == 1:
        o = ord(text)
        if 0xfb00 <= o <= 0xfb06:
            return LIGATURES[text]
        if 0x2f00 <= o <= 0x2fdf:
            return unicodedata.normalize("NFKC", text)
        if 0x2e80 <= o <= 0x2eff:
            return RADICALS.get(text, text)
        return text
    return "".join(glyph_text(ch) for ch in text) if text else text


def bullets(text: str) -> str:
    """A line's lone middle dots that open a list item as bullets (`•`)."""
    if not any(d in text for d in SHARED_DOTS):
        return text
    return _LONE_DOT.sub(lambda m: m.group() if _between_latin(text, m.start()) else "•", text)


def _between_latin(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and bool(_LATIN.match(text[i - 1])) \
        and bool(_LATIN.match(text[i + 1]))
