"""The manual's words, per language, as data (`extractor/data/vocab/<lang>.json`).

Section labels, table headers, yes/no, deprecation markers, reference phrases and
caption shapes differ between the Chinese and the English editions of the same
template; the readers look them up here, so a language or a phrasing is a data change.
Lookups that do not know the language try every vocabulary (the labels do not clash).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent / "data" / "vocab"
_QUALIFIER_RE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
# What letter_counts counts (cjk.HAN and ASCII letters), in a text's UTF-8 bytes, counted in
# C with no pattern to compile or run: a Han ideograph U+4E00..U+9FFF is three bytes led
# by E4 B8..E4 BF (U+4E00..U+4FFF) or by E5..E9 (U+5000..U+9FFF), and a lead byte is never
# a continuation byte; a Latin letter is one of 52 bytes.
_HAN_LEADS = tuple(bytes([lead]) for lead in range(0xE5, 0xEA)) + tuple(
    bytes([0xE4, second]) for second in range(0xB8, 0xC0))
_LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


@dataclass(frozen=True, repr=False, eq=False)   # one per language, never printed or compared
class Vocab:
    language: str
    name: str
    script: str                    # "han" | "latin": what detect_language counts
    contents_label: str
    section_labels: dict[str, str]
    table_headers: dict[str, list[str]]
    yes: tuple[str, ...]
    no: tuple[str, ...]
    none: tuple[str, ...]
    deprecation_markers: tuple[str, ...]
    reference_phrases: tuple[str, ...]
    caption_re: re.Pattern
    table_captions: dict[str, list[str]]
    model_caption_suffixes: tuple[str, ...]
    shared_status_phrases: tuple[str, ...]
    shared_error_phrases: tuple[str, ...]
    reference_columns: dict[str, dict[str, list[str]]]
    reference_markers: dict[str, list[list[str]]]
    document_types: dict[str, str]             # an export's doc_type code -> document title
    header_mention_re: re.Pattern | None       # prose naming a request header (and a value)
    header_row_re: re.Pattern | None = None    # a table row's description: "returned in the
    #                                            header" (the row is a header, not a body field)


def _load(path: Path) -> Vocab:
    d = json.loads(path.read_text(encoding="utf-8"))
    return Vocab(
        language=d["language"], name=d["name"], script=d["script"], contents_label=d["contents_label"],
        section_labels=dict(d["section_labels"]), table_headers=dict(d["table_headers"]),
        yes=tuple(d["yes"]), no=tuple(d["no"]), none=tuple(d.get("none", ())),
        deprecation_markers=tuple(d["deprecation_markers"]),
        reference_phrases=tuple(d["reference_phrases"]),
        caption_re=re.compile(d["caption_pattern"]),
        table_captions={k: list(v) for k, v in d["table_captions"].items()},
        model_caption_suffixes=tuple(d.get("model_caption_suffixes", ())),
        shared_status_phrases=tuple(d.get("shared_status_phrases", ())),
        shared_error_phrases=tuple(d.get("shared_error_phrases", ())),
        reference_columns=d.get("reference_columns", {}),
        reference_markers=d.get("reference_markers", {}),
        document_types=d.get("document_types", {}),
        header_mention_re=re.compile(d["header_mention_pattern"])
        if d.get("header_mention_pattern") else None,
        header_row_re=re.compile(d["header_row_pattern"], re.I)
        if d.get("header_row_pattern") else None,
    )


@lru_cache(maxsize=None)
def vocabularies() -> tuple[Vocab, ...]:
    """Every vocabulary shipped, in file-name order (deterministic)."""
    return tuple(_load(p) for p in sorted(VOCAB_DIR.glob("*.json")))


def reload() -> None:
    """Forget the loaded vocabularies (after VOCAB_DIR changed)."""
    for f in (vocabularies, _labels, deprecation_re, reference_re, error_chapter_reference_re,
              header_words, _column, _is_reference_table, *_TEXT_LOOKUPS):
        f.cache_clear()


def vocab(language: str) -> Vocab:
    for v in vocabularies():
        if v.language == language:
            return v
    raise KeyError(f"no vocabulary for language '{language}'")


def _norm(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=None)
def _labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for v in vocabularies():
        for k, kind in v.section_labels.items():
            out.setdefault(_norm(k), kind)
    return out


@lru_cache(maxsize=8192)
def section_label(text: str) -> str | None:
    """The part a label paragraph opens (`请求参数`, `Request` -> "request"), or None.

    A qualifier in brackets after a label (`Example Request (Creating an ECS)`) keeps it a label.
    """
    t = _norm(text)
    kind = _labels().get(t)
    if kind is None and t.endswith((")", "）")) and _QUALIFIER_RE.search(t):
        kind = _labels().get(_QUALIFIER_RE.sub("", t))
    return kind


def is_section_label(text: str) -> bool:
    return section_label(text) is not None


def label_for(language: str, kind: str) -> str:
    """The manual's own label of a part (`errors` -> `错误码` / `Error Codes`) in its
    language; "" where that language has none."""
    try:
        labels = vocab(language).section_labels
    except KeyError:
        return ""
    return next((k for k, v in labels.items() if v == kind), "")


def label_words() -> tuple[str, ...]:
    """Every label word of every language (for readers that split glued text)."""
    return tuple(_labels())


def contents_labels() -> tuple[str, ...]:
    return tuple(v.contents_label for v in vocabularies())


@lru_cache(maxsize=8192)
def caption(text: str) -> tuple[str, str] | None:
    """(number, title) of a table caption (`表 6-4 X`, `Table 3 Request parameters`), or None."""
    t = text.strip()
    for v in vocabularies():
        m = v.caption_re.match(t)
        if m:
            return m.group("number"), m.group("title").strip()
    return None


@lru_cache(maxsize=8192)
def table_kind(title: str) -> str | None:
    """What a caption title names: path/query/header/body/response_body/response_header."""
    t = _norm(title)
    for v in vocabularies():
        for kind, titles in v.table_captions.items():
            if any(t == _norm(x) or t.lower() == _norm(x).lower() for x in titles):
                return kind
    return None


def captions_of(kind: str) -> tuple[str, ...]:
    return tuple(x for v in vocabularies() for x in v.table_captions.get(kind, ()))


@lru_cache(maxsize=None)
def header_words(role: str) -> tuple[str, ...]:
    """Header words of a column role ("name", "required", "type", "description")."""
    return tuple(w for v in vocabularies() for w in v.table_headers.get(role, ()))


def column(header: tuple[str, ...], role: str) -> int | None:
    """Index of the first header cell containing one of the role's words."""
    try:
        return _column(tuple(header), role)
    except TypeError:           # a cell that is not a string: not cached
        return _column.__wrapped__(header, role)


