"""Wrapped cell lines: a line pushed down with the quote and the punctuation glued to
its first letter (no break on either side of an ASCII quote, none before a closing
mark) was broken for want of room, so the break may be inside a word (`"SS` / `D"，`).
Such breaks are settled by the document's words (pdf_words.py)."""
from __future__ import annotations

from extractor.sources.pdf_text import SOFT, Line, join_wrapped
from extractor.sources.pdf_words import Vocabulary

UNIT = 6.0


def line(text: str, x0: float = 0.0) -> Line:
    chars = [{"text": ch, "x0": x0 + k * UNIT, "x1": x0 + (k + 1) * UNIT}
             for k, ch in enumerate(text)]
    return Line(text=text, x0=x0, x1=chars[-1]["x1"], top=0, bottom=10, baseline=10,
                size=10, chars=chars, end=chars[-1]["x1"])


def test_quote_and_comma_glued_to_the_pushed_letter():
    # room for one more character after `"SS`, not for `D"，"`
    right = 4 * UNIT + 3.5
    assert join_wrapped([line('"SS'), line('D"，"ESSD"')], right) == f'"SS{SOFT}D"，"ESSD"'


def test_word_that_would_have_fitted_was_broken_at_a_space():
    right = 10 * UNIT
    assert join_wrapped([line('"SS'), line('D"，"ESSD"')], right) == '"SS D"，"ESSD"'


def test_document_words_settle_a_break_between_words():
    """A prose word the document uses once on its own, beside a word or a number, is
    two words (`Limit` / `Num`, `than` / `1000`); a full stop after a word with a
    capitalised word next ends a sentence; an identifier the document knows stays whole,
    and so does a break nothing settles (an identifier broken anywhere)."""
    vocab = Vocabulary(["Exceed the Limit here", "less than a few", "volume_id is",
                        "EVS.2088"])
    assert vocab.settle(f"Max Limit{SOFT}Num.") == "Max Limit Num."
    assert vocab.settle(f"not greater than{SOFT}1000.") == "not greater than 1000."
    assert vocab.settle(f"being updated.{SOFT}Please try") == "being updated. Please try"
    assert vocab.settle(f"volume_{SOFT}id") == "volume_id"
    assert vocab.settle(f"EVS.{SOFT}2088") == "EVS.2088"
    assert vocab.settle(f"snapsh{SOFT}ots") == "snapshots"
