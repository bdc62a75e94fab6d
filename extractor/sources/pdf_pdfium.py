"""A page's drawn objects read with PDFium (pypdfium2): characters, rules and boxes.

PDFium parses a page's content some 25 times faster than pdfminer, so the page reader
uses it (pdfminer still opens the document: its errors name encrypted and corrupt
files, and the cache keys hash its objects). Plain dicts in top-based coordinates:

- chars: the text page's characters, not the spaces PDFium generates itself (a char
  after one has `gap`: the line reader puts a space there even where the gap is
  narrow; where it draws a space glyph, some producers' glyph is such a space); boxes from the font's ascent and descent, the
  baseline from the glyph origin. A glyph whose text is several letters (a ligature)
  becomes one character per letter, each an equal share of its width.
- paths: each subpath (into form XObjects, matrices composed) as a line (two points),
  a rectangle (four corners) or a curve's bounding box, with its fill and stroke.
"""
from __future__ import annotations

import ctypes

import pypdfium2.raw as raw

from .pdf_glyphs import glyph_text

_FONT_BUF = 256
ICON_MAX = 14            # a filled shape at most this big (pt) may be a bullet or an icon


def page_objects(page) -> tuple[list[dict], list[dict], list[dict]]:
    """(chars, lines, rects) of a pypdfium2 page."""
    height = page.get_height()
    return _chars(page, height), *_paths(page, height)


def _chars(page, height: float) -> list[dict]:
    tp = page.get_textpage()
    try:
        return _read_chars(tp.raw, height)
    finally:
        tp.close()


def _proto(fn, restype, *argtypes):
    """`fn` (a pypdfium2 binding) with plain integer arguments: addresses, not ctypes
    pointer objects, which cost a conversion on every call."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_P, _I = ctypes.c_void_p, ctypes.c_int
_unicode_of = _proto(raw.FPDFText_GetUnicode, ctypes.c_uint, _P, _I)
_generated = _proto(raw.FPDFText_IsGenerated, _I, _P, _I)
_loose_box = _proto(raw.FPDFText_GetLooseCharBox, _I, _P, _I, _P)
_origin = _proto(raw.FPDFText_GetCharOrigin, _I, _P, _I, _P, _P)
_text_object = _proto(raw.FPDFText_GetTextObject, _P, _P, _I)
_SKIP = frozenset((0, 10, 13, 0xfffe, 0xffff))


def _read_chars(tp, height: float) -> list[dict]:
    """The text page's characters. The font, size and angle are the text object's (one
    show operation's), so they are asked for once per object; a char's box and origin
    are its own."""
    n = raw.FPDFText_CountChars(tp)
    handle = ctypes.cast(tp, ctypes.c_void_p).value
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    at_rect, at_ox, at_oy = ctypes.addressof(rect), ctypes.addressof(ox), ctypes.addressof(oy)
    unicode_of, generated, loose_box, origin, text_object = \
        _unicode_of, _generated, _loose_box, _origin, _text_object
    objects: dict[int, tuple[str, float, bool]] = {}    # text object -> font, size, upright
    fonts: dict[bytes, str] = {}
    out: list[dict] = []
    pending: list[dict] = []                # one glyph's several letters
    gap = False                             # PDFium saw a word gap before the next char
    for i in range(n):
        code = unicode_of(handle, i)
        if code == 32:
            if generated(handle, i):        # PDFium generates spaces and line ends only
                gap = True
                continue
        elif code in _SKIP or 0xd800 <= code <= 0xdfff:
            continue
        text = "-" if code == 2 else chr(code)     # PDFium's mark for a line-end hyphen
        if 0x2e80 <= code <= 0x2fdf or 0xfb00 <= code <= 0xfb06:
            text = glyph_text(text)
        obj = text_object(handle, i)
        info = objects.get(obj) if obj else None
        if info is None:
            info = _object_info(tp, i, fonts)
            if obj:
                objects[obj] = info
        loose_box(handle, i, at_rect)
        origin(handle, i, at_ox, at_oy)
        c = {"text": text, "fontname": info[0], "size": info[1], "x0": rect.left,
             "x1": rect.right, "y0": rect.bottom,
             "matrix": (1.0, 0.0, 0.0, 1.0, ox.value, oy.value),
             "top": height - rect.top, "bottom": height - rect.bottom,
             "upright": info[2], "gap": gap}
        gap = False
        if pending and c["x0"] == pending[0]["x0"] and c["x1"] == pending[0]["x1"] \
                and c["y0"] == pending[0]["y0"]:
            pending.append(c)               # PDFium repeats a ligature's box per letter
            continue
        if len(pending) == 1 and len(pending[0]["text"]) == 1:
            out.append(pending[0])
        else:
            _flush(pending, out)
        pending = [c]
    _flush(pending, out)
    return out


def _object_info(tp, i: int, fonts: dict) -> tuple[str, float, bool]:
    """Char `i`'s font name, size as drawn (the Tf size times the matrix's scale) and
    whether it is upright."""
    mat = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(tp, i, mat)
    size = raw.FPDFText_GetFontSize(tp, i) * (mat.c * mat.c + mat.d * mat.d) ** 0.5
    buf = ctypes.create_string_buffer(_FONT_BUF)
    flags = ctypes.c_int()
    length = raw.FPDFText_GetFontInfo(tp, i, buf, _FONT_BUF, flags)
    key = buf.raw[:max(0, length - 1)]
    name = fonts.get(key)
    if name is None:
        name = fonts[key] = key.decode("utf-8", "replace")
    return name, size, abs(raw.FPDFText_GetCharAngle(tp, i)) < 0.01


def _flush(glyph: list[dict], out: list[dict]) -> None:
    """Emit one glyph's characters, splitting its width among all its letters."""
    letters = [(c, ch) for c in glyph for ch in c["text"]]
    if not letters:
        return
    first = glyph[0]
    if len(letters) == 1:
        out.append(first)
        return
    step = (first["x1"] - first["x0"]) / len(letters)
    for k, (c, ch) in enumerate(letters):
        out.append({**first, "text": ch, "x0": first["x0"] + k * step,
                    "x1": first["x0"] + (k + 1) * step})


