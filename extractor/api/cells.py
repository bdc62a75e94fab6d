"""Table cells -> clean text, identifiers, types and parsed field descriptions.

Pure functions over single cells of the manual's parameter and model tables. The
rules follow the Huawei Cloud "API 参考" format (HTML remnants from the PDF
conversion, wrap-inserted spaces, the 参数解释 / 约束限制 / 取值范围 / 默认取值 labels),
never one service's names, so they carry over to other services' manuals.
"""
from __future__ import annotations

import re

from .model import Description, TypeRef

__all__ = [
    "clean_cell", "clean_identifier", "clean_type_string", "clean_path", "clean_action",
    "parse_type", "parse_description", "LABELS",
]

# ---------------------------------------------------------------------------------------
# clean_cell
# ---------------------------------------------------------------------------------------

# The four labels of a structured description cell, in their usual order.
LABELS = ("参数解释", "约束限制", "取值范围", "默认取值")

_CJK = "\u4e00-\u9fff"
_SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u3000]+")
# Real HTML tags only; `<String,String>`, `<YOUR REGION>` and the like are left alone.
_TAG_RE = re.compile(
    r"<[ \t]*(/?)[ \t]*(p|ul|ol|li|code|br|span|div|strong|em|b|i|u|sup|sub)(?:[ \t][^<>\n]*)?/?>",
    re.I)
_SENTINEL_SPLIT_RE = re.compile(r"([\n\x01\x02\x03\x04])")
_PARA_TAGS = {"p", "br", "div"}
# A label standing as a label: at the start or after whitespace, followed by
# whitespace, a colon or the end (`参数解释 项目ID。`, `<p>参数解释</p>`, `取值范围：`).
_LABEL_RE = re.compile(r"(?:(?<=\s)|^)(参数解释|约束限制|取值范围|默认取值)(?=[\s：:]|$)")
# Item markers inside <ul>/<ol>: bullets, `- ` (also glued after CJK text:
# `云硬盘- "GPSSD"`), `-` before CJK after a space, the Wingdings `l `.
_LIST_MARK_RE = re.compile(
    r"[•●▪■◆]\s*"
    r"|(?:(?<=[\s)）\u3000-\u9fff\uff00-\uffef])|^)-\s+(?!\d)"
    rf"|(?:(?<=\s)|^)-(?=[{_CJK}])"
    rf"|(?:(?<=[\s。；;])|^)l\s+(?=[{_CJK}])")
_OL_MARK_RE = re.compile(r"(?:(?<=[\s。；;，,:：])|^)(\d{1,2})[.、．](?!\d)\s*")
# Outside lists only a marker at the start of a line opens an item ...
_LINE_MARK_RE = re.compile(rf"^\s*(?:[•●▪■◆]\s*|-\s+|-(?=[{_CJK}])|l\s+(?=[{_CJK}]))")
# ... or a `-` glued to CJK text after a space (` -系统盘：… -数据盘：…`).
_MID_MARK_RE = re.compile(rf"(?<=\s)(?<!^\d\. )(?<!^\d\d\. )-(?=[{_CJK}])")
_STRAY_RULE_RE = re.compile(r"(?:(?<=\s)|^)(?:-{3,}|-(?:\s+-){2,})(?=\s*$)")
# Glued items of a list whose bullets the conversion lost:
# `"SATA"为普通IO云硬盘"SAS"为高IO云硬盘` (any list) ...
_GLUED_QUOTED_RE = re.compile(
    r"(?<=[^\s•])(?=[\"“][A-Za-z0-9][A-Za-z0-9_.\- ]*[\"”]\s*(?:为|[：:]|表示|代表))")
# ... `month：月year：年`, `按需转包SPEC_CHG_LOCK：`, `[1-9]periodType为` (lists without any marker)
_GLUED_BARE_RE = re.compile(
    rf"(?<=[{_CJK}\])）)])(?=[A-Za-z_][A-Za-z0-9_\-]*\s*(?:[：:]|为))")
# ... `数据盘：32768GiB系统盘：1024GiB` (lists without any marker)
_GLUED_CJK_KEY_RE = re.compile(rf"(?<=[A-Za-z0-9)）])(?=[{_CJK}]{{1,8}}[：:])")

_BULLET = "• "
_CONTROL = {c: None for c in (1, 2, 3, 4)}        # the sentinels below stand for list tags
# A space between two ideographs is a wrap artefact (`云硬盘列表 页面`) or link padding
# (`请参见 查询镜像详情`), except after a label or note word (`说明 从快照…`).
_CJK_GAP_RE = re.compile(
    rf"(?:(?<=[\s。，；：:,;.!?！？])|^)(?:参数解释|约束限制|取值范围|默认取值|功能说明|说明|注意|须知)"
    rf" (?=[{_CJK}])|(?<=[{_CJK}]) (?=[{_CJK}])")


