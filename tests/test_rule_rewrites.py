"""Text rules written without a regular expression (to spare `re` compiling classes of
thousands of CJK characters, or one pattern per name) agree with the pattern that
defines them, on random texts built from the characters that matter to each rule."""
from __future__ import annotations

import random
import re

import pytest

from extractor.api.cells import clean_text, descriptions, marks
from extractor.api.op_errors import _names
from extractor.api.reference.table_reading import _join_cjk
from extractor.api.sections import _glued_label
from extractor.cjk import is_cjk_text, is_han, is_ideograph
from extractor.openapi_schemas import _structure_key
from extractor.sources.text import GLUED_PIECE_RE, _short_label

CJK = "\u4e00-\u9fff"


def _texts(alphabet: list[str], n: int = 40000, most: int = 10, seed: int = 15):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, most)))


def test_parameter_named_in_text_as_the_pattern_says():
    words = r"(?:param|parameter|filter|参数)"

    def pattern(name: str) -> re.Pattern:
        word = rf"(?<![A-Za-z0-9_\-]){re.escape(name)}(?![A-Za-z0-9_\-])"
        if re.search(r"[_\-]|.[A-Z]", name):
            return re.compile(word)
        return re.compile(rf"{words}\s?{word}|{word}\s?{words}")

    names = ["limit", "sort_key", "X-Client-Token", "name", "a", "Limit"]
    alphabet = ["param", "parameter", "filter", "参数", " ", "\n", "_", "-", "x", "1",
                "limit", "sort_key", "X-Client-Token", "name", "a", "Limit", "params", "."]
    rng = random.Random(3)
    for text in _texts(alphabet):
        name = rng.choice(names)
        assert _names(text, name) == (pattern(name).search(text) is not None), (text, name)


def test_cjk_wrap_spaces_joined_as_the_pattern_says():
    blocks = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
    wrap = re.compile(rf"(?<=[{blocks}])\s+(?=[{blocks}])")
    alphabet = [" ", "  ", "\t", "\n", "\u3000", "云", "盘", "（", "(", "a", "1", "\u4dbf",
                "\u3400", "\uffef", "\uf900", "\ufb00", "\u2003", "、"]
    for text in _texts(alphabet):
        assert _join_cjk(text) == re.sub(r"\s+", " ", wrap.sub("", text)).strip(), text


def test_glued_section_label_as_the_pattern_says():
    glued = re.compile(rf"^([{CJK}]{{2,6}})(请参见.*)$")
    alphabet = ["请参见", "请", "参", "见", "调用", "方法", "a", " ", "\n", "云", "[x](#)", "。"]
    for text in _texts(alphabet, most=8):
        m = glued.match(text)
        assert _glued_label(text) == (m.groups() if m else None), text


def test_glued_bold_piece_as_the_pattern_says():
    piece = re.compile(r"^(?:(?:[1-9]\d?(?:\.\d{1,2})+|[A-Z](?:\.\d{1,2})+)\s+\S.*"
                       r"|表\s*[0-9A-Z]+-\d+.*|状态码\s*[：:]\s*\d{3}"
                       rf"|[{CJK}A-Za-z ]{{2,12}})$")
    alphabet = ["a", "Z", " ", "云", "表", "6", "-", "1", ".", "状态码", "：", "\n", "é",
                "\u9fff", "\u4e00", "\u3000", "K"]
    for text in _texts(alphabet, most=14):
        assert bool(GLUED_PIECE_RE.match(text) or _short_label(text)) == bool(piece.match(text))


