"""Realistic scalar values: what a property's name, format, bounds and description say,
and what the document's own examples show for a key of the same name.

Rules, first that applies (each value checked against the schema's type, enum,
length, pattern and bounds; the next rule if it does not fit):

- strings: ``format`` uuid or a name ``id`` / ``*_id`` / ``*Id`` / ``*_uuid``: a UUID;
  ``date-time`` or a name ``*_at`` / ``*_time``: an ISO 8601 UTC timestamp; other
  formats (date, email, uri, ipv4, ...): a value of that format; then a value the
  examples show for this key; else the key's words and a short hex suffix
  (``host_name`` -> ``host-name-3fa2``);
- integers and numbers: an example value for this key within the schema's bounds and
  the ranges the description states ("10GiB-32768GiB"); else the lowest value the
  bounds and ranges allow (at least 1);
- booleans: an example value for this key, else false.

Every choice is a function of (seed, salt, name): deterministic, and different for
different items.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from functools import lru_cache

FORMATS = {
    "date": "2025-08-20", "time": "08:00:00Z", "email": "user@example.com",
    "uri": "https://example.com/", "url": "https://example.com/", "hostname": "example.com",
    "ipv4": "192.0.2.10", "ipv6": "2001:db8::10", "byte": "ZXhhbXBsZQ==", "password": "Secret-1234",
}
FITTING_LIMIT = 8192
PLACEHOLDERS = {"string", "str", "", "null", "none", "xxx", "n/a"}
RANGE_RE = re.compile(r"(?<![\d.])(\d+)\s*[A-Za-z]{0,4}\s*(?:-|~|～|至|到)\s*(\d+)(?![\d.])")
EPOCH = datetime(2025, 8, 20, 8, 0, 0, tzinfo=timezone.utc)


def digest(*parts: object) -> bytes:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "replace")).digest()


def make_uuid(*parts: object) -> str:
    """A version 4 UUID from a digest (``str(uuid.UUID(bytes=..., version=4))``)."""
    raw = bytearray(digest(*parts)[:16])
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def make_timestamp(*parts: object) -> str:
    offset = int.from_bytes(digest(*parts)[:4], "big") % (30 * 86400)
    return (EPOCH + timedelta(seconds=offset)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def is_placeholder(value: object) -> bool:
    """A value that says nothing: "string", "XXXX", ""."""
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return text in PLACEHOLDERS or bool(re.fullmatch(r"x{2,}", text)) or "XXX" in value


class Vocabulary:
    """Scalar values by key, from every Example Object (and schema ``example``) in the
    document, in document order, placeholders and invalid examples left out."""

    def __init__(self, doc: dict):
        self.values: dict[str, list] = {}
        self._fitting: dict[tuple, tuple[dict, list]] = {}
        self._walk(doc, False)

    def _add(self, key: str, value: object, parent: str) -> None:
        if isinstance(value, (str, int, float, bool)) and not is_placeholder(value):
            for name in (key, f"{parent}.{key}"):
                seen = self.values.setdefault(name, [])
                if value not in seen and len(seen) < 64:
                    seen.append(value)

    def _walk(self, node: object, in_example: bool, depth: int = 0, parent: str = "") -> None:
        if depth > 64:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if not in_example and key == "examples" and isinstance(value, dict):
                    for ex in value.values():
                        if isinstance(ex, dict) and ex.get("x-valid") is not False and "value" in ex:
                            self._walk(ex["value"], True, depth + 1)
                    continue
                if not in_example and key == "example":
                    self._walk(value, True, depth + 1)
                    continue
                if in_example:
                    if isinstance(value, list):
                        for item in value:
                            self._add(str(key), item, parent)
                    else:
                        self._add(str(key), value, parent)
                self._walk(value, in_example, depth + 1, singular(str(key)))
        elif isinstance(node, list):
            for item in node:
                self._walk(item, in_example, depth + 1, parent)

    def get(self, key: str, parent: str = "") -> list:
        """Values for ``key`` inside an object named ``parent`` if the examples show
        any, else for ``key`` anywhere."""
        return self.values.get(f"{parent}.{key}") or self.values.get(key, [])

    def fitting(self, schema: dict, kind: object, name: str, parent: str = "") -> list:
        """The example values for ``name`` (as ``get``) that fit ``schema`` (strings
        where the schema is no number or boolean and the examples show no string),
        checked once per schema node and name."""
        key = (id(schema), kind, name, parent)
        hit = self._fitting.get(key)
        if hit is not None and hit[0] is schema:
            return hit[1]
        seen = self.get(name, parent) if name else []
        if kind not in ("integer", "number", "boolean") and \
                not any(isinstance(v, str) for v in seen):
            seen = [str(v).lower() if isinstance(v, bool) else str(v) for v in seen]
        known = [v for v in seen if fits(schema, v)]
        if len(self._fitting) >= FITTING_LIMIT:  # schemas made on the fly (merged allOf)
            self._fitting.clear()
        self._fitting[key] = (schema, known)
        return known


def singular(name: str) -> str:
    """volume_ids -> volume_id, volumes -> volume (for an array's items)."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


CAMEL_RE = re.compile(r"([a-z0-9])([A-Z])")
NON_WORD_RE = re.compile(r"[^A-Za-z0-9]+")


@lru_cache(maxsize=4096)
def _words(name: str) -> str:
    text = CAMEL_RE.sub(r"\1-\2", name)
    return NON_WORD_RE.sub("-", text).strip("-").lower() or "value"


def is_id_name(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "Id", "_uuid", "-id"))