def _cjk_gap(m: re.Match) -> str:
    return m.group() if len(m.group()) > 1 else ""


class _Lines:
    """Output lines under construction."""

    __slots__ = ("lines", "cur", "prefix")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.prefix = ""

    def end(self) -> None:
        text = _SPACES_RE.sub(" ", "".join(self.cur)).strip()
        if text.endswith("-"):
            text = _STRAY_RULE_RE.sub("", text).rstrip()
        if " " in text:
            text = _CJK_GAP_RE.sub(_cjk_gap, text)
        if text:
            self.lines.append(self.prefix + text)
        self.cur = []
        self.prefix = ""

    def item(self, prefix: str = _BULLET) -> None:
        self.end()
        self.prefix = prefix

    def add(self, text: str) -> None:
        self.cur.append(text)

    def empty(self) -> bool:
        return not "".join(self.cur).strip()


def _tag_sentinel(m: re.Match) -> str:
    closing, name = m.group(1), m.group(2).lower()
    if name in _PARA_TAGS:
        return "\n"
    if name in ("ul", "ol"):
        return "\x03" if closing else ("\x02" if name == "ol" else "\x01")
    if name == "li":
        return "" if closing else "\x04"
    return ""                                    # inline tags: code, span, b ...


class _Cleaner:
    """One pass over a cell whose structural tags are sentinels: \n paragraph, \x01 <ul>,
    \x02 <ol>, \x03 </ul>/</ol>, \x04 <li>."""

    __slots__ = ("out", "stack", "counts", "fresh", "marked")

    def __init__(self) -> None:
        self.out = _Lines()
        self.stack: list[str] = []               # open lists: "ul" | "ol"
        self.counts: list[int] = []              # <li> items seen per open list
        self.fresh = False                       # the next list text opens an item
        self.marked = False                      # the current list has item markers

    def run(self, s: str) -> str:
        for piece in _SENTINEL_SPLIT_RE.split(s):
            if not piece:
                continue
            if piece == "\n":
                self.out.end()
                self.close_all()
            elif piece in ("\x01", "\x02"):
                self.out.end()
                self.stack.append("ol" if piece == "\x02" else "ul")
                self.counts.append(0)
                self.fresh, self.marked = True, False
            elif piece == "\x03":
                self.out.end()
                if self.stack:
                    self.stack.pop()
                    self.counts.pop()
                self.fresh = bool(self.stack)
            elif piece == "\x04":
                if not self.stack:
                    self.stack.append("ul")
                    self.counts.append(0)
                self.counts[-1] += 1
                self.out.item(f"{self.counts[-1]}. " if self.stack[-1] == "ol" else _BULLET)
                self.fresh, self.marked = False, True
            else:
                self.text(piece)
        self.out.end()
        return "\n".join(self.out.lines)

    def text(self, piece: str) -> None:
        pos = 0
        for m in _LABEL_RE.finditer(piece):
            if m.start() > pos:
                self.segment(piece[pos:m.start()])
            self.out.end()                       # a label ends any list and starts a line
            self.close_all()
            pos = m.start()
        self.segment(piece[pos:])

    def close_all(self) -> None:
        self.stack.clear()
        self.counts.clear()

    def segment(self, seg: str) -> None:
        if self.stack:
            self.list_segment(seg, self.stack[-1] == "ol")
        else:
            self.plain_segment(seg)

    def plain_segment(self, seg: str) -> None:
        if self.out.empty():
            m = _LINE_MARK_RE.match(seg)
            if m:
                self.out.item()
                seg = seg[m.end():]
        chunks = _MID_MARK_RE.split(seg)
        self.out.add(chunks[0])
        for chunk in chunks[1:]:
            self.out.item()
            self.out.add(chunk)

    def list_segment(self, seg: str, ordered: bool) -> None:
        marks = list(_LIST_MARK_RE.finditer(seg))
        if ordered:
            marks += list(_OL_MARK_RE.finditer(seg))
            marks.sort(key=lambda m: m.start())
        markerless = not marks and not self.marked
        if marks:
            self.marked = True
        pos = 0
        head = seg[:marks[0].start()] if marks else seg
        if head.strip():
            if self.fresh:
                self.out.item()
            self.add_item_text(head, markerless)
        elif self.fresh and not marks:
            return                               # only blanks so far: still waiting for an item
        self.fresh = False
        for k, m in enumerate(marks):
            if m.start() < pos:                  # overlapping marker (`- ` vs `1.`)
                continue
            end = marks[k + 1].start() if k + 1 < len(marks) else len(seg)
            number = m.group(1) if m.re is _OL_MARK_RE else None
            self.out.item(f"{number}. " if number else _BULLET)
            self.add_item_text(seg[m.end():end], markerless)
            pos = m.end()

    def add_item_text(self, text: str, markerless: bool) -> None:
        chunks = _GLUED_QUOTED_RE.split(text)
        if markerless:
            chunks = [c for chunk in chunks for c in _GLUED_BARE_RE.split(chunk)]
            chunks = [c for chunk in chunks for c in _GLUED_CJK_KEY_RE.split(chunk)]
        self.out.add(chunks[0])
        for chunk in chunks[1:]:
            if chunk.strip():
                self.out.item()
                self.out.add(chunk)