@pytest.mark.parametrize("test, cls", [
    (is_han, r"[\u4e00-\u9fff]"),                                     # the readers' `[一-鿿]`
    (is_ideograph, r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),     # naming's ideographs
    (is_cjk_text, r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"),
])
def test_cjk_sets_are_the_classes_they_replace(test, cls):
    pattern = re.compile(cls)
    for ch in map(chr, range(0x2f00, 0x10020)):
        assert test(ch) == bool(pattern.match(ch)), hex(ord(ch))


# The cell cleaner's mark rules as patterns (before they were written by code point, in
# api/cells/marks.py); the first three as they read before they were factored.
LIST_MARK = (r"[•●▪■◆]\s*|(?:(?<=[\s)）\u3000-\u9fff\uff00-\uffef])|^)-\s+(?!\d)"
             rf"|(?:(?<=\s)|^)-(?=[{CJK}])|(?:(?<=[\s。；;])|^)l\s+(?=[{CJK}])")
LINE_MARK = rf"^\s*(?:[•●▪■◆]\s*|-\s+|-(?=[{CJK}])|l\s+(?=[{CJK}]))"
CJK_GAP = (r"(?:(?<=[\s。，；：:,;.!?！？])|^)(?:参数解释|约束限制|取值范围|默认取值|功能说明|说明|注意|须知)"
           rf" (?=[{CJK}])|(?<=[{CJK}]) (?=[{CJK}])")
MID_MARK = rf"(?<=\s)(?<!^\d\. )(?<!^\d\d\. )-(?=[{CJK}])"
GLUED_BARE = rf"(?<=[{CJK}\])）)])(?=[A-Za-z_][A-Za-z0-9_\-]*\s*(?:[：:]|为))"
GLUED_CJK_KEY = rf"(?<=[A-Za-z0-9)）])(?=[{CJK}]{{1,8}}[：:])"

MARK_ALPHABET = ["-", " ", "  ", "l", "•", "◆", "云", "盘", "说明", "功能说明", "注意", "。", "；",
                 "1", "12", "a", ")", "）", "\u3001", "\u3000", "\uff01", "\n", "参数解释", "x",
                 ". ", "1. ", "12. ", "1a. ", "\u0663", "\u00b2", "\u4dff", "\ua000"]


def _gap_kept(m: re.Match) -> str:
    return m.group() if len(m.group()) > 1 else ""


@pytest.mark.parametrize("rule, pattern, apply", [
    (marks.list_marks, LIST_MARK, lambda p, t: [m.span() for m in p.finditer(t)]),
    (marks.line_mark_end, LINE_MARK, lambda p, t: p.match(t) and p.match(t).end()),
    (marks.split_mid_marks, MID_MARK, lambda p, t: p.split(t)),
    (marks.join_cjk_gaps, CJK_GAP, lambda p, t: p.sub(_gap_kept, t)),
])
def test_cell_mark_rules_as_the_patterns_say(rule, pattern, apply):
    old = re.compile(pattern)
    for text in _texts(MARK_ALPHABET, n=60000, most=12):
        assert rule(text) == apply(old, text), text


@pytest.mark.parametrize("rule, pattern", [
    (marks.split_bare_keys, GLUED_BARE), (marks.split_cjk_keys, GLUED_CJK_KEY)])
def test_glued_list_keys_split_as_the_patterns_say(rule, pattern):
    old = re.compile(pattern)
    alphabet = ["云", "盘", "数据盘", "云硬盘类型", "\u9fff", "\u4e00", "\u3400", "：", ":", "为", "a",
                "Z", "_", "-", "0", "9", ")", "）", "]", " ", "month", "SPEC_CHG", "\n", "é", "。"]
    for text in _texts(alphabet, n=60000, most=14):
        assert rule(text) == old.split(text), text


def test_description_value_heads_as_the_patterns_say():
    """Inline value lists (`"SATA"为…"SAS"为…`, `云硬盘"ESSD"为…`) and reversed ones
    (`降序: desc 升序: asc`): where a value heads its text, as the patterns said when they
    held the class of ideographs."""
    d = descriptions
    inline = re.compile(
        rf"(?:(?:(?<=[\s。；;，,])|^)(?:{d._head_q('q')}|(?P<b>{d._VALUE})){d._HEAD_SEP}"
        rf"|(?<=[{CJK}])(?:{d._head_q('cq')}{d._HEAD_SEP}|(?P<cb>{d._VALUE})\s*[:：]))\s*")
    reversed_ = re.compile(
        rf"\s*(?P<label>[{CJK}][^\s:：]{{0,15}})\s*[:：]\s*(?P<v>{d._VALUE})\s*"
        rf"(?:[。，,；;]|(?=[\s{CJK}])|$)")
    alphabet = ["云", "盘", "降序", "\u9fff", "\u4e00", "\u3400", "：", ":", "为", "表示", "代表",
                "SATA", "a", "Z", "_", ".", "-", "0", "1", " ", "  ", "\n", "\"", "“", "”", "‘",
                "’", "。", "，", ",", "；", "é", "ESSD 2"]
    groups = ("q", "b", "cq", "cb")
    rng = random.Random(7)
    for text in _texts(alphabet, n=60000, most=12):
        assert [(m.span(), m.group(*groups)) for m in d._inline_heads(text)] == \
            [(m.span(), m.group(*groups)) for m in inline.finditer(text)], text
        pos = rng.randint(0, len(text))
        m = reversed_.match(text, pos)
        assert d._reversed_pair(text, pos) == (m and (m.group("v"), m.group("label"), m.end())), \
            (text, pos)


LIST_PIECES = ["支持", "取值", "范围", "为", "是", "可选值", "枚举值", "结果为", "只有", "仅有", "包括",
               "目前", "仅", "不", "传", "：", " ", "A", "1", "、", "和", "。", "两", "种", "\""]
LABEL_PIECES = ["参数解释", "约束限制", "取值范围", "默认取值", "取值", "参数", " ", "\n", "：", "x"]
LENGTH_PIECES = ["长度", "字符", "字节", "位", "以内", "字符以内", "最大", "最大支持", "不超过", "个",
                 "为", "是", "范围", "长度为", "固定为", "-", "1", "1-2", " ", "：", "x"]


@pytest.mark.parametrize("pattern, words, pieces", [
    (descriptions._LIST_RE, descriptions._LIST_WORDS, LIST_PIECES),
    (descriptions._WEAK_RANGE_RE, (descriptions._WEAK_RANGE_WORD,), LIST_PIECES + ["如下", "当前"]),
    (clean_text._LABEL_RE, clean_text.LABELS, LABEL_PIECES),
    *((p, descriptions._LEN_WORDS, LENGTH_PIECES)
      for p in (*descriptions._LEN_RES, descriptions._LEN_RANGE_RE, descriptions._LEN_FIXED_RE)),
])
def test_patterns_match_only_texts_holding_their_words(pattern, words, pieces):
    """A text is scanned with these patterns only if it holds one of their words: every
    match holds one (random texts of the pieces the patterns are made of, most of them a
    piece then a short list). Every run of ideographs in the pattern's own text is a piece
    too, so a trigger word added to a pattern but not to its words fails here."""
    pieces = pieces + sorted(set(re.findall("[\u4e00-\u9fff]+", pattern.pattern)) - set(pieces))
    rng = random.Random(11)
    tails = list(_texts(["A", "1", "12", "、", "和", "/", " ", "。", "种", "两"], n=4000, most=6))
    matched = 0
    for text in _texts(pieces, n=60000, most=5):
        text += rng.choice(tails)
        if pattern.search(text):
            matched += 1
            assert any(w in text for w in words), text
    assert matched >= 20                     # the texts do reach the pattern


def test_structure_key_is_json_equality():
    """Two schemas share a key exactly where their JSON texts (keys sorted) are equal."""
    import json
    values = [1, 1.0, True, None, "1", [1], {"a": 1}, {"b": 1, "a": 1}, {"a": 1, "b": 1},
              {"properties": {"x": {"type": "string", "description": "d"}}},
              {"properties": {"x": {"type": "string"}}}, {"description": "only"}, {}]
    for a in values:
        for b in values:
            same = json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
            if isinstance(a, dict) and isinstance(b, dict):
                continue            # descriptions are no part of the structure: below
            assert (_structure_key(a) == _structure_key(b)) == same, (a, b)
    assert _structure_key({"b": 1, "a": [1, {"c": True}]}) == \
        _structure_key({"a": [1, {"c": True}], "b": 1})
    assert _structure_key({"a": [1, 2]}) != _structure_key({"a": [2, 1]})
    assert _structure_key({"a": {"c": 1}}) != _structure_key({"a": {"c": True}})
    assert _structure_key({"type": "string", "description": "a"}) == \
        _structure_key({"description": "b", "type": "string"})
    assert _structure_key({"properties": {"description": {"type": "string"}}}) != \
        _structure_key({"properties": {}})                  # a field named `description`


def test_see_also_words_hold_a_stem():
    """Texts without a see-also stem are not scanned for references: every word holds one."""
    from extractor.api.xrefs import SEE_STEMS, SEE_WORDS
    assert all(any(stem in word for stem in SEE_STEMS) for word in SEE_WORDS)


def test_true_false_words_as_the_ignore_case_pattern_says():
    from extractor.api.types import _TRUE_FALSE_RE
    word = r"(?<![A-Za-z]){}(?![A-Za-z])"
    old = re.compile(f"{word.format('true')}.*{word.format('false')}|"
                     f"{word.format('false')}.*{word.format('true')}", re.I | re.S)
    # (the ignore-case class also took the Kelvin sign and the long s, which no word
    # beside a flag holds; they are left out of the alphabet)
    alphabet = ["true", "TRUE", "True", "false", "FALSE", "False", "x", "Z", "1", " ", "\n",
                "是", "，", "tru", "alse", "_", "trueness"]
    for text in _texts(alphabet):
        assert bool(_TRUE_FALSE_RE.search(text)) == bool(old.search(text)), text


def test_sdk_calls_as_the_word_boundary_pattern_says():
    from extractor.naming import sdk_calls
    old = re.compile(r"\bclient\.([A-Za-z_][A-Za-z0-9_]*)\s*\(")
    alphabet = ["client", ".", "create_volume", "showJob", " ", "(", "my", "_", "\n", "x1",
                "客户", "é", "client.", "(\n", "\t"]
    for text in _texts(alphabet, most=12):
        assert sdk_calls(text) == old.findall(text), text


def test_labels_found_as_the_lookbehind_pattern_says():
    old = re.compile(rf"(?:(?<=\s)|^)({'|'.join(marks.LABELS)})(?=[\s：:]|$)")
    alphabet = [*marks.LABELS, "默认", "取值", "范围", " ", "\n", "：", ":", "\u3000", "x",
                "。", "说明"]
    for text in _texts(alphabet, most=8):
        got = [(m.start(), m.end(), m.group(1)) for m in clean_text.label_matches(text)]
        assert got == [(m.start(), m.end(), m.group(1)) for m in old.finditer(text)], text


def test_title_ends_tested_before_the_end_anchored_patterns():
    from extractor import vocab
    from extractor.manual import DEPRECATED_RE, strip_deprecation
    alphabet = ["创建云硬盘", "（", "）", "(", ")", "废弃", "已废弃", "Discarded", " ", "\n",
                "请求参数", "响应参数", "Example Request", "x", "。"]
    qualifier = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
    labels = vocab._labels()
    for text in _texts(alphabet, most=6):
        m = DEPRECATED_RE.search(text)
        assert strip_deprecation(text) == ((text[:m.start()].strip(), True) if m
                                           else (text.strip(), False)), text
        t = vocab._norm(text)
        kind = labels.get(t)
        if kind is None and qualifier.search(t):
            kind = labels.get(qualifier.sub("", t))
        assert vocab.section_label(text) == kind, text


def test_space_runs_squashed_only_where_the_precheck_sees_them():
    # _Lines.end squashes space runs only in a text with two spaces or an unprintable
    # character: every text the squash would change has one of them
    alphabet = [" ", "  ", "\t", "\u00a0", "\u2002", "\u2003", "\u3000", "a", "云", "\n",
                "\u2028", "x y"]
    for text in _texts(alphabet, most=6):
        if clean_text._SPACES_RE.sub(" ", text) != text:
            assert "  " in text or not text.isprintable(), text


def test_see_also_precheck_as_the_word_test_says():
    from extractor.api import xrefs
    alphabet = ["参", "考", "见", "请", "见", "参考", "参见", "请见", "a", " ", "。"]
    for text in _texts(alphabet, most=6):
        assert xrefs.may_refer(text) == any(w in text for w in xrefs.SEE_STEMS), text