def is_time_name(name: str) -> bool:
    return name.endswith(("_at", "_time", "At", "Time")) or name in ("created", "updated")


def _is_type(kind: object, value: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    return kind == "null" and value is None


def fits(schema: dict, value: object) -> bool:
    """A quick check of a scalar against type, enum, length, pattern and bounds."""
    kind = schema.get("type")
    if kind is not None:
        if isinstance(kind, list):
            if not any(_is_type(k, value) for k in kind):
                return False
        elif not _is_type(kind, value):
            return False
    enum = schema.get("enum")
    if enum is not None and isinstance(enum, list) and \
            not any(v == value and type(v) is type(value) for v in enum):
        return False
    if isinstance(value, str):
        if "minLength" in schema or "maxLength" in schema or "pattern" in schema:
            return _string_fits(schema, value)
        return True
    if isinstance(value, (int, float)) and not isinstance(value, bool) and \
            ("minimum" in schema or "maximum" in schema or "exclusiveMinimum" in schema
             or "exclusiveMaximum" in schema):
        low, high = _bounds(schema)
        if (low is not None and value < low) or (high is not None and value > high):
            return False
    return True


def _string_fits(schema: dict, value: str) -> bool:
    if isinstance(schema.get("minLength"), int) and len(value) < schema["minLength"]:
        return False
    if isinstance(schema.get("maxLength"), int) and len(value) > schema["maxLength"]:
        return False
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return True
    return True


def _bounds(schema: dict) -> tuple[float | None, float | None]:
    low, high = schema.get("minimum"), schema.get("maximum")
    low = low if isinstance(low, (int, float)) and not isinstance(low, bool) else None
    high = high if isinstance(high, (int, float)) and not isinstance(high, bool) else None
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        low = ex_low + 1e-9
    elif ex_low is True and low is not None:
        low += 1e-9
    if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        high = ex_high - 1e-9
    elif ex_high is True and high is not None:
        high -= 1e-9
    return low, high


def described_ranges(schema: dict) -> list[tuple[int, int]]:
    """Ranges a description states: "数据盘：10GiB-32768GiB" -> [(10, 32768)]."""
    text = schema.get("description")
    if not isinstance(text, str):
        return []
    return [(int(a), int(b)) for a, b in RANGE_RE.findall(text) if int(a) <= int(b)]


class Key:
    """The (seed, salt, name) a choice is made from; ``used`` says whether a choice
    read it (a value no choice read is the same for every salt)."""

    __slots__ = ("parts", "used")

    def __init__(self, *parts: object):
        self.parts, self.used = parts, False

    def take(self) -> tuple:
        self.used = True
        return self.parts


def _pick(candidates: list, key: Key) -> object:
    if len(candidates) == 1:
        return candidates[0]
    return candidates[int.from_bytes(digest(*key.take())[:4], "big") % len(candidates)]


def scalar_for(schema: dict, name: str, salt: str, vocab: Vocabulary, seed: int,
               parent: str = "", key: Key | None = None) -> object:
    """A realistic scalar for a property ``name`` (of an object named ``parent``);
    ``key``, if given, is made from (seed, salt, name) and tells whether the salt
    mattered."""
    key = key or Key(seed, salt, name)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    known = vocab.fitting(schema, kind, name, parent)
    if kind in ("integer", "number"):
        return _number(schema, kind, known, key)
    if kind == "boolean":
        return _pick([v for v in known if isinstance(v, bool)] or [False], key)
    return _string(schema, name, known, key)


def _number(schema: dict, kind: str, known: list, key: Key) -> object:
    ranges = described_ranges(schema)
    inside = [v for v in known if isinstance(v, (int, float)) and not isinstance(v, bool)
              and (not ranges or any(a <= v <= b for a, b in ranges))]
    if kind == "integer":
        inside = [v for v in inside if float(v).is_integer()]
    if inside:
        value = _pick(inside, key)
        return int(value) if kind == "integer" else value
    low, high = _bounds(schema)
    value = max([a for a, _ in ranges] + [1])
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0 and value % multiple:
        value = (value // multiple + 1) * multiple
    if kind == "integer":
        value = int(value) if float(value).is_integer() else int(value) + 1
    return value


def _candidates(schema: dict, name: str, known: list, key: Key) -> Iterator[str]:
    """String candidates in order of preference, made only when asked for; the last
    one (from the name) is the fallback."""
    fmt = str(schema.get("format") or "")
    if fmt == "uuid" or (not fmt and is_id_name(name)):
        yield make_uuid(*key.take())
    if fmt == "date-time" or (not fmt and is_time_name(name)):
        yield make_timestamp(*key.take())
    if fmt in FORMATS:
        yield FORMATS[fmt]
    strings = [v for v in known if isinstance(v, str)]
    if strings:
        yield _pick(strings, key)
    yield (f"{_words(name)}-{digest(*key.take()).hex()[:4]}" if name
           else f"value-{digest(*key.take()).hex()[:4]}")


def _string(schema: dict, name: str, known: list, key: Key) -> str:
    text = ""
    for text in _candidates(schema, name, known, key):
        if fits(schema, text):
            return text
    low = schema.get("minLength") if isinstance(schema.get("minLength"), int) else 0
    high = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
    if len(text) < low:
        text += "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text
