"""The fast character-class compiler compiles every pattern exactly as `re` does."""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from re import _compiler, _parser

import extractor
from extractor import regex_charsets


def _code(pattern: str, flags: int) -> list:
    p = _parser.parse(pattern, flags)
    return _compiler._code(p, p.state.flags)


def _project_patterns() -> set[tuple[str, int]]:
    """Every compiled pattern held by a module of the project (and what it imports)."""
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        if ".generate." in info.name or info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:              # an optional front end's library is missing
            continue
    return {(v.pattern, v.flags) for m in list(sys.modules.values()) if m is not None
            for v in list(vars(m).values())
            if isinstance(v, re.Pattern) and isinstance(v.pattern, str)}


def test_every_pattern_compiles_to_the_same_code():
    patterns = _project_patterns()
    assert len(patterns) > 100
    saved = _compiler._optimize_charset
    try:
        _compiler._optimize_charset = regex_charsets._original
        expected = {p: _code(*p) for p in patterns}
        _compiler._optimize_charset = regex_charsets._optimize_charset
        got = {p: _code(*p) for p in patterns}
    finally:
        _compiler._optimize_charset = saved
    assert got == expected


def test_classes_of_every_shape_and_install():
    shapes = ["[\u4e00-\u9fff]", "[^\\x00-\\x1f\\u2028\\U0010ffff]", "[\\u3000-\\u9fff\\uff00-\\uffef\\s)]",
              "[\\U00010000-\\U0010ffff]", "(?i)[\u4e00-\u4e08A-Z]", "[\u00a0-\u00ff]",
              "[\u0100-\u01ff\u0300-\u03ff\u0500-\u05ff]", "x", "[^a]"]
    saved = _compiler._optimize_charset
    try:
        _compiler._optimize_charset = regex_charsets._original
        expected = [_code(s, 0) for s in shapes]
        _compiler._optimize_charset = regex_charsets._optimize_charset
        assert [_code(s, 0) for s in shapes] == expected
        _compiler._optimize_charset = regex_charsets._original
        assert regex_charsets.install() is True
        assert _compiler._optimize_charset is regex_charsets._optimize_charset
        assert re.compile("[\u4e00-\u9fff]+").findall("ab云硬盘cd列表") == ["云硬盘", "列表"]
    finally:
        _compiler._optimize_charset = saved
