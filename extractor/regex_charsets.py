"""Regular expressions whose character classes hold wide ranges, compiled at C speed.

Python's `re` compiler marks the characters of a class range one at a time, in a Python
loop (`re._compiler._optimize_charset`): one class of CJK ideographs (`[一-鿿]`, 20,992
characters) costs about 2 ms to compile, and the manual readers' patterns hold dozens of
such classes, as do PyYAML's and the JSONPath parser's: about 50 ms of every command.

`install()` puts in a version of that function that marks a range with one slice
assignment; the compiled patterns are the same, code for code. Classes compared ignoring
case keep the standard library's own function (each character is case-folded there), and
`install()` leaves `re` alone unless the two agree on sample classes that take every path
(another Python version may compile classes otherwise); a test compares every pattern of
the project. The command line installs it before the readers' modules are imported.
"""
from __future__ import annotations

import re
from re import _compiler, _constants, _parser

_original = _compiler._optimize_charset
_BMP = 0x10000


def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
    """`re._compiler._optimize_charset`, the table of a case-sensitive class filled by slices."""
    if fixup is not None:
        return _original(charset, iscased, fixup, fixes)
    LITERAL, RANGE, NEGATE = _constants.LITERAL, _constants.RANGE, _constants.NEGATE
    out, tail = [], []
    charmap = bytearray(256)
    for op, av in charset:
        if op is LITERAL or op is RANGE:
            lo, hi = (av, av) if op is LITERAL else av
            if hi >= len(charmap) and len(charmap) == 256:
                charmap += b"\0" * 0xff00           # a character beyond Latin-1: the BMP table
            if hi < len(charmap):
                charmap[lo:hi + 1] = b"\1" * (hi + 1 - lo)
            else:                                   # beyond the BMP: its BMP part marked
                if lo < _BMP:
                    charmap[lo:] = b"\1" * (_BMP - lo)
                tail.append((op, av))
        elif op is NEGATE:
            out.append((op, av))
        else:
            tail.append((op, av))
    runs = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            out.append((LITERAL, p) if q - p == 1 else (RANGE, (p, q - 1)))
        out += tail
        return (out, False) if len(out) < len(charset) else (charset, False)
    if len(charmap) == 256:
        out.append((_constants.CHARSET, _compiler._mk_bitmap(charmap)))
        return out + tail, False
    charmap = bytes(charmap)
    comps: dict[bytes, int] = {}
    mapping = bytearray(256)
    data = bytearray()
    for i in range(0, 0x10000, 256):
        chunk = charmap[i:i + 256]
        if chunk not in comps:
            comps[chunk] = len(comps)
            data += chunk
        mapping[i // 256] = comps[chunk]
    bits = _compiler._mk_bitmap(data)
    bits[0:0] = [len(comps)] + _compiler._bytes_to_codes(mapping)
    out.append((_constants.BIGCHARSET, bits))
    return out + tail, False


# Classes that take every path: Latin-1 only (runs, bitmap), beyond Latin-1 (runs, chunked
# bitmap), beyond the BMP, negated, with categories, one character, ignoring case.
SAMPLES = ("[a-c]", "[ace]", "[^a-c]", "[a-zA-Z0-9_]", "[\\s\u00e0-\u00ff]", "[\u0100-\u0180x]",
           "[\u4e00-\u4e80\u3000-\u3010a]", "[^\u4e00-\u4e10]", "[\u0250\u0300\u0350-\u0352]",
           "[\U00010000-\U0010ffff\ue000-\uf8ff]", "[\uff00-\U00010010]", "[\\w\u4e00-\u4e08]",
           "[“”‘’\"']", "[\u00ff\u0100]", "(?i)[a-z\u4e00-\u4e08]", "[\U00010000]", "[\\d\\D]")


def _code(pattern: str) -> list:
    p = _parser.parse(pattern, 0)
    return _compiler._code(p, p.state.flags)


def install() -> bool:
    """Use the fast class compiler where it compiles the samples as `re` does; True if so."""
    if _compiler._optimize_charset is _optimize_charset:
        return True
    try:
        expected = [_code(s) for s in SAMPLES]
        _compiler._optimize_charset = _optimize_charset
        if [_code(s) for s in SAMPLES] == expected:
            re.purge()
            return True
    except Exception:       # a compiler unlike the one this was written against
        pass
    _compiler._optimize_charset = _original
    return False
