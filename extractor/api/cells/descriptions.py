"""parse_description: a cleaned description cell -> its labelled parts and what they state."""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter

from ...cjk import is_han
from ..model import Description
from .clean_text import label_matches

_WS_RE = re.compile(r"\s+")

_NOT_APPLICABLE = {"不涉及", "无", "n/a", "na", "-", "—"}
_FUNC_PREFIX_RE = re.compile(r"^功能说明\s*[：:]\s*")
_PART_LEAD_RE = re.compile(r"^[\s：:]+")
# An unlabelled cell may still introduce its values: `…类型。取值范围：`, `取值范围如下：`,
# `当前支持的取值如下：`, `取值为：`.
_WEAK_RANGE_RE = re.compile(r"(?P<sup>(?:当前|目前)?支持的)?取值(?:范围)?(?:如下|为)?\s*[：:]")

_Q_OPEN = "\"“‘'"
_Q_CLOSE = "\"”’'"
_VALUE = r"[A-Za-z0-9](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?"
_QVALUE = rf"[{_Q_OPEN}]\s*[A-Za-z0-9][A-Za-z0-9_.\- ]*?\s*[{_Q_CLOSE}]"
_ITEM = rf"(?:{_QVALUE}|{_VALUE})"
_SEP = r"\s*(?:、|，|,|/|\||以及|和|或|及)\s*"
_COUNT = r"[一二两三四五六七八九十]+|\d+"
# `目前支持"SATA"，"SAS"…七种。`, `仅支持EVS、DSS、DESS。`, `只有SUCCESS 和 FAIL两种结果`,
# `枚举值: standard/flash。`; a list ending in `等` (non-exhaustive) does not match.
_LIST_RE = re.compile(
    rf"(?P<trig>(?<![不未])(?:目前|当前)?(?:只|仅)?支持(?:传)?|取值(?:范围)?(?:为|是)?|可选值(?:为|是|有)?"
    rf"|枚举值(?:为|是|有)?|结果为|只有|仅有|包括)"
    rf"\s*[：:]?\s*(?P<list>(?>{_ITEM}(?:{_SEP}{_ITEM})+))"
    rf"(?:\s*(?P<n>{_COUNT})\s*种|(?=\s*(?:[。；;]|$|[，,](?!\s*{_ITEM}))))")
_LIST_ALONE_RE = re.compile(
    rf"^\s*(?P<list>(?>{_ITEM}(?:{_SEP}{_ITEM})+))\s*(?:(?P<n>{_COUNT})\s*种\S*)?\s*[。；;.]?\s*$")
_LIST_ITEM_RE = re.compile(_ITEM)
# Words that every match of a pattern holds: a text without one is not scanned (a pattern
# that opens with alternatives or an assertion is tried at every position of the text).
_LIST_WORDS = ("支持", "取值", "可选值", "枚举值", "结果为", "只有", "仅有", "包括")   # _LIST_RE
_WEAK_RANGE_WORD = "取值"                                                       # _WEAK_RANGE_RE


def _head_q(group: str) -> str:
    """A quoted value heading a value's description, captured as `group`."""
    return rf"[{_Q_OPEN}]\s*(?P<{group}>[A-Za-z0-9][A-Za-z0-9_.\- ]*?)\s*[{_Q_CLOSE}]"


_SEP_WORDS = "[:：]|为|表示|代表"         # between a value and its description
_HEAD_SEP = rf"\s*(?:{_SEP_WORDS})"
# One bullet line `• VALUE: text`, `• "VALUE"为text`, `• VALUE表示text`.
_BULLET_ITEM_RE = re.compile(
    rf"^•\s*(?:{_head_q('q')}|(?P<b>{_VALUE}))\s*(?P<sep>{_SEP_WORDS})\s*(?P<desc>.*)$")
# Inline `VALUE: text VALUE: text` / `"VALUE"为text "VALUE"为text` / `0代表…，1代表…`.
# White space beside CJK text carries no meaning (a line break there drops it), so a
# quoted value, or a bare one with a colon, may also follow CJK text: `云硬盘"ESSD"为…`
# (the groups cq / cb: `_inline_heads` holds them to an ideograph before the match).
_INLINE_HEAD_RE = re.compile(
    rf"(?:(?:(?<=[\s。；;，,])|^)(?:{_head_q('q')}|(?P<b>{_VALUE})){_HEAD_SEP}"
    rf"|(?:{_head_q('cq')}{_HEAD_SEP}|(?P<cb>{_VALUE})\s*[:：]))\s*")
