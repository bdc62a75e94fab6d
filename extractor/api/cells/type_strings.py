"""Identifiers, type strings, paths and IAM actions in cells; `parse_type` -> TypeRef."""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter

from ..model import TypeRef

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


@lru_cache(maxsize=8192)          # a manual repeats its field names on many tables
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

    Each distinct (type string, pseudo-row?) is parsed once; each caller gets its own
    copy (resolution changes a TypeRef in place).
    """
    pseudo_row = field_name is not None and field_name.strip() == "-"
    if isinstance(raw, str):
        return _copy(_parse_cached(raw, pseudo_row))
    return _parse_type(raw, pseudo_row)


def _parse_type(raw, pseudo_row: bool) -> TypeRef:
    try:
        s = clean_type_string(raw if isinstance(raw, str) else str(raw or ""))
        t = _parse(s, raw if isinstance(raw, str) else str(raw or ""))
        if pseudo_row and t.kind in ("object", "unknown"):
            return TypeRef("body", raw=t.raw)
        return t
    except Exception:                            # total by contract
        return TypeRef("unknown", raw=str(raw))


_parse_cached = lru_cache(maxsize=8192)(_parse_type)


def _copy(t: TypeRef) -> TypeRef:
    """A caller's own copy of a shared parse: every nested TypeRef copied, field by field."""
    copy = TypeRef(*_typeref_values(t))
    if copy.items is not None:
        copy.items = _copy(copy.items)
    if copy.values is not None:
        copy.values = _copy(copy.values)
    return copy


_typeref_values = attrgetter(*(f.name for f in fields(TypeRef)))   # in __init__'s order