@lru_cache(maxsize=4096)        # a manual repeats a few headers on hundreds of tables
def _column(header: tuple[str, ...], role: str) -> int | None:
    words = header_words(role)
    for i, h in enumerate(header):
        if any(w in h for w in words):
            return i
    return None


@lru_cache(maxsize=8192)
def yes_no(flag: str) -> bool | None:
    """是/Yes -> True, 否/No -> False, anything else None."""
    t = flag.strip()
    for v in vocabularies():
        if t in v.yes or t.lower() in (y.lower() for y in v.yes):
            return True
        if t in v.no or t.lower() in (n.lower() for n in v.no):
            return False
    return None


@lru_cache(maxsize=8192)
def is_none_word(text: str) -> bool:
    t = text.strip().rstrip("。.")
    return any(t == w for v in vocabularies() for w in v.none)


@lru_cache(maxsize=None)
def deprecation_re() -> re.Pattern:
    """A trailing deprecation marker in brackets: `（已废弃）`, `(废弃)`, `(Discarded)`."""
    words = sorted({w for v in vocabularies() for w in v.deprecation_markers}, key=len,
                   reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*[（(]\s*(?:{alt})\s*[）)]\s*$", re.I)


@lru_cache(maxsize=8192)
def model_name_from_caption(title: str) -> str:
    """A model table's name from its caption title: the words before a generic suffix
    (`servers field description` -> `servers`); the whole title when none applies."""
    t = _norm(title)
    for v in vocabularies():
        for suf in sorted(v.model_caption_suffixes, key=len, reverse=True):
            if t.lower().endswith(" " + suf.lower()) and len(t) > len(suf) + 1:
                return t[: -len(suf) - 1].strip()
    return t


@lru_cache(maxsize=None)
def reference_re() -> re.Pattern:
    """`For details, see Table 4` / `详情请参见表6-4`: the referenced table's number."""
    phrases = sorted({p for v in vocabularies() for p in v.reference_phrases}, key=len,
                     reverse=True)
    alt = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:{alt})\s*(?:Table|表)\s*(?P<number>[0-9A-Z]+(?:-\d+)?)")


def _ordered() -> tuple[Vocab, ...]:
    """Vocabularies with the Han-script ones first (the first manual's words lead)."""
    return tuple(sorted(vocabularies(), key=lambda v: (v.script != "han", v.language)))