# Reversed `降序: desc 升序: asc`, `添加标签：create`: a label starting with an ideograph,
# then the value and what may end it (`_reversed_pair` tests the ideographs).
_REVERSED_RE = re.compile(
    rf"\s*(?P<label>[^\s:：]{{1,16}})\s*[:：]\s*(?P<v>{_VALUE})(?P<gap>\s*)(?P<stop>[。，,；;])?")
_DESC_TAIL_RE = re.compile(r"[\s。；;，,]+$")
_WRAP_IN_VALUE_RE = re.compile(r"(?<=[A-Za-z0-9]) (?=\d+\b|[a-z])")

_DEFAULT_LABEL_RE = re.compile(
    rf"^(?:默认(?:取值|值)?(?:为|是)?\s*[：:]?\s*)?"
    rf"(?:[{_Q_OPEN}](?P<q>[^{_Q_CLOSE}]{{1,64}})[{_Q_CLOSE}]|(?P<v>[A-Za-z0-9+\-][A-Za-z0-9_.:/+\-]*))"
    rf"\s*(?:[。.]?\s*$|[，,；;（(].*$)", re.S)
_DEFAULT_PROSE_RE = re.compile(
    rf"默认(?:值)?(?:为|是)\s*[：:]?\s*(?:[{_Q_OPEN}](?P<q>[^{_Q_CLOSE}\n]{{1,64}})[{_Q_CLOSE}]"
    rf"|(?P<v>[A-Za-z0-9+\-][A-Za-z0-9_.\-]*)(?=[\s。，,；;）)]|$))")

_NUM = r"-?\d+(?:\.\d+)?"
_MIN_RE = re.compile(rf"最小值(?:为|是)?\s*[：:]?\s*({_NUM})")
_MAX_RE = re.compile(rf"最大值(?:为|是)?\s*[：:]?\s*({_NUM})")
_GT_INT_RE = re.compile(r"(?:大于|>)\s*(\d+)\s*的(?:正)?整数")
_GE_RE = re.compile(rf"(?:大于等于|不小于|>=|≥)\s*({_NUM})(?![\d.]|\s*(?:个字|字|位|个字节|GiB|MiB|GB|MB))")
_UNITS = r"(?:\s*[A-Za-z]+(?:/[A-Za-z]+)?)?"
_RANGE_PHRASE_RE = re.compile(
    rf"(?<!长度)(?:取值)?范围(?:为|是)?\s*[：:]?\s*\[?\s*({_NUM}){_UNITS}\s*[-~～]\s*({_NUM}){_UNITS}\s*\]?")
_RANGE_EXPR_RE = re.compile(
    rf"\[\s*({_NUM})\s*[-,~～]\s*({_NUM})\s*\]|(?<![A-Za-z0-9_.\-])({_NUM}){_UNITS}\s*[~～-]\s*({_NUM})(?![\d.])")
_LEN_RES = (
    re.compile(r"最大支持\s*(\d+)\s*个?(?:字符|字节|位)"),
    re.compile(r"最大长度(?:为|是)?\s*[：:]?\s*(\d+)"),
    re.compile(r"长度(?:不超过|不大于|不能超过|最大为|最多为?|上限为)\s*(\d+)"),
    re.compile(r"(?:不超过|不能超过|最多|至多)\s*(\d+)\s*个?(?:字符|字节)"),
    re.compile(r"(\d+)\s*个?字符以内"),
)
_LEN_RANGE_RE = re.compile(r"长度(?:范围)?(?:为|是)\s*[：:]?\s*(\d+)\s*[-~～]\s*(\d+)")
_LEN_FIXED_RE = re.compile(r"长度固定为\s*(\d+)")
_LEN_WORDS = ("长度", "字符", "字节", "位")           # _LEN_RES, _LEN_RANGE_RE, _LEN_FIXED_RE
_UNIT_RE = re.compile(
    r"单位(?:为|是)\s*[：:]?\s*([A-Za-z]+(?:/[A-Za-z]+)?|(?:毫秒|秒|分钟|小时|天|周|月|年|字节|个)(?=[\s，,。；;）)]|$))")

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}