def clean_cell(text: str) -> str:
    """A raw table cell as plain text.

    HTML remnants go; `<p>` boundaries become line breaks; each list item (`•`, `●`,
    `- `, Wingdings `l `, `1.` in `<ol>`, `<li>`, or lost bullets recovered from glued
    `"X"为…` / `X：…` items) gets its own line starting with "• " (`1. ` in an ordered
    list); a description label (参数解释 …) starts a line; space runs collapse.
    Idempotent.
    """
    if not text:
        return ""
    s = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    n = 1
    while n and "<" in s:                        # removing a tag may join a new one: `<p<b>>`
        s, n = _TAG_RE.subn(_tag_sentinel, s)
    return _Cleaner().run(s)


# ---------------------------------------------------------------------------------------
# identifiers, type strings, paths, actions
# ---------------------------------------------------------------------------------------

_WS_RE = re.compile(r"\s+")
_METHOD_PATH_RE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S.*)$")
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_MULTI_SLASH_RE = re.compile(r"(?<!:)/{2,}")
_ARRAY_OF_RE = re.compile(r"^Array\s*of\s+(?P<inner>.+?)(?:\s+(?P<suf>objects?))?$", re.I)
_X_OBJECT_RE = re.compile(r"^(?P<name>.+?)\s+(?P<suf>objects?)$", re.I)
_TYPE_SHAPE_RE = re.compile(r"^Array\s*of\b|\sobjects?$|<", re.I)

_PRIMITIVES = {
    "string": "string", "str": "string", "字符串": "string",
    "integer": "integer", "int": "integer", "int32": "integer", "int64": "integer",
    "long": "integer", "short": "integer", "整数": "integer", "整型": "integer",
    "number": "number", "float": "number", "double": "number", "decimal": "number",
    "bigdecimal": "number", "数值": "number",
    "boolean": "boolean", "bool": "boolean", "布尔": "boolean", "布尔型": "boolean",
    "object": "object", "json": "object", "对象": "object",
}
_PLURALS = {"strings": "string", "integers": "integer", "ints": "integer", "longs": "integer",
            "numbers": "number", "floats": "number", "doubles": "number",
            "booleans": "boolean", "objects": "object"}
_NAME_RE = re.compile(r"^[A-Za-z_][\w.\-]*$")


def _squeeze_generics(s: str) -> str:
    """Drop whitespace inside `<…>` and right before `<` / `>`: `Map<String, Object >`."""
    out: list[str] = []
    depth = 0
    for ch in s:
        if ch == "<":
            while out and out[-1].isspace():
                out.pop()
            depth += 1
        elif ch == ">":
            depth = max(depth - 1, 0)
        elif ch.isspace() and depth:
            continue
        out.append(ch)
    return "".join(out)


def clean_type_string(raw: str) -> str:
    """A type string with wrap-inserted spaces removed.

    `CreateSnaps hotOption object` -> `CreateSnapshotOption object`,
    `Map<String, Object>` -> `Map<String,Object>`; `Array of … objects` and the space
    before `object` stay.
    """
    s = _WS_RE.sub(" ", raw or "").strip()
    if not s:
        return ""
    if "<" in s:
        s = _squeeze_generics(s)
    m = _ARRAY_OF_RE.match(s)
    if m:
        inner, suf = m.group("inner"), m.group("suf")
        if "<" not in inner:
            joined = inner.replace(" ", "")
            inner = joined if suf or joined.lower() in _PLURALS or \
                joined.lower() in _PRIMITIVES else inner
        return f"Array of {inner}" + (f" {suf}" if suf else "")
    m = _X_OBJECT_RE.match(s)
    if m:
        name = m.group("name")
        if "<" not in name:
            name = name.replace(" ", "")
        return f"{name} {m.group('suf')}"
    if " " in s and "<" not in s:
        joined = s.replace(" ", "")
        if joined.lower() in _PRIMITIVES:
            return joined
    return s