def _paths(page, height: float) -> tuple[list[dict], list[dict]]:
    lines: list[dict] = []
    rects: list[dict] = []
    stack = [(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (1, 0, 0, 1, 0, 0))]
    while stack:
        holder, count, get, outer = stack.pop()
        for k in range(count(holder)):
            obj = get(holder, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                stack.append((obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject,
                              _compose(_matrix(obj), outer)))
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                _path(obj, _compose(_matrix(obj), outer), height, lines, rects)
    return lines, rects


def _matrix(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _path(obj, m: tuple, height: float, lines: list, rects: list) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    filled, stroked = fill.value != 0, bool(stroke.value)
    if not filled and not stroked:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    sub: list[tuple[float, float]] = []
    curved = False
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(seg)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px = m[0] * x.value + m[2] * y.value + m[4]
        py = m[1] * x.value + m[3] * y.value + m[5]
        if kind == raw.FPDF_SEGMENT_MOVETO and sub:
            _emit(sub, curved, filled, stroked, height, lines, rects)
            sub, curved = [], False
        curved |= kind == raw.FPDF_SEGMENT_BEZIERTO
        sub.append((px, py))
    if sub:
        _emit(sub, curved, filled, stroked, height, lines, rects)


def _emit(points, curved, filled, stroked, height, lines, rects) -> None:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    shape = {"x0": min(xs), "x1": max(xs), "top": height - max(ys),
             "bottom": height - min(ys), "fill": filled, "stroke": stroked}
    w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
    if len(points) == 2 and not curved:
        lines.append(shape)
    elif not curved and len({round(v, 1) for v in xs}) <= 2 and len({round(v, 1) for v in ys}) <= 2:
        rects.append(shape)                     # an axis-aligned rectangle
    elif w < 2 or h < 2:
        lines.append(shape)                     # a curve as thin as a rule
    elif filled and w <= ICON_MAX and h <= ICON_MAX:
        rects.append(shape)                     # a disc or an icon