def _count(n: str | None) -> int | None:
    if not n:
        return None
    if n.isdecimal():
        return int(n)
    if len(n) == 1:
        return _CN_DIGITS.get(n)
    if n[0] == "十":                             # 十一 …
        return 10 + _CN_DIGITS.get(n[1], 0) if len(n) == 2 else None
    if len(n) == 2 and n[1] == "十":            # 二十
        return _CN_DIGITS.get(n[0], 0) * 10
    return None


def _na(text: str) -> str:
    t = text.strip()
    return "" if t.rstrip("。.").strip().lower() in _NOT_APPLICABLE else t


def _value(q: str | None, b: str | None) -> str:
    """An enum value: unquoted as written; a quoted one loses wrap spaces (`ESSD 2`)."""
    if q is not None:
        v = _WS_RE.sub(" ", q.strip())
        return _WRAP_IN_VALUE_RE.sub("", v)
    return (b or "").strip()


def _unquote(item: str) -> str:
    item = item.strip()
    if item and item[0] in _Q_OPEN and item[-1] in _Q_CLOSE:
        return _value(item[1:-1], None)
    return item


def _list_values(scope: str, whole_range: bool) -> tuple[list[str], int | None] | None:
    """Values of an explicit list (`目前支持"A"，"B"两种`); None if none or several disagree."""
    found: list[tuple[list[str], int | None]] = []
    lists = _LIST_RE.finditer(scope) if any(w in scope for w in _LIST_WORDS) else ()
    for m in lists:
        found.append(([_unquote(x.group()) for x in _LIST_ITEM_RE.finditer(m.group("list"))],
                      _count(m.group("n"))))
    if not found and whole_range:
        m = _LIST_ALONE_RE.match(scope.replace("\n", " "))
        if m:
            found.append(([_unquote(x.group()) for x in _LIST_ITEM_RE.finditer(m.group("list"))],
                          _count(m.group("n"))))
    if not found:
        return None
    values, n = found[0]
    for other, _ in found[1:]:
        if set(other) != set(values):
            return None
    if n is not None and n != len(values):
        return None
    return values, n


def _bullet_values(scope: str, labelled: bool) -> list[tuple[str, str]] | None:
    """(value, text) of bullet lines `• VALUE: text`; None unless the list enumerates values."""
    pairs: list[tuple[str, str]] = []
    for line in scope.split("\n"):
        line = line.strip()
        if not line.startswith("•"):
            continue
        m = _BULLET_ITEM_RE.match(line)
        if m and (m.group("q") is not None or m.group("sep") != "为" or labelled):
            pairs.append((_value(m.group("q"), m.group("b")), m.group("desc").strip()))
            continue
        rest = line[1:].lstrip()
        if not rest or not is_han(rest[0]):
            return None                          # an item that is neither a value nor a note
    return pairs or None


def _inline_values(scope: str) -> list[tuple[str, str]] | None:
    """(value, text) when the whole range text is `VALUE: text VALUE: text …`."""
    text = _WS_RE.sub(" ", scope).strip()
    heads = _inline_heads(text)
    if len(heads) < 2 or heads[0].start() != 0:
        return None
    pairs = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        desc = text[m.end():end].strip().rstrip("，,；;").strip()
        if not desc:
            return None
        q = m.group("q") if m.group("q") is not None else m.group("cq")
        pairs.append((_value(q, m.group("b") or m.group("cb")), desc))
    return pairs


def _reversed_values(scope: str) -> list[tuple[str, str]] | None:
    """(value, label) when the whole range text is `标签: value 标签: value`."""
    text = _WS_RE.sub(" ", scope).strip()
    pos, pairs = 0, []
    while pos < len(text):
        pair = _reversed_pair(text, pos)
        if pair is None or pair[2] == pos:
            return None
        pairs.append(pair[:2])
        pos = pair[2]
    return pairs or None


