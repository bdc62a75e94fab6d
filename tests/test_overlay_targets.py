"""Overlay targets (overlay/targets.py): the JSONPath read and evaluated by the project selects
exactly what jsonpath-rfc9535 selects, in the same order; everything else, invalid targets
included, is the library's."""
from __future__ import annotations

import random
import subprocess
import sys

import jsonpath_rfc9535 as jsonpath
import pytest
from conftest import ROOT

from extractor.overlay.targets import Target, TargetError


def library(target: str, doc) -> list[tuple]:
    return [tuple(node.location) for node in jsonpath.compile(target).find(doc)]


def name_segment(rng, key) -> str:
    if rng.random() < 0.5 and key.isascii() and key.isidentifier():
        return f".{key}"
    quote = "'" if "'" not in key else '"'
    return f"[{quote}{key}{quote}]"


def random_location(rng, doc) -> list:
    loc, node = [], doc
    for _ in range(rng.randint(0, 7)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
        elif isinstance(node, list) and node:
            key = rng.randrange(len(node))
        else:
            break
        loc.append(key)
        node = node[key]
    return loc


def relative(rng, node, singular: bool) -> tuple[str, object]:
    """A relative query into `node` (a member of the filtered collection) and what one
    value it reaches (None where it reaches none or several)."""
    text, value = "@", node
    for _ in range(rng.randint(1, 3)):
        if isinstance(value, dict) and value and rng.random() < 0.8:
            key = rng.choice(list(value))
            text += name_segment(rng, key)
            value = value[key]
        elif isinstance(value, list) and value and rng.random() < 0.8:
            i = rng.randrange(len(value))
            i = i - len(value) if rng.random() < 0.3 else i
            text += f"[{i}]"
            value = value[i]
        elif not singular and rng.random() < 0.3:
            text += rng.choice([".*", "[*]"])
            value = None
        else:
            text += name_segment(rng, rng.choice(["description", "type", "x-source", "nope"]))
            value = None
    return text, value


def expression(rng, sample, depth: int = 0) -> str:
    r = rng.random()
    if depth < 2 and r < 0.3:
        op = rng.choice([" && ", "||", "&&", " || ", "\t&&\n"])
        return expression(rng, sample, depth + 1) + op + expression(rng, sample, depth + 1)
    if depth < 2 and r < 0.4:
        return rng.choice(["", "!"]) + "(" + expression(rng, sample, depth + 1) + ")"
    if r < 0.7:
        return rng.choice(["", "!"]) + relative(rng, sample, singular=False)[0]
    text, value = relative(rng, sample, singular=True)
    literal = value if isinstance(value, str) and rng.random() < 0.7 else rng.choice(
        ["string", "", "8.2.1.16", "云硬盘"])
    if "'" in literal or "\\" in literal or any(ch < " " for ch in literal):
        literal = "plain"
    return f"{text}{rng.choice([' == ', '==', ' != ', '!='])}'{literal}'"


def test_targets_select_what_the_library_selects(built):
    doc = built.doc
    rng = random.Random(9535)
    here = 0
    for _ in range(1500):
        loc = random_location(rng, doc)
        text, node = "$", doc
        for key in loc:
            parent, node = node, node[key]
            r = rng.random()
            if r < 0.15:
                text += rng.choice([".*", "[*]"])
            elif r < 0.3 and isinstance(parent, (dict, list)) and parent:
                sample = rng.choice(list(parent.values()) if isinstance(parent, dict) else parent)
                text += f"[?{expression(rng, sample)}]"
            elif isinstance(key, int):
                text += f"[{key - len(parent) if rng.random() < 0.3 else key}]"
            else:
                text += name_segment(rng, key)
        if rng.random() < 0.1:
            text += rng.choice(["[99999]", "[-99999]", ".missing", "['']", "[0]"])
        target = Target(text)
        here += target.evaluated_here
        assert target.locations(doc) == library(text, doc), text
    assert here > 1400          # keys with escapes or non-ASCII letters are the library's


@pytest.mark.parametrize("text", [
    "$..properties", "$.tags[0:2]", "$.tags[?@.name == 'a' || length(@.name) > 3]",
    "$.tags[?@['x-section'] > '3']", "$.tags[?@['x-section'] == 3]", "$['info','openapi']",
    "$ .info", "$.info.títle", "$['in\\u0066o']", "$.tags[? @.name]", "$.tags[?@.name ]",
    "$.tags[?@]", "$.tags[?'a' == @.name]", "$.paths[*][?@.deprecated == true]",
    "$.tags[?@.name == $.info.title]", "$.components.schemas[?@.properties[?@.type]]",
])
def test_other_targets_are_the_librarys(built, text):
    target = Target(text)
    assert not target.evaluated_here
    assert target.locations(built.doc) == library(text, built.doc)


@pytest.mark.parametrize("text", [
    "$.", "$[", "$.tags[01]", "$.tags[-0]", "$.tags[?@.name == 'a' &&]", "$.tags[?@.* == 'a']",
    "$.tags[?(@.name]", "info", "$.tags[9007199254740992]", "$['unclosed]", "$.tags[?@.a == 'x'",
])
def test_invalid_targets_fail_with_the_librarys_message(text):
    with pytest.raises(jsonpath.JSONPathError) as expected:
        jsonpath.compile(text)
    with pytest.raises(TargetError) as raised:
        Target(text)
    assert str(raised.value) == str(expected.value)


def test_applying_the_committed_overlay_leaves_the_library_unloaded():
    """The committed overlay's targets are read here: a build does not import
    jsonpath-rfc9535 (nor the `regex` package it loads)."""
    code = ("import sys; from pathlib import Path\n"
            "from extractor.overlay import read_overlay\n"
            "o = read_overlay(Path('specs/evs.overlay.yaml'), 'evs.overlay.yaml')\n"
            "assert all(a.query.evaluated_here for a in o.actions)\n"
            "assert 'jsonpath_rfc9535' not in sys.modules and 'regex' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
