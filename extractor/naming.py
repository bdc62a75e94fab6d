"""Operation ids: readable English identifiers made by rule from a Chinese title and method + path.

The glossary (``data/glossary.json``, or any file of the same shape) holds the
manual's vocabulary, never per-operation names::

    verbs           Chinese verb -> English verb; "@query" means "list or show, by rule"
    modifiers       adverbs put before the verb (批量 -> batch)
    prepositions    open a trailing phrase with the nouns after them (到 -> to, 通过 -> by)
    terms           nouns and noun phrases (云硬盘 -> volume, 单个元数据 -> metadata item);
                    ASCII keys (API, QoS) match whole ASCII words, ignoring case;
                    other keys start with a CJK character
    stopwords       dropped (的, 指定, 信息 ...)
    list_markers    dropped, but make "@query" a list (列表, 所有)
    item_markers    dropped, but make "@query" a show (单个)
    method_verbs    the verb when a title has none, by HTTP method
    show_drops      English words redundant after "show" (details)
    uncountable     English words never pluralised (metadata ...)
    scope_parameters  path parameters that scope a request rather than name an item
    generic_chapter_words  English words too common to tell chapters apart (api)
    verb_nouns      a verb as a noun, for tag names (查询 -> query)

The rule for one title:

1. Drop the deprecation marker; split the title into ASCII words and CJK runs; cut
   the CJK runs by greedy longest match against all glossary keys. A CJK character
   no key covers is an unknown token (``uncovered()`` lists them) and is left out.
2. The first verb token is the verb (else ``method_verbs[method]``). "@query" becomes
   ``list`` if the title has a list marker, else ``show`` if it has an item marker
   or the path names an item (a path parameter that is not a scope parameter and
   does not directly follow a version segment), else ``list``.
3. The id is: modifiers + verb + object + trailing phrases, in lowerCamelCase. The
   object is every noun outside a prepositional phrase, in title order (Chinese
   "A的B" reads as the English compound "A B"); repeated adjacent words collapse.
   ``show`` drops ``show_drops`` words; ``list`` and ``batch`` pluralise the last
   object word. An empty object falls back to the last literal path segment.

``assign_operation_ids`` makes the ids of one manual unique, only where they clash
(clashes are judged on the snake_case form, so generators never clash either):

1. members of a clashing group get the API version of their path (``V2``, ``V21``,
   ``V3``), if the group has more than one version;
2. members still clashing get a discriminator: the first literal, non-version path
   segment at which their paths differ (``Cloudvolumes``, ``OsVendorVolumes``);
   if exactly one member is not deprecated, it keeps the shorter name;
3. members still clashing (paths alike but for parameter names: in practice one
   operation described twice) get an ordinal
   ``2``, ``3`` ... in order of (deprecated, key); the first keeps the name.

Before that, a section whose code samples call an SDK method is named after it
(``sdk_method``): the Python sample's ``client.create_volume(`` gives ``createVolume``,
whose snake_case is the SDK's name again; without a Python sample the Java or Go
method is used. Those names are pinned: clash resolution never changes them. Step 3
above is preceded by the chapter qualifier: members still clashing get the English
words of the chapters their section sits in (``历史 API`` > ``Cinder API`` gives
``legacyCinder...``), where those differ.

The result does not depend on input order; section numbers never appear in ids.
"""
from __future__ import annotations

import json
import keyword
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .cjk import is_ideograph
from .manual import strip_deprecation

GLOSSARY_PATH = Path(__file__).resolve().parent / "data" / "glossary.json"
QUERY = "@query"
ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+")
VERSION_SEGMENT_RE = re.compile(r"^v\d+(?:\.\d+)*$", re.IGNORECASE)
DEFAULT_METHOD_VERBS = {"GET": QUERY, "HEAD": QUERY, "POST": "create", "PUT": "update",
                        "PATCH": "update", "DELETE": "delete"}


