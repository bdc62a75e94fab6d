"""Writing output: the spec as YAML and JSON, atomic files with the umask's mode.

A temp file made by `tempfile` is private (0600) and keeps that mode after the rename, so
each written file and folder is given the mode a plain `open()` / `mkdir()` would have.

YAML goes through libyaml's C emitter, byte-identical to PyYAML's pure-Python one. The
two differ in one place: libyaml treats characters beyond the Basic Multilingual Plane
(emoji such as 📖 in the manual's notes) as unprintable and escapes the whole string.
Such characters are swapped for private-use stand-ins (printable and one column wide to
both emitters) before emitting and swapped back after.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import yaml

from .errors import OutputError


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~umask()


def dir_mode() -> int:
    return 0o777 & ~umask()


def ensure_dir(folder: Path) -> None:
    """Create `folder` (and parents), or say in one line why it cannot be used."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: not a folder") from None
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder: "
                          f"{exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: the output folder is not writable")


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same folder, then rename: never a half-written file."""
    path = Path(path)
    ensure_dir(path.parent)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, cannot write a file there")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- the spec as text ---------------------------------------------------------------------

def dump_json(doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


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