def _inline_heads(text: str) -> list[re.Match]:
    """The value heads of an inline list, left to right: `_INLINE_HEAD_RE`'s matches,
    those of the groups cq / cb only right after an ideograph."""
    heads, pos = [], 0
    while (m := _INLINE_HEAD_RE.search(text, pos)) is not None:
        start = m.start()
        if (m.group("cq") is None and m.group("cb") is None) or \
                (start and is_han(text[start - 1])):
            heads.append(m)
            pos = m.end()
        else:                                    # no head starts here: on to the next place
            pos = start + 1
    return heads


def _reversed_pair(text: str, pos: int) -> tuple[str, str, int] | None:
    """(value, label, end) of the `label: value` pair at pos: the label starts with an
    ideograph; the value ends at a stop (`。，,；;`, consumed), before an ideograph or white
    space, or at the end of the text."""
    m = _REVERSED_RE.match(text, pos)
    if m is None or not is_han(m.group("label")[0]):
        return None
    end = m.end()
    if m.group("stop") is None and end < len(text) and not is_han(text[end]):
        if not m.group("gap"):
            return None
        # as the pattern this replaced (its `[一-鿿]` lookahead): the white space's last
        # character is left to the next match, whose leading `\s*` takes it
        end -= 1
    return m.group("v"), m.group("label"), end


def _typed_ok(values: list[str], kind: str) -> bool:
    try:
        if kind == "integer":
            [int(v) for v in values]
        elif kind == "number":
            [float(v) for v in values]
    except ValueError:
        return False
    return True


def _derive_enum(scope: str, labelled: bool, min_values: int,
                 kind: str) -> tuple[list[str], dict[str, str]]:
    if kind not in ("string", "integer", "number") or not scope:
        return [], {}
    listed = _list_values(scope, labelled)
    has_bullets = any(line.lstrip().startswith("•") for line in scope.split("\n"))
    pairs = _bullet_values(scope, labelled) if has_bullets else None
    if pairs is None and labelled and not has_bullets:
        pairs = _inline_values(scope) or _reversed_values(scope)
    described = {}
    if pairs:
        values = [v for v, _ in pairs]
        if len(set(values)) != len(values):
            pairs = None
        else:
            described = {v: t for v, t in pairs}
    if listed:
        values, n = listed
        if pairs and set(described) != set(values) and n is None:
            return [], {}
    elif pairs:
        values = [v for v, _ in pairs]
    else:
        return [], {}
    if len(values) < min_values or len(set(values)) != len(values) or not _typed_ok(values, kind):
        return [], {}
    return values, {v: _DESC_TAIL_RE.sub("", described[v]) for v in values if described.get(v)}


def _typed_default(v: str, kind: str):
    v = v.strip()
    if kind == "integer":
        return int(v) if re.fullmatch(r"[+-]?\d+", v) else None
    if kind == "number":
        try:
            f = float(v)
        except ValueError:
            return None
        return int(f) if re.fullmatch(r"[+-]?\d+", v) else f
    if kind == "boolean":
        return {"true": True, "false": False}.get(v.lower())
    return v


def _derive_default(default_text: str, prose: str, kind: str):
    if kind not in ("string", "integer", "number", "boolean"):
        return None
    if default_text:
        m = _DEFAULT_LABEL_RE.match(default_text.replace("\n", " "))
        if not m:
            return None
        v = m.group("q") if m.group("q") is not None else m.group("v")
        return _typed_default(v, kind)
    found = {m.group("q") if m.group("q") is not None else m.group("v")
             for m in _DEFAULT_PROSE_RE.finditer(prose)}
    if len(found) != 1:
        return None
    return _typed_default(found.pop(), kind)


def _num(s: str):
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def _one(values: set):
    return next(iter(values)) if len(values) == 1 else None


def _derive_bounds(range_part: str, whole: str, kind: str) -> tuple:
    if kind not in ("integer", "number"):
        return None, None
    mins = {_num(x) for x in _MIN_RE.findall(whole)}
    maxs = {_num(x) for x in _MAX_RE.findall(whole)}
    mins |= {_num(x) for x in _GE_RE.findall(whole)}
    if kind == "integer":
        mins |= {int(x) + 1 for x in _GT_INT_RE.findall(whole)}
    ranges = {(_num(a), _num(b)) for a, b in _RANGE_PHRASE_RE.findall(whole)}
    if range_part:
        for m in _RANGE_EXPR_RE.finditer(range_part):
            a, b = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
            ranges.add((_num(a), _num(b)))
    if len(ranges) > 1:                          # conditional ranges: no single bound
        return None, None
    if ranges:
        lo, hi = next(iter(ranges))
        if lo > hi:
            return None, None
        mins.add(lo)
        maxs.add(hi)
    lo, hi = _one(mins), _one(maxs)
    if lo is not None and hi is not None and lo > hi:
        return None, None
    return lo, hi


