"""Code-box rows that a word-wrapping engine broke at a space or after a break character
(`/`, `?`, `-`) look like rows that ended: the geometry marks them (CODE_WRAP) and the
code's syntax settles them: a row ending inside an open string literal continues, and
the JSON must parse again."""
from __future__ import annotations

import json

from extractor.sources.pdf_code import break_notes, open_string, settle_code
from extractor.sources.pdf_page import _in_string, _wrapped
from extractor.sources.pdf_text import CODE_BREAK, CODE_WRAP, Line

UNIT = 6.0               # one monospace cell
LEFT, RIGHT = 0.0, 60.0  # a box ten cells wide


def row(text: str, x0: float = LEFT) -> Line:
    chars = [{"text": ch, "x0": x0 + k * UNIT, "x1": x0 + (k + 1) * UNIT}
             for k, ch in enumerate(text)]
    solid = [c for c in chars if c["text"].strip()]
    return Line(text=text, x0=x0, x1=solid[-1]["x1"], top=0, bottom=10, baseline=10,
                size=10, chars=chars, mono=True, end=chars[-1]["x1"], unit=UNIT)


def test_row_whose_next_word_would_not_fit_is_marked():
    assert _wrapped(row('"ab cd'), row('efghi"'), RIGHT, LEFT) == "space"
    assert _wrapped(row('"ab cd'), row('ef"'), RIGHT, LEFT) == ""          # ef would fit
    # after a break character: a line (the example reader joins a string wrapped there);
    # with no room for the next word the page cannot tell an engine's wrap: "break"
    assert _wrapped(row('"ab/cd/'), row('efghi"'), RIGHT, LEFT) == "break"
    assert _wrapped(row('"ab/cd/'), row('ef"'), RIGHT, LEFT) == ""          # ef" would fit
    assert _wrapped(row('"abcdefghij'), row('k"'), RIGHT, LEFT) == "char"
    assert _wrapped(row('"ab cd'), row('efghi"', x0=UNIT), RIGHT, LEFT) == ""  # indented


def test_open_string():
    assert open_string('  "name": "a long')
    assert not open_string('  "name": "done",')
    assert open_string('  "q": "say \\"hi')
    assert not open_string('  "q": "say \\"hi\\""')


def test_row_ending_inside_a_string_continues_with_its_space():
    text = f'{{\n  "description": "a volume{CODE_WRAP}for the database",\n  "size": 10\n}}'
    out = settle_code(text)
    assert json.loads(out)["description"] == "a volume for the database"


def test_row_broken_after_a_break_character_joins_with_nothing():
    text = (f'{{"href": "https://host/v2/volumes/{CODE_WRAP}591ac654-26d8",\n'
            f' "next": "https://host/v2/volumes?{CODE_WRAP}limit=1"}}')
    value = json.loads(settle_code(text))
    assert value == {"href": "https://host/v2/volumes/591ac654-26d8",
                     "next": "https://host/v2/volumes?limit=1"}


def test_row_that_ended_stays_a_line():
    text = f'{{\n  "a": 1,{CODE_WRAP}\n  "b": "x"{CODE_WRAP}\n}}'
    assert settle_code(text) == '{\n  "a": 1,\n\n  "b": "x"\n\n}'


def test_rows_inside_and_between_tokens_in_one_box():
    text = f'{{"a": "one{CODE_WRAP}two", "b": [1,{CODE_WRAP}2]}}'
    assert json.loads(settle_code(text)) == {"a": "one two", "b": [1, 2]}


def test_not_json_keeps_the_string_rule():
    text = f'String name = "my{CODE_WRAP}volume";{CODE_WRAP}int size = 10;'
    assert settle_code(text) == 'String name = "my volume";\nint size = 10;'


def test_unsettled_break_inside_a_string_is_a_note_and_a_finding(tmp_path):
    """A row ending at `/` inside a string with no room for the next word: the layout's
    wrap or the manual's own break, the page cannot tell. It stays a line (the example
    reader joins the string), and the build says so in a finding."""
    text = (f'{{"href": "https://host/v2/volumes/{CODE_BREAK}\n591ac654-26d8",\n'
            f' "ids": [1,{CODE_BREAK}\n2]}}')
    plain, notes = break_notes(text)
    assert CODE_BREAK not in plain and plain == text.replace(CODE_BREAK, "")
    assert len(notes) == 1 and "volumes/' / '591ac654" in notes[0]

    from extractor.blocks import Code, Loc
    from extractor.sources.pdf_words import settle_blocks
    [code] = settle_blocks([Code(text, Loc(page=7))])
    assert code.text == plain and code.notes == notes


def test_row_broken_at_a_space_inside_a_string_needs_the_space_drawn():
    """Inside a string a row with no room for the next word was broken at a space only
    if the page draws that space at the row's end; with none it may be the manual's own
    line end (`"<or>` / `fusionstoragesata"`): unsettled, a line and a note."""
    assert _in_string("space", row('"ab cd'), '  "name": "ab cd') == "break"
    assert _in_string("space", row('"ab cd '), '  "name": "ab cd ') == "space"
    assert _in_string("space", row('ab, cd'), '  "name": 1, cd') == "space"   # no string
    assert _in_string("char", row('"abcdefghij'), '"abcdefghij') == "char"