@dataclass(frozen=True, slots=True, eq=False)
class Glossary:
    """The vocabulary of one manual; see the module docstring for the fields."""

    verbs: dict[str, str]
    modifiers: dict[str, str]
    prepositions: dict[str, str]
    terms: dict[str, str]
    stopwords: frozenset[str]
    list_markers: frozenset[str]
    item_markers: frozenset[str]
    method_verbs: dict[str, str]
    show_drops: frozenset[str]
    uncountable: frozenset[str]
    scope_parameters: frozenset[str]
    generic_chapter_words: frozenset[str] = frozenset()
    verb_nouns: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> "Glossary":
        return cls(
            verbs=dict(data.get("verbs", {})),
            modifiers=dict(data.get("modifiers", {})),
            prepositions=dict(data.get("prepositions", {})),
            terms=dict(data.get("terms", {})),
            stopwords=frozenset(data.get("stopwords", [])),
            list_markers=frozenset(data.get("list_markers", [])),
            item_markers=frozenset(data.get("item_markers", [])),
            method_verbs={k.upper(): v for k, v in
                          data.get("method_verbs", DEFAULT_METHOD_VERBS).items()},
            show_drops=frozenset(data.get("show_drops", [])),
            uncountable=frozenset(data.get("uncountable", [])),
            scope_parameters=frozenset(data.get("scope_parameters", [])),
            generic_chapter_words=frozenset(data.get("generic_chapter_words", [])),
            verb_nouns=dict(data.get("verb_nouns", {})),
        )


@lru_cache(maxsize=32)
def _kind_table(glossary: Glossary) -> tuple[dict[str, tuple[str, str]], int]:
    """Every glossary key -> (kind, English), earlier kinds winning; and the longest CJK key.
    (Glossary compares by identity, so the cache is per glossary object.)"""
    table: dict[str, tuple[str, str]] = {}
    groups: list[tuple[str, Iterable[tuple[str, str]]]] = [
        ("verb", glossary.verbs.items()),
        ("modifier", glossary.modifiers.items()),
        ("preposition", glossary.prepositions.items()),
        ("list", ((k, "") for k in sorted(glossary.list_markers))),
        ("item", ((k, "") for k in sorted(glossary.item_markers))),
        ("stop", ((k, "") for k in sorted(glossary.stopwords))),
        ("term", glossary.terms.items()),
    ]
    for kind, pairs in groups:
        for key, english in pairs:
            norm = key.lower() if key.isascii() else key
            table.setdefault(norm, (kind, english))
    longest = max((len(k) for k in table if not k.isascii()), default=1)
    return table, longest