def _derive_lengths(whole: str, kind: str) -> tuple:
    if kind != "string" or not any(w in whole for w in _LEN_WORDS):
        return None, None
    maxs = {int(x) for r in _LEN_RES for x in r.findall(whole)}
    mins: set[int] = set()
    for a, b in _LEN_RANGE_RE.findall(whole):
        mins.add(int(a))
        maxs.add(int(b))
    for x in _LEN_FIXED_RE.findall(whole):
        mins.add(int(x))
        maxs.add(int(x))
    lo, hi = _one(mins), _one(maxs)
    if len(mins) > 1 or (lo is not None and hi is not None and lo > hi):
        lo = None
    if len(maxs) > 1:
        hi = None
    return lo, hi


def _split_labels(text: str) -> dict[str, str] | None:
    marks = list(label_matches(text))
    if not marks:
        return None
    parts = {"": text[:marks[0].start()].strip()}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        body = _PART_LEAD_RE.sub("", text[m.end():end]).strip()
        label = m.group(1)
        parts[label] = f"{parts[label]}\n{body}".strip() if parts.get(label) else body
    return parts


def parse_description(text: str, type_kind: str = "string") -> Description:
    """A cleaned description cell split into its labelled parts, plus what they state
    (see `_parse_description`; each distinct cell is parsed once, each caller gets its
    own copy)."""
    values = list(_field_values(_parse_cached(text, type_kind)))
    for i in _CONTAINERS:                 # the lists and dicts a caller may change in place
        values[i] = values[i].copy()
    return Description(*values)


def _parse_description(text: str, type_kind: str = "string") -> Description:
    """A cleaned description cell split into its labelled parts, plus what they state.

    Labels (参数解释 / 约束限制 / 取值范围 / 默认取值) are optional; unlabelled prose is
    all explanation (a `取值范围：` inside it still opens the range part). "不涉及" parts are
    empty. Derived, only when unambiguous: enum (+ per-value text), default (typed per
    `type_kind`), minimum/maximum (integer/number), min/max length (string), unit.
    """
    text = (text or "").strip()
    d = Description(text=text)
    if not text:
        return d
    parts = _split_labels(text)
    labelled = parts is not None
    min_values = 2
    if parts is not None:
        d.explanation = _na("\n".join(x for x in (parts[""], parts.get("参数解释", "")) if x))
        d.constraints = _na(parts.get("约束限制", ""))
        d.value_range = _na(parts.get("取值范围", ""))
        d.default_text = _na(parts.get("默认取值", ""))
    else:
        m = _WEAK_RANGE_RE.search(text) if _WEAK_RANGE_WORD in text else None
        if m and text[m.end():].strip():
            labelled = True
            d.explanation = text[:m.start()].strip().rstrip("，,").strip()
            d.value_range = _na(text[m.end():])
            if m.group("sup"):                   # `当前支持的取值如下：` lists every value
                min_values = 1
        else:
            d.explanation = text
    d.explanation = _FUNC_PREFIX_RE.sub("", d.explanation)
    kind = type_kind or "string"
    whole = "\n".join(x for x in (d.explanation, d.constraints, d.value_range) if x)
    scope = d.value_range if labelled else text
    d.enum, d.enum_descriptions = _derive_enum(scope, labelled, min_values, kind)
    d.default = _derive_default(d.default_text, whole, kind)
    d.minimum, d.maximum = _derive_bounds(d.value_range if labelled else "", whole, kind)
    d.min_length, d.max_length = _derive_lengths(whole, kind)
    if kind in ("string", "integer", "number"):
        d.unit = _one(set(_UNIT_RE.findall(whole)))
    return d


_parse_cached = lru_cache(maxsize=8192)(_parse_description)
_field_values = attrgetter(*(f.name for f in fields(Description)))   # in __init__'s order
_CONTAINERS = tuple(i for i, f in enumerate(fields(Description)) if f.default_factory in (list, dict))
