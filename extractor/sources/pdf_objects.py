"""A page's drawn objects as plain dicts: characters, rules and filled boxes.

Walks pdfplumber's pdfminer layout tree directly (into form XObjects too) and keeps
only the fields the page reader uses, in pdfplumber's top-based coordinates; this
skips pdfplumber's generic per-object conversion, nearly half of a page's parse time.
"""
from __future__ import annotations

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect


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
            chars.append({
                "text": obj.get_text(), "fontname": obj.fontname, "size": obj.size,
                "x0": obj.x0, "x1": obj.x1, "y0": obj.y0, "matrix": obj.matrix,
                "top": height - obj.y1, "bottom": height - obj.y0, "upright": obj.upright,
            })
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
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj))
    return chars, lines, rects


def _is_rule(shape: dict) -> bool:
    return (shape["x1"] - shape["x0"]) < 2 or (shape["bottom"] - shape["top"]) < 2