def load_glossary(path: str | Path | None = None) -> Glossary:
    """Read a glossary file (default: the shipped ``data/glossary.json``)."""
    if path is None:
        return _default_glossary()
    return Glossary.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _default_glossary() -> Glossary:
    return Glossary.from_dict(json.loads(GLOSSARY_PATH.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of a title: kind is verb, modifier, preposition, list, item, stop,
    term, word (an ASCII word not in the glossary) or unknown (uncovered CJK)."""

    kind: str
    text: str
    english: str


def tokenize(title: str, glossary: Glossary | None = None) -> list[Token]:
    """Split a title (deprecation marker removed) by greedy longest glossary match."""
    g = glossary or load_glossary()
    table, longest = _kind_table(g)
    text = strip_deprecation(title)[0]
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        m = ASCII_WORD_RE.match(text, i)
        if m:
            word = m.group(0)
            kind, english = table.get(word.lower(), ("word", word.lower()))
            tokens.append(Token(kind, word, english))
            i = m.end()
            continue
        if not is_ideograph(ch):
            i += 1
            continue
        for n in range(min(longest, len(text) - i), 0, -1):
            piece = text[i:i + n]
            if piece in table:
                kind, english = table[piece]
                tokens.append(Token(kind, piece, english))
                i += n
                break
        else:
            if tokens and tokens[-1].kind == "unknown":
                last = tokens.pop()
                tokens.append(Token("unknown", last.text + ch, ""))
            else:
                tokens.append(Token("unknown", ch, ""))
            i += 1
    return tokens


def uncovered(title: str, glossary: Glossary | None = None) -> list[str]:
    """The CJK runs of a title that no glossary key covers (empty when fully covered)."""
    return [t.text for t in tokenize(title, glossary) if t.kind == "unknown"]


# ---------------------------------------------------------------------------- paths

def path_segments(path: str) -> list[str]:
    return [s for s in re.sub(r"\s+", "", path).split("/") if s]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


@lru_cache(maxsize=4096)          # pure, asked again for every schema and name
def path_version(path: str) -> str:
    """The API version of a path as an id suffix: /v2.1/... -> "V21"; "" if none."""
    for seg in path_segments(path):
        if VERSION_SEGMENT_RE.match(seg):
            return "V" + re.sub(r"\D", "", seg)
    return ""


def literal_segments(path: str) -> list[str]:
    """The path's fixed segments, without parameters and version segments."""
    return [s for s in path_segments(path) if not _is_param(s) and not VERSION_SEGMENT_RE.match(s)]


def names_an_item(path: str, glossary: Glossary | None = None) -> bool:
    """True when a path parameter names an item (not a scope such as the project)."""
    g = glossary or load_glossary()
    segs = path_segments(path)
    for i, seg in enumerate(segs):
        if not _is_param(seg):
            continue
        if seg[1:-1] in g.scope_parameters:
            continue
        if i > 0 and VERSION_SEGMENT_RE.match(segs[i - 1]):
            continue
        return True
    return False


# ---------------------------------------------------------------------------- words

def _words(text: str) -> list[str]:
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def pluralise(word: str, glossary: Glossary | None = None) -> str:
    g = glossary or load_glossary()
    if word in g.uncountable or word.endswith("s") or not word.isalpha():
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def camel(words: list[str]) -> str:
    """["list", "api", "version"] -> "listApiVersion"."""
    out = ""
    for i, w in enumerate(words):
        out += w.lower() if i == 0 else w[:1].upper() + w[1:].lower()
    return out


@lru_cache(maxsize=4096)          # pure, asked again for every schema and name
def snake_case(identifier: str) -> str:
    """lowerCamelCase -> snake_case: createVolumeV3 -> create_volume_v3."""
    s = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", identifier)
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", s)
    return s.lower()


def _safe_identifier(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]", "", name) or "operation"
    if name[0].isdigit():
        name = "op" + name[0].upper() + name[1:]
    if keyword.iskeyword(name) or keyword.iskeyword(snake_case(name)):
        name += "Operation"
    return name


def operation_id(title: str, method: str, path: str, glossary: Glossary | None = None) -> str:
    """The base operationId of one API section (not yet made unique); see the module rule."""
    g = glossary or load_glossary()
    tokens = tokenize(title, g)
    verb_at = next((i for i, t in enumerate(tokens) if t.kind == "verb"), None)
    verb = tokens[verb_at].english if verb_at is not None else g.method_verbs.get(method.upper(), method.lower())
    kinds = {t.kind for t in tokens}
    if verb == QUERY:
        if "list" in kinds:
            verb = "list"
        elif "item" in kinds or names_an_item(path, g):
            verb = "show"
        else:
            verb = "list"
    modifiers = [w for t in tokens if t.kind == "modifier" for w in _words(t.english)]
    obj: list[str] = []
    phrases: list[list[str]] = []
    current = obj
    for i, t in enumerate(tokens):
        if i == verb_at:
            current = obj
        elif t.kind == "preposition":
            phrases.append(_words(t.english))
            current = phrases[-1]
        elif t.kind in ("term", "word", "verb"):
            if t.english != QUERY:
                current.extend(_words(t.english))
    if verb == "show":
        obj = [w for w in obj if w not in g.show_drops]
    if not obj:
        lits = literal_segments(path)
        obj = _words(lits[-1]) if lits else []
    obj = [w for i, w in enumerate(obj) if i == 0 or w != obj[i - 1]]
    if obj and (verb == "list" or "batch" in modifiers):
        obj[-1] = pluralise(obj[-1], g)
    trailing = [w for p in phrases if len(p) > 1 for w in p]
    return _safe_identifier(camel(modifiers + _words(verb) + obj + trailing))


# ---------------------------------------------------------------------------- a manual

def _natural_key(key: Hashable) -> tuple:
    parts = re.split(r"(\d+)", str(key))
    return tuple((0, int(p), "") if p.isdecimal() else (1, 0, p) for p in parts if p)


def _clashes(names: dict) -> list[list]:
    """Groups (of 2+ keys, sorted) whose names are equal in snake_case, in a stable order."""
    by: dict[str, list] = defaultdict(list)
    for k, n in names.items():
        by[snake_case(n)].append(k)
    return [sorted(ks, key=_natural_key) for _, ks in sorted(by.items()) if len(ks) > 1]


def _discriminators(paths: list[str]) -> list[str]:
    """Per path, the camel-cased first literal segment at which the paths differ."""
    lits = [literal_segments(p) for p in paths]
    for i in range(max((len(x) for x in lits), default=0)):
        column = [x[i] if i < len(x) else "" for x in lits]
        if len(set(column)) > 1:
            return [camel(["x"] + _words(c))[1:] for c in column]
    return [""] * len(paths)


class OpItem(NamedTuple):
    """One API section to name: ``sdk`` is its SDK method id (``sdk_method``) or "",
    ``chapter`` the English words of the chapters above its tag (``chapter_words``)."""

    key: Hashable
    title: str
    method: str
    path: str
    deprecated: bool
    sdk: str = ""
    chapter: tuple[str, ...] = ()


# `client.method(`, at a word's start (sdk_calls tests the character before: a pattern that
# opens with the literal is searched for fast, one that opens with `\b` tried everywhere)
SDK_CALL_RE = re.compile(r"client\.([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def sdk_calls(source: str) -> list[str]:
    """The methods `source` calls on `client`, as `\\bclient\\.(name)\\s*\\(` finds them."""
    return [m.group(1) for m in SDK_CALL_RE.finditer(source)
            if not m.start() or not _word_char(source[m.start() - 1])]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"          # `re`'s \w


SDK_LANGUAGES = ("python", "java", "go")


def sdk_method(samples: Iterable[tuple[str, str]]) -> str:
    """The operationId a section's SDK code samples give, as (language, source) pairs:
    the one method the Python samples call on ``client`` (else Java's, else Go's), in
    lowerCamelCase whose snake_case is the Python name; "" when none or several."""
    by_lang: dict[str, set[str]] = defaultdict(set)
    for language, source in samples:
        by_lang[language.strip().lower()].update(sdk_calls(source))
    for lang in SDK_LANGUAGES:
        names = by_lang.get(lang, set())
        if len(names) == 1:
            name = names.pop()
            words = _words(name) if "_" in name else _words(snake_case(_fold_acronyms(name)))
            return _safe_identifier(camel(words))
    return ""


def _fold_acronyms(name: str) -> str:
    """``ModifyVolumeQoS`` -> ``ModifyVolumeQos``: a capitalised run ending a word is one word."""
    return re.sub(r"(?<=[A-Z][a-z])([A-Z]+)(?=[A-Z][a-z]|$)", lambda m: m.group(1).lower(), name)


def chapter_words(titles: Sequence[str], glossary: Glossary | None = None) -> tuple[str, ...]:
    """The English words of chapter titles (outermost first) that tell one chapter from
    another: ``["历史 API", "Cinder API"]`` -> ("legacy", "cinder"); generic words such
    as "api" (the glossary's ``generic_chapter_words``) are left out."""
    g = glossary or load_glossary()
    out: list[str] = []
    for title in titles:
        for t in tokenize(title, g):
            if t.kind in ("term", "word", "modifier"):
                for w in _words(t.english):
                    if w not in g.generic_chapter_words and w not in out:
                        out.append(w)
    return tuple(out)


def assign_operation_ids(items: Iterable[Sequence], glossary: Glossary | None = None) -> dict:
    """Unique operationIds for ``OpItem``-shaped tuples (the last two fields optional);
    see the module rule."""
    g = glossary or load_glossary()
    rows = [OpItem(*it) for it in items]
    info = {r.key: r._replace(path=re.sub(r"\s+", "", r.path), deprecated=bool(r.deprecated))
            for r in rows}
    names = {k: r.sdk or operation_id(r.title, r.method, r.path, g) for k, r in info.items()}
    pinned = {k for k, r in info.items() if r.sdk}

    def clashes() -> list[tuple[list, list]]:
        """(whole group, its members that may change) for each clash; pinned names stay."""
        out = []
        for group in _clashes(names):
            free = [k for k in group if k not in pinned]
            if free:
                out.append((group, free))
        return out

    def qualify(step, keep_live: bool = False) -> None:
        for group, free in clashes():
            values = {k: step(k, group) for k in group}
            if len(set(values.values())) == 1:
                continue
            live = [k for k in group if not info[k].deprecated]
            for k in free:
                if values[k] and not (keep_live and len(live) == 1 and k == live[0]):
                    names[k] = values[k] if step is by_chapter else names[k] + values[k]

    def by_version(k, group) -> str:
        return path_version(info[k].path)

    def by_path(k, group) -> str:
        return dict(zip(group, _discriminators([info[m].path for m in group])))[k]

    def by_chapter(k, group) -> str:
        chapter = list(info[k].chapter)
        return camel(chapter + _words(snake_case(names[k]))) if chapter else ""

    qualify(by_version)
    qualify(by_path, keep_live=True)
    qualify(by_chapter)

    used = {snake_case(n) for n in names.values()}
    for group, free in clashes():
        ordered = sorted(free, key=lambda k: (info[k].deprecated, info[k].path, info[k].title,
                                              _natural_key(k)))
        for k in ordered[0 if len(free) < len(group) else 1:]:
            n = 2
            while snake_case(f"{names[k]}{n}") in used:
                n += 1
            names[k] = f"{names[k]}{n}"
            used.add(snake_case(names[k]))
    return names
