"""A page's drawn objects as plain dicts: characters, rules and filled boxes.

Walks pdfplumber's pdfminer layout tree directly (into form XObjects too) and keeps
only the fields the page reader uses, in pdfplumber's top-based coordinates; this
skips pdfplumber's generic per-object conversion, nearly half of a page's parse time.
A glyph that stands for several letters (a ligature) becomes one character per letter,
each with an equal share of its width; small filled shapes (bullet discs, note icons)
are kept with the filled rectangles.
"""
from __future__ import annotations

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect

from .pdf_glyphs import glyph_text

ICON_MAX = 14            # a filled shape at most this big (pt) may be a bullet or an icon


def page_objects(page) -> tuple[list[dict], list[dict], list[dict]]:
    """(chars, lines, rects) of a pdfplumber page, in drawing order."""
    height = float(page.height)
    chars: list[dict] = []
    lines: list[dict] = []
    rects: list[dict] = []
    stack = [iter(page.layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTChar):
            text = glyph_text(obj.get_text())
            base = {"fontname": obj.fontname, "size": obj.size, "y0": obj.y0,
                    "matrix": obj.matrix, "top": height - obj.y1, "bottom": height - obj.y0,
                    "upright": obj.upright}
            if len(text) == 1:
                chars.append({"text": text, "x0": obj.x0, "x1": obj.x1, **base})
            else:
                step = (obj.x1 - obj.x0) / max(1, len(text))
                for k, ch in enumerate(text):
                    chars.append({"text": ch, "x0": obj.x0 + k * step,
                                  "x1": obj.x0 + (k + 1) * step, **base})
        elif isinstance(obj, (LTLine, LTRect, LTCurve)):
            shape = {"x0": obj.x0, "x1": obj.x1, "top": height - obj.y1,
                     "bottom": height - obj.y0, "fill": bool(obj.fill),
                     "stroke": bool(obj.stroke)}
            if isinstance(obj, LTLine):
                lines.append(shape)
            elif isinstance(obj, LTRect):
                rects.append(shape)
            elif _is_rule(shape):                   # a curve as thin as a rule
                lines.append(shape)
            elif shape["fill"] and _is_small(shape):  # a disc or an icon
                rects.append(shape)
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj))
    return chars, lines, rects


def _is_rule(shape: dict) -> bool:
    return (shape["x1"] - shape["x0"]) < 2 or (shape["bottom"] - shape["top"]) < 2


def _is_small(shape: dict) -> bool:
    return (shape["x1"] - shape["x0"]) <= ICON_MAX and (shape["bottom"] - shape["top"]) <= ICON_MAX
