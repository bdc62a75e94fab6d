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
  a rectangle (four corners) or a curve's bounding box, with its fill and stroke; a
  small image as a filled rectangle (an icon).
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
_get_matrix = _proto(raw.FPDFText_GetMatrix, _I, _P, _I, _P)
_font_size = _proto(raw.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
_font_info = _proto(raw.FPDFText_GetFontInfo, ctypes.c_ulong, _P, _I, _P, ctypes.c_ulong, _P)
_angle = _proto(raw.FPDFText_GetCharAngle, ctypes.c_float, _P, _I)
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
    objects = _Objects(handle)
    known = objects.known
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
        info = known.get(obj)
        if info is None:
            info = objects.ask(obj, i)
        loose_box(handle, i, at_rect)
        origin(handle, i, at_ox, at_oy)
        x0, x1, y0 = rect.left, rect.right, rect.bottom
        c = {"text": text, "fontname": info[0], "size": info[1], "x0": x0, "x1": x1, "y0": y0,
             "matrix": (1.0, 0.0, 0.0, 1.0, ox.value, oy.value),
             "top": height - rect.top, "bottom": height - y0, "upright": info[2], "gap": gap}
        gap = False
        if pending and x0 == pending[0]["x0"] and x1 == pending[0]["x1"] \
                and y0 == pending[0]["y0"]:
            pending.append(c)               # PDFium repeats a ligature's box per letter
            continue
        if len(pending) == 1 and len(pending[0]["text"]) == 1:
            out.append(pending[0])
        else:
            _flush(pending, out)
        pending = [c]
    _flush(pending, out)
    return out


class _Objects:
    """Font name, size as drawn (the Tf size times the matrix's scale) and uprightness
    of a page's text objects, asked of PDFium at each object's first char."""

    def __init__(self, handle: int):
        self.handle = handle
        self.known: dict[int, tuple[str, float, bool]] = {}
        self.fonts: dict[bytes, str] = {}
        self.matrix = raw.FS_MATRIX()
        self.buffer = ctypes.create_string_buffer(_FONT_BUF)
        self.flags = ctypes.c_int()

    def ask(self, obj: int | None, i: int) -> tuple[str, float, bool]:
        """Char `i`'s, kept for its text object `obj` (None: no object, ask each time)."""
        tp, mat, buf = self.handle, self.matrix, self.buffer
        _get_matrix(tp, i, ctypes.addressof(mat))
        size = _font_size(tp, i) * (mat.c * mat.c + mat.d * mat.d) ** 0.5
        length = _font_info(tp, i, ctypes.addressof(buf), _FONT_BUF,
                            ctypes.addressof(self.flags))
        key = buf.raw[:max(0, length - 1)]
        name = self.fonts.get(key)
        if name is None:
            name = self.fonts[key] = key.decode("utf-8", "replace")
        got = name, size, abs(_angle(tp, i)) < 0.01
        if obj:
            self.known[obj] = got
        return got


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
    page_handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    stack = [(page_handle, _count_objects, _get_object, (1, 0, 0, 1, 0, 0))]
    form, path, type_of = raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_PATH, _object_type
    while stack:
        holder, count, get, outer = stack.pop()
        for k in range(count(holder)):
            obj = get(holder, k)
            kind = type_of(obj)
            if kind == form:
                stack.append((obj, _count_form_objects, _get_form_object,
                              _compose(_matrix(obj), outer)))
            elif kind == path:
                _path(obj, _compose(_matrix(obj), outer), height, lines, rects)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                _image(_compose(_matrix(obj), outer), height, rects)
    return lines, rects


_count_objects = _proto(raw.FPDFPage_CountObjects, _I, _P)
_get_object = _proto(raw.FPDFPage_GetObject, _P, _P, _I)
_count_form_objects = _proto(raw.FPDFFormObj_CountObjects, _I, _P)
_get_form_object = _proto(raw.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = _proto(raw.FPDFPageObj_GetType, _I, _P)
_object_matrix = _proto(raw.FPDFPageObj_GetMatrix, _I, _P, _P)
_draw_mode = _proto(raw.FPDFPath_GetDrawMode, _I, _P, _P, _P)
_count_segments = _proto(raw.FPDFPath_CountSegments, _I, _P)
_segment = _proto(raw.FPDFPath_GetPathSegment, _P, _P, _I)
_segment_type = _proto(raw.FPDFPathSegment_GetType, _I, _P)
_segment_point = _proto(raw.FPDFPathSegment_GetPoint, _I, _P, _P, _P)


def _image(m: tuple, height: float, rects: list) -> None:
    """A small picture (its unit square placed by the matrix) counts as a filled shape:
    a note's icon or a bullet drawn as an image."""
    xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]]
    ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if 0 < w <= ICON_MAX and 0 < h <= ICON_MAX:
        rects.append({"x0": min(xs), "x1": max(xs), "top": height - max(ys),
                      "bottom": height - min(ys), "fill": True, "stroke": False})


def _matrix(obj: int) -> tuple:
    m = raw.FS_MATRIX()
    if not _object_matrix(obj, ctypes.addressof(m)):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _path(obj, m: tuple, height: float, lines: list, rects: list) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    _draw_mode(obj, ctypes.addressof(fill), ctypes.addressof(stroke))
    filled, stroked = fill.value != 0, bool(stroke.value)
    if not filled and not stroked:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    at_x, at_y = ctypes.addressof(x), ctypes.addressof(y)
    move, bezier = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    sub: list[tuple[float, float]] = []
    curved = False
    for k in range(_count_segments(obj)):
        seg = _segment(obj, k)
        kind = _segment_type(seg)
        _segment_point(seg, at_x, at_y)
        vx, vy = x.value, y.value
        px = m[0] * vx + m[2] * vy + m[4]
        py = m[1] * vx + m[3] * vy + m[5]
        if kind == move and sub:
            _emit(sub, curved, filled, stroked, height, lines, rects)
            sub, curved = [], False
        curved |= kind == bezier
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
