"""The spec as YAML: libyaml's C emitter, byte-identical to PyYAML's pure-Python one.

The two emitters differ in one place: libyaml treats characters beyond the Basic
Multilingual Plane (emoji such as 📖 in the manual's notes) as unprintable and escapes
the whole string. Such characters are swapped for private-use stand-ins (printable and
one column wide to both emitters) before emitting and swapped back after.
"""
from __future__ import annotations

import re

import yaml

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_PRIVATE = range(0xE000, 0xF900)


def _str(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


def _dumper(base):
    class Dumper(base):
        """Safe YAML with no aliases (the spec shares nothing by identity)."""

        def ignore_aliases(self, data):
            return True

    Dumper.add_representer(str, _str)
    return Dumper


PyDumper = _dumper(yaml.SafeDumper)
CDumper = _dumper(yaml.CSafeDumper) if getattr(yaml, "__with_libyaml__", False) else None
OPTIONS = dict(allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def dump_yaml(doc: dict, *, python: bool = False) -> str:
    """`python=True` forces the pure-Python emitter (the reference the C path must match)."""
    if python or CDumper is None:
        return yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
    import json
    text = json.dumps(doc, ensure_ascii=False)
    astral = sorted(set(_ASTRAL.findall(text)))
    if not astral:
        return yaml.dump(doc, Dumper=CDumper, **OPTIONS)
    free = (chr(c) for c in _PRIVATE if chr(c) not in text)
    swap = {a: next(free, None) for a in astral}
    if None in swap.values():  # no stand-ins left: the slow emitter is always right
        return yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
    table = str.maketrans(swap)
    out = yaml.dump(_translate(doc, table), Dumper=CDumper, **OPTIONS)
    return out.translate({ord(v): k for k, v in swap.items()})


def _translate(node, table):
    if isinstance(node, str):
        return node.translate(table)
    if isinstance(node, dict):
        return {_translate(k, table): _translate(v, table) for k, v in node.items()}
    if isinstance(node, list):
        return [_translate(v, table) for v in node]
    return node