def clean_path(raw: str) -> str:
    """A URI path with all whitespace removed and `//` (not after a scheme) collapsed.

    `/v2/ {project_id}/ cloudvolumes` -> `/v2/{project_id}/cloudvolumes`. A leading
    HTTP method keeps its one space (`GET / {api_version}` -> `GET /{api_version}`).
    """
    s = (raw or "").strip()
    m = _METHOD_PATH_RE.match(s)
    if m:
        return f"{m.group(1)} {clean_path(m.group(2))}"
    return _MULTI_SLASH_RE.sub("/", _WS_RE.sub("", s))


def clean_action(raw: str) -> str:
    """An IAM action with wrap-inserted spaces removed: `evs:volumes:cr eate` -> `evs:volumes:create`."""
    return _WS_RE.sub("", raw or "")


def clean_identifier(text: str) -> str:
    """Remove wrap-inserted spaces from a field name, model name, type string, URI or action.

    Type strings keep their structural spaces (see clean_type_string), a request line
    keeps the space after its method (see clean_path); anything else loses all whitespace.
    """
    s = _WS_RE.sub(" ", text or "").strip()
    if not s:
        return ""
    if _TYPE_SHAPE_RE.search(s):
        return clean_type_string(s)
    if s.startswith("/") or _METHOD_PATH_RE.match(s) or _URL_RE.match(s):
        return clean_path(s)
    return s.replace(" ", "")


# ---------------------------------------------------------------------------------------
# parse_type
# ---------------------------------------------------------------------------------------

def _split_top_comma(s: str) -> tuple[str, str] | None:
    depth = 0
    for i, ch in enumerate(s):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == "," and depth == 0:
            return s[:i], s[i + 1:]
    return None


def _generic(s: str) -> tuple[str, str] | None:
    """`Map<…>` -> ("map", "…"); None when `s` is not one generic with balanced brackets."""
    i = s.find("<")
    if i <= 0 or not s.endswith(">"):
        return None
    head, body = s[:i].lower(), s[i + 1:-1]
    depth = 0
    for ch in body:
        depth += ch == "<"
        depth -= ch == ">"
        if depth < 0:
            return None
    return (head, body) if depth == 0 else None


def _parse(s: str, raw: str, depth: int = 0) -> TypeRef:
    if depth > 8 or not s:
        return TypeRef("unknown", raw=raw)
    low = s.lower()
    if s == "-":
        return TypeRef("body", raw=raw)
    if low in _PRIMITIVES:
        return TypeRef(_PRIMITIVES[low], raw=raw)
    if low == "map":
        return TypeRef("map", raw=raw)
    g = _generic(s)
    if g:
        head, body = g
        if head in ("map", "hashmap", "dict"):
            kv = _split_top_comma(body)
            values = _parse(kv[1], kv[1], depth + 1) if kv else TypeRef("unknown", raw=body)
            if values.kind == "unknown":
                return TypeRef("unknown", raw=raw)
            values.raw = ""
            return TypeRef("map", values=values, raw=raw)
        if head in ("array", "list", "set"):
            items = _parse(body, body, depth + 1)
            if items.kind == "unknown":
                return TypeRef("unknown", raw=raw)
            items.raw = ""
            return TypeRef("array", items=items, raw=raw)
        return TypeRef("unknown", raw=raw)
    if s.endswith("[]"):
        items = _parse(s[:-2], s[:-2], depth + 1)
        if items.kind != "unknown":
            items.raw = ""
            return TypeRef("array", items=items, raw=raw)
        return TypeRef("unknown", raw=raw)
    m = _ARRAY_OF_RE.match(s)
    if m:
        inner, suf = m.group("inner"), m.group("suf")
        if inner.lower() in _PLURALS and not suf:
            return TypeRef("array", items=TypeRef(_PLURALS[inner.lower()]), raw=raw)
        items = _parse(inner, inner, depth + 1) if ("<" in inner or inner.lower() in _PRIMITIVES) \
            else (TypeRef("ref", name=inner) if _NAME_RE.match(inner) else TypeRef("unknown"))
        if items.kind == "unknown":
            return TypeRef("unknown", raw=raw)
        items.raw = ""
        return TypeRef("array", items=items, raw=raw)
    m = _X_OBJECT_RE.match(s)
    if m:
        name = m.group("name")
        if "<" in name or name.lower() in _PRIMITIVES:
            t = _parse(name, raw, depth + 1)
            return t if t.kind != "unknown" else TypeRef("unknown", raw=raw)
        if _NAME_RE.match(name):
            return TypeRef("ref", name=name, raw=raw)
    return TypeRef("unknown", raw=raw)


