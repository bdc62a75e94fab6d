"""Settle the line breaks the page geometry could not: by the document's own words.

A table cell broken between two Latin characters with no room left on the line may
have broken at a space (`is` / `belong`) or inside a token (`job_` / `id`,
`Map<String,Stri` / `ng>`, `AP` / `I。` pushed down by the no-break-before rule of `。`).
The choice that makes a known token wins: no space when the joined word (a path, a
type, a URL) or identifier is used elsewhere in the document; a space after a comma or
the like, or when one half is a prose word of the document (set apart by spaces) and
the other a word too; else no space (an identifier or path broken anywhere). A break beside CJK text joins with
nothing, unless the word on either side is one the document sets apart with spaces
(a label such as `取值范围`) and the two do not make one word.
"""
from __future__ import annotations

import re
from collections import Counter

from ..blocks import Block, Code, Heading, Paragraph, Row, Table
from .pdf_code import break_notes, settle_code
from .pdf_text import CJK_SOFT, SOFT

_MARKS = SOFT + CJK_SOFT
_ID = re.compile(r"[A-Za-z0-9_]+")
_MARK_OR_SPACE = re.compile(rf"[\s{_MARKS}]+")
_ID_TAIL = re.compile(r"[A-Za-z0-9_]*$")
_ID_HEAD = re.compile(r"^[A-Za-z0-9_]*")
_TRAILING = ".,;:!?。，；：！？、)）\"'”’]}>"
SET_APART = 3            # a word standing alone this often is set apart by spaces
_LEADING = "\"'“‘([{<（"


def _bare(word: str) -> str:
    """A word without the quotes, brackets and punctuation around it."""
    return word.lstrip(_LEADING).rstrip(_TRAILING)


def _plain(text: str) -> str:
    return text.replace(SOFT, "").replace(CJK_SOFT, "")


class Vocabulary:
    """Identifiers and white-space-delimited words (trailing punctuation aside) of a text,
    counted only where no unsettled break touches them."""

    def __init__(self, texts):
        self.ids: Counter = Counter()
        self.words: Counter = Counter()
        for text in texts:
            for piece in _pieces(text):
                self.ids.update(m.group() for m in _ID.finditer(piece))
                self.words[_bare(piece)] += 1

    def settle(self, text: str) -> str:
        if not any(m in text for m in _MARKS):
            return text
        out = []
        for k, ch in enumerate(text):
            if ch == SOFT:
                out.append(self._latin(text[:k], text[k + 1:]))
            elif ch == CJK_SOFT:
                out.append(self._cjk("".join(out), text[k + 1:]))
            else:
                out.append(ch)
        return "".join(out)

    def _latin(self, before: str, after: str) -> str:
        before, after = _plain(before), _plain(after)
        head = after.split(None, 1)[0] if after.strip() else ""
        tail = before.rsplit(None, 1)[-1] if before.strip() else ""
        if self.words[_bare(tail + head)]:
            return ""                            # a known word: a path, a type, a URL
        a, b = _ID_TAIL.search(before).group(), _ID_HEAD.match(after).group()
        if not a or not b:
            return " " if before[-1:] in ",;!?" and after[:1].isalpha() \
                or self._sentence(before, head) else ""
        if self.ids[a + b]:
            return ""                            # a known identifier
        if self._prose(a, b) or self._prose(b, a):
            return " "                           # two words, one of them a prose word
        return ""

    def _sentence(self, before: str, head: str) -> bool:
        """Does a sentence end before the break (`updated.` / `Please`): a full stop
    after a lower-case word, and a capitalised word next (a word of letters, which no
    known token spans: checked before)?"""
        word = _bare(head)
        return before[-1:] in ".!?" and before[-2:-1].islower() and word[:1].isupper() \
            and len(word) > 1 and word[1:].isalpha() and word[1:].islower()

    def _prose(self, word: str, other: str) -> bool:
        """Is `word` a prose word of the document (alone between spaces elsewhere), and
    `other` a word, a name or a number beside it (`of` / `AttachmentV3`, `than` /
    `1000`), not half an identifier?"""
        return word.isalpha() and self.words[word] >= 1 and len(word) >= 2 \
            and other.isalnum() and (other[0].isalpha() or other.isdigit() and len(other) > 1) \
            and (self.ids[other] > 0 or len(other) >= 3)

    def _cjk(self, before: str, after: str) -> str:
        nxt = _bare(_MARK_OR_SPACE.split(after, maxsplit=1)[0])
        prev = before.rsplit(None, 1)[-1] if before.strip() else ""
        if not nxt or not prev or self.words[_bare(prev + nxt)]:
            return ""
        if self.words[nxt] >= SET_APART or self.words[_bare(prev)] >= SET_APART:
            return " "                           # a word the document sets apart
        return ""


def _pieces(text: str):
    """The text's stretches between white space that no marker touches."""
    for token in text.split():
        if not any(m in token for m in _MARKS):
            yield token


def settle_blocks(blocks: list[Block]) -> list[Block]:
    """Every block with its unsettled breaks settled by the whole document's words."""
    blocks = [_code(b) if isinstance(b, Code) else b for b in blocks]
    texts: list[str] = []
    for b in blocks:
        if isinstance(b, (Paragraph, Code)):
            texts.append(b.text)
        elif isinstance(b, Heading):
            texts.append(b.title)
        elif isinstance(b, Table):
            texts.extend(b.header)
            texts.extend(c for r in b.rows for c in r.cells)
    vocab = Vocabulary(texts)
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            b = Paragraph(vocab.settle(b.text), b.loc)
        elif isinstance(b, Heading):
            b = Heading(b.number, vocab.settle(b.title), b.loc)
        elif isinstance(b, Table):
            b = Table(tuple(vocab.settle(c) for c in b.header),
                      tuple(Row(tuple(vocab.settle(c) for c in r.cells), r.loc) for r in b.rows),
                      b.loc, b.repeated_headers)
        out.append(b)
    return out


def _code(b: Code) -> Code:
    text, notes = break_notes(b.text)
    return Code(settle_code(text), b.loc, b.notes + notes)