def reference_roles(kind: str) -> dict[str, tuple[str, ...]]:
    """Header words per column role of a reference table ("permission", "error_code"),
    spaces removed (the readers compare headers squashed)."""
    out: dict[str, list[str]] = {}
    for v in _ordered():
        for role, words in v.reference_columns.get(kind, {}).items():
            known = out.setdefault(role, [])
            known.extend(w for w in ("".join(x.split()) for x in words) if w not in known)
    return {role: tuple(words) for role, words in out.items()}


def is_reference_table(kind: str, header) -> bool:
    """Whether a header marks a reference table of this kind: for some language, one of
    its marker sets has every word inside some header cell (spaces ignored)."""
    try:
        return _is_reference_table(kind, tuple(header))
    except TypeError:           # a cell that is not a string: not cached
        return _is_reference_table.__wrapped__(kind, header)


@lru_cache(maxsize=4096)
def _is_reference_table(kind: str, header) -> bool:
    heads = ["".join(h.split()).replace("（", "(").replace("）", ")") for h in header]
    for v in _ordered():
        for words in v.reference_markers.get(kind, []):
            if all(any("".join(w.split()) in h for h in heads) for w in words):
                return True
    return False


def header_mentions(text: str) -> list[tuple[str, str, str]]:
    """(header name, value or "", sentence) for each request header the prose names
    (`use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to …`)."""
    out: list[tuple[str, str, str]] = []
    for v in vocabularies():
        if v.header_mention_re is None:
            continue
        for m in v.header_mention_re.finditer(text):
            start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            end = text.find("\n", m.end())
            out.append((m.group("name"), m.group("value") or "",
                        text[start:end if end >= 0 else len(text)].strip()))
    return out


@lru_cache(maxsize=8192)
def header_row_phrase(text: str) -> tuple[str, str] | None:
    """(phrase, side) where a row's description says its value travels in a header
    (`which is returned in the request header`, `在响应消息头中返回`); side is the side the
    words name ("request" or "response", from the pattern's groups of those names; "" when
    they name none)."""
    for v in vocabularies():
        m = v.header_row_re.search(text) if v.header_row_re is not None else None
        if m:
            groups = m.groupdict()
            side = next((s for s in ("request", "response") if groups.get(s)), "")
            return m.group(0).strip(), side
    return None


def shared_status_phrases() -> tuple[str, ...]:
    return tuple(p for v in vocabularies() for p in v.shared_status_phrases)


def shared_error_phrases() -> tuple[str, ...]:
    return tuple(p for v in vocabularies() for p in v.shared_error_phrases)


@lru_cache(maxsize=None)
def error_chapter_reference_re() -> re.Pattern:
    """`请参见错误码` / `See Error Codes.`: prose that defers to the shared error-code chapter."""
    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    leads = alt(p for v in vocabularies() for p in v.reference_phrases)
    return re.compile(rf"(?:{leads})\W{{0,3}}(?:{alt(shared_error_phrases())})", re.I)


# Lookups of a manual's text, each a pure function of its string and the vocabularies: a
# manual repeats the same labels, captions and flags hundreds of times.
_TEXT_LOOKUPS = (section_label, caption, table_kind, yes_no, is_none_word,
                 model_name_from_caption, header_row_phrase)


LETTERS_READ = 200_000      # detect_language stops after the text that passes this many


def detect_language(texts) -> str:
    """The vocabulary language whose script the texts are written in: a Han-script language
    when ideographs are at least a tenth of the letters (Chinese manuals keep many Latin
    names), else a Latin-script one; "" for no letters at all."""
    han, latin = letter_counts(texts)
    if han + latin == 0:
        return ""
    script = "han" if han * 10 >= han + latin else "latin"
    return next((v.language for v in vocabularies() if v.script == script), "")


def letter_counts(texts, batch_size: int = 8192) -> tuple[int, int]:
    """(Han ideographs, Latin letters) in the texts, up to and including the text with
    which the total passes LETTERS_READ. Texts are scanned a batch at a time (a scan per
    short paragraph costs more than the scanning); a batch in which the total could pass
    the limit is scanned text by text, so the count stops after the same text."""
    han = latin = 0

    def count(text: str) -> None:
        nonlocal han, latin
        data = text.encode("utf-8", "surrogatepass")
        han += sum(map(data.count, _HAN_LEADS))
        latin += len(data) - len(data.translate(None, _LATIN_BYTES))

    for batch in _batches(texts, batch_size):
        if han + latin + sum(map(len, batch)) <= LETTERS_READ:   # no more letters than characters
            count("\n".join(batch))
            continue
        for t in batch:
            count(t)
            if han + latin > LETTERS_READ:
                return han, latin
    return han, latin


def _batches(texts, size: int):
    batch: list[str] = []
    length = 0
    for t in texts:
        batch.append(t)
        length += len(t)
        if length >= size:
            yield batch
            batch, length = [], 0
    if batch:
        yield batch
