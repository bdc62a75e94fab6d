"""The spec as text: YAML and JSON (files are written by output_files.py).

YAML is written by yaml_text.py, PyYAML's own output for JSON values without its
per-event machinery; anything else goes through libyaml's C emitter (the same text as
PyYAML's pure-Python emitter on the EVS spec; where the two differ, e.g. the ECS spec's
long double-quoted examples, the output is libyaml's: yaml_text.py folds those as libyaml
does). The C emitter needs one workaround: libyaml treats characters beyond
the Basic Multilingual Plane (emoji such as 📖 in the manual's notes) as unprintable and
escapes the whole string.
Such characters are swapped for private-use stand-ins (printable and one column wide to
both emitters) before emitting and swapped back after.
"""
from __future__ import annotations

import json
import functools
import re

import yaml


def dump_json(doc, indent: int = 2) -> str:
    """Indented JSON, as `json.dumps(doc, ensure_ascii=False, indent=indent)` writes it, with
    a final newline."""
    data = _orjson_bytes(doc, indent)
    if data is not None:
        return data.decode("utf-8")
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def json_bytes(doc, indent: int = 2, *, floatless: bool = False) -> bytes:
    """dump_json's text in UTF-8, what a file gets (from orjson's bytes where it writes
    them: no round trip through `str`). `floatless`: the caller knows `doc` holds no float,
    so orjson's floats need no check (spec_texts)."""
    data = _orjson_bytes(doc, indent, floatless)
    if data is not None:
        return data
    return (json.dumps(doc, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def _orjson_bytes(doc, indent: int, floatless: bool = False) -> bytes | None:
    """dump_json's text as UTF-8 from orjson, ten times faster than the standard library,
    for documents whose every float it writes as Python does (checked); None where orjson
    is missing or would write otherwise (a key that is not a string, an integer beyond 64
    bits, a lone surrogate). orjson indents by two: other indents are its lines' leading
    runs rescaled (JSON text has no raw newline inside a string, so every line starts with
    indentation)."""
    try:
        import orjson
    except ImportError:
        return None
    if indent <= 0 or not (floatless or _floats_agree(doc, orjson)):
        return None
    try:
        data = orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return None
    if indent == 2:
        return data
    return (_reindent(data[:-1].decode("utf-8"), indent) + "\n").encode("utf-8")


def _reindent(text: str, indent: int) -> str:
    """Two-space indented JSON text indented by `indent` instead."""
    pad = " " * indent
    return "\n".join([pad * ((len(line) - len(body)) // 2) + body
                      for line in text.split("\n") for body in (line.lstrip(" "),)])


def _floats_agree(node, orjson) -> bool:
    """Whether orjson writes every float in `node` as the standard library does."""
    if type(node) is not dict and type(node) is not list:
        node = [node]
    stack = [node]
    pop, push = stack.pop, stack.append
    while stack:
        d = pop()
        for v in (d.values() if type(d) is dict else d):
            t = type(v)
            if t is dict or t is list:
                push(v)
            elif t is float and orjson.dumps(v).decode() != json.dumps(v):
                return False
    return True


def _special() -> re.Pattern:
    """Astral and private-use characters (compiled only where libyaml writes the YAML)."""
    from .yaml_text import swapped
    return swapped()


_STAND_INS = 0xE000


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
OPTIONS = dict(allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def _c_dumper():
    if not getattr(yaml, "__with_libyaml__", False):
        return None

    class CDumper(_dumper(yaml.CSafeDumper)):
        """The C emitter asks the resolver about every scalar twice: remember the answers
        (the spec has no path resolvers, so the answer depends on the value alone)."""

        _resolved: dict = {}

        def resolve(self, kind, value, implicit):
            # A scalar's value is a string, a collection's a list (unhashable): the
            # (value, implicit) key can only name a scalar's answer.
            try:
                return self._resolved[value, implicit]
            except (KeyError, TypeError):
                pass
            tag = super().resolve(kind, value, implicit)
            if kind is yaml.ScalarNode and type(implicit) is tuple:
                self._resolved[value, implicit] = tag
            return tag

    return CDumper


CDumper = _c_dumper()


class _Swap:
    """Characters beyond the BMP -> private-use stand-ins, and back."""

    def __init__(self) -> None:
        self.table: dict[str, str] = {}
        self.conflict = False              # the text has private-use characters itself

    def __call__(self, text: str) -> str:
        for ch in set(_special().findall(text)):
            if ch <= "\uf8ff":
                self.conflict = True
            elif ch not in self.table:
                self.table[ch] = chr(_STAND_INS + len(self.table))
        return "".join(self.table.get(ch, ch) for ch in text)

    def undo(self, text: str) -> str:
        for ch, stand_in in self.table.items():
            text = text.replace(stand_in, ch)
        return text


def spec_texts(doc: dict) -> tuple[str, bytes]:
    """What `build` writes of a document: dump_yaml's text and json_bytes' bytes. Where
    yaml_text.py writes the YAML, its walk meets every value, and a document in which it
    meets nothing but strings, integers, booleans and nulls needs no second walk to check
    orjson's floats."""
    others: set = set()
    text = _yaml_text(doc, others)
    if text is None:
        return _libyaml_text(doc), json_bytes(doc)
    return text, json_bytes(doc, floatless=not others)


def dump_yaml(doc: dict, *, python: bool = False) -> str:
    """The spec as YAML: libyaml's text. Written by yaml_text.py where it covers the
    document (both shipped specs), else by libyaml's C emitter. `python=True` forces
    PyYAML's pure-Python emitter, which folds long double-quoted strings otherwise (it
    escapes the break); for other documents its text is the same."""
    if python:
        return yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
    text = _yaml_text(doc)
    return text if text is not None else _libyaml_text(doc)


def _yaml_text(doc: dict, other_types: set | None = None) -> str | None:
    """yaml_text.py's text of `doc`, or None where it does not cover the document."""
    from .yaml_text import Unsupported, dump
    try:
        return dump(doc, PyDumper, width=OPTIONS["width"],
                    allow_unicode=OPTIONS["allow_unicode"], other_types=other_types)
    except Unsupported:
        return None


def _libyaml_text(doc: dict) -> str:
    """libyaml's text of `doc` (PyYAML's where libyaml is missing or cannot be used)."""
    if CDumper is None:
        return yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
    swap = _Swap()
    out = _emit(doc, swap)
    if swap.conflict or len(swap.table) > 0x1900:   # no safe stand-ins: the slow path is right
        return yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
    return swap.undo(out)


class _Children(list):
    """A collection node's children, hashed by identity (see _emit's resolver cache)."""

    __hash__ = object.__hash__


def _hashable(n):
    """A node from the representer, its collections' child lists made _Children."""
    if isinstance(n, yaml.SequenceNode):
        n.value = _Children(_hashable(v) for v in n.value)
    elif isinstance(n, yaml.MappingNode):
        n.value = _Children((_hashable(k), _hashable(v)) for k, v in n.value)
    return n


def _emit(doc, swap: _Swap) -> str:
    """yaml.dump with the C emitter, the nodes built directly: what SafeRepresenter makes
    of the spec's plain JSON values (block style, `|` for multi-line strings), without its
    per-value dispatch; other values go through the representer as usual."""
    import io
    stream = io.StringIO()
    dumper = CDumper(stream, **OPTIONS)
    scalar, mapping, sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    if not dumper.yaml_path_resolvers:
        # No path resolvers: the C emitter's per-node resolver calls need no Python frame.
        # descend/ascend only track paths (so: C callables that do nothing), and a tag
        # depends on (kind, value, implicit) alone, so a C-level cache answers repeats;
        # collections' child lists hash by identity (_Children) for it.
        dumper.descend_resolver, dumper.ascend_resolver = slice, tuple
        dumper.resolve = functools.lru_cache(maxsize=None)(
            functools.partial(yaml.resolver.BaseResolver.resolve, dumper))
    s_tag, m_tag, q_tag = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
    b_tag, i_tag, n_tag = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
    special = _special().search

    def node(d):
        t = type(d)
        if t is str:
            if not d.isascii() and special(d):
                d = swap(d)
            return scalar(s_tag, d, style="|" if "\n" in d else None)
        if t is dict:
            return mapping(m_tag, _Children([(scalar(s_tag, k) if type(k) is str and k.isascii()
                                              and "\n" not in k else node(k), node(v))
                                             for k, v in d.items()]), flow_style=False)
        if t is list:
            return sequence(q_tag, _Children([node(v) for v in d]), flow_style=False)
        if t is bool:
            return scalar(b_tag, "true" if d else "false")
        if t is int:
            return scalar(i_tag, str(d))
        if d is None:
            return scalar(n_tag, "null")
        return _hashable(dumper.represent_data(d))
    try:
        dumper.open()
        dumper.serialize(node(doc))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()