def parse_type(raw: str, *, field_name: str | None = None) -> TypeRef:
    """A type string as a TypeRef (never raises; unrecognised strings give kind "unknown").

    `String`/`Integer`/`Boolean`/`Number`…, `Object` (free-form), `X object` (ref X),
    `Array of X objects` / `Array of strings` / `Array of objects`, `Map<K,V>` (values V,
    nested generics allowed), `-` (the whole-body pseudo-row). Wrap spaces are removed
    first; `raw` keeps the original. Pass `field_name` to recognise the `-` / `Object`
    pseudo-row, whose type cell alone cannot tell it from a free-form object.
    """
    try:
        s = clean_type_string(raw if isinstance(raw, str) else str(raw or ""))
        t = _parse(s, raw if isinstance(raw, str) else str(raw or ""))
        if field_name is not None and field_name.strip() == "-" and t.kind in ("object", "unknown"):
            return TypeRef("body", raw=t.raw)
        return t
    except Exception:                            # total by contract
        return TypeRef("unknown", raw=str(raw))


# ---------------------------------------------------------------------------------------
# parse_description
# ---------------------------------------------------------------------------------------

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
# One bullet line `• VALUE: text`, `• "VALUE"为text`, `• VALUE表示text`.
_BULLET_ITEM_RE = re.compile(
    rf"^•\s*(?:[{_Q_OPEN}]\s*(?P<q>[A-Za-z0-9][A-Za-z0-9_.\- ]*?)\s*[{_Q_CLOSE}]"
    rf"|(?P<b>{_VALUE}))\s*(?P<sep>[:：]|为|表示|代表)\s*(?P<desc>.*)$")
# Inline `VALUE: text VALUE: text` / `"VALUE"为text "VALUE"为text` / `0代表…，1代表…`.
_INLINE_HEAD_RE = re.compile(
    rf"(?:(?<=[\s。；;，,])|^)(?:[{_Q_OPEN}]\s*(?P<q>[A-Za-z0-9][A-Za-z0-9_.\- ]*?)\s*[{_Q_CLOSE}]"
    rf"|(?P<b>{_VALUE}))\s*(?P<sep>[:：]|为|表示|代表)\s*")
# Reversed `降序: desc 升序: asc`, `添加标签：create`.
_REVERSED_RE = re.compile(
    rf"\s*(?P<label>[{_CJK}][^\s:：]{{0,15}})\s*[:：]\s*(?P<v>{_VALUE})\s*(?:[。，,；;]|(?=\s)|$)")
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
_UNIT_RE = re.compile(
    r"单位(?:为|是)\s*[：:]?\s*([A-Za-z]+(?:/[A-Za-z]+)?|(?:毫秒|秒|分钟|小时|天|周|月|年|字节|个)(?=[\s，,。；;）)]|$))")

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}


def _count(n: str | None) -> int | None:
    if not n:
        return None
    if n.isdigit():
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
    for m in _LIST_RE.finditer(scope):
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
        if not rest or re.match(rf"[{_CJK}]", rest) is None:
            return None                          # an item that is neither a value nor a note
    return pairs or None


def _inline_values(scope: str) -> list[tuple[str, str]] | None:
    """(value, text) when the whole range text is `VALUE: text VALUE: text …`."""
    text = _WS_RE.sub(" ", scope).strip()
    heads = list(_INLINE_HEAD_RE.finditer(text))
    if len(heads) < 2 or heads[0].start() != 0:
        return None
    pairs = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        desc = text[m.end():end].strip().rstrip("，,；;").strip()
        if not desc:
            return None
        pairs.append((_value(m.group("q"), m.group("b")), desc))
    return pairs


def _reversed_values(scope: str) -> list[tuple[str, str]] | None:
    """(value, label) when the whole range text is `标签: value 标签: value`."""
    text = _WS_RE.sub(" ", scope).strip()
    pos, pairs = 0, []
    while pos < len(text):
        m = _REVERSED_RE.match(text, pos)
        if not m or m.end() == pos:
            return None
        pairs.append((m.group("v"), m.group("label")))
        pos = m.end()
    return pairs or None


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
    if kind != "string":
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
    marks = list(_LABEL_RE.finditer(text))
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
        m = _WEAK_RANGE_RE.search(text)
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
