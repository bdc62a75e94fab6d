"""Reading an OpenAPI Overlay 1.0 document: its actions, with their JSONPath targets compiled
(targets.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..util import load_yaml
from .targets import Target, TargetError

VERSION = re.compile(r"^1\.0\.\d+$")
ACTION_KEYS = {"target", "description", "update", "remove"}
NO_VALUE = object()


@dataclass(frozen=True, eq=False)   # never compared
class Action:
    """One action: `index` counts from 1 in the file's `actions` list."""

    index: int
    target: str
    query: Target
    description: str
    update: object = NO_VALUE
    remove: bool = False

    @property
    def has_update(self) -> bool:
        return self.update is not NO_VALUE


@dataclass(frozen=True, eq=False)   # never compared
class Overlay:
    path: Path
    name: str            # the file as recorded in `x-overlay` (relative, never a machine path)
    title: str
    version: str
    actions: tuple[Action, ...]


def read_overlay(path: Path, name: str) -> Overlay:
    """Parse and check an overlay file; a one-line InputError naming the place if it is bad."""
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such overlay file") from None
    except ValueError as exc:            # (not YAML, or not UTF-8)
        raise InputError(f"{path}: not a YAML/JSON overlay: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict) or "overlay" not in doc:
        raise InputError(f"{path}: not an OpenAPI Overlay document (no 'overlay' field)")
    if not VERSION.match(str(doc["overlay"])):
        raise InputError(f"{path}: overlay version {doc['overlay']!r} is not supported (1.0.x)")
    info = doc.get("info")
    if not isinstance(info, dict) or not info.get("title") or "version" not in info:
        raise InputError(f"{path}: the overlay needs an 'info' with 'title' and 'version'")
    raw = doc.get("actions")
    if not isinstance(raw, list) or not raw:
        raise InputError(f"{path}: the overlay needs a non-empty 'actions' list")
    actions = tuple(_action(path, i, a) for i, a in enumerate(raw, 1))
    return Overlay(path, name, str(info["title"]), str(info["version"]), actions)


def _action(path: Path, index: int, raw) -> Action:
    where = f"{path}: action {index}"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: not a mapping")
    unknown = sorted(k for k in raw if k not in ACTION_KEYS and not str(k).startswith("x-"))
    if unknown:
        raise InputError(f"{where}: unknown field(s) {', '.join(map(str, unknown))}")
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise InputError(f"{where}: 'target' must be a JSONPath starting with '$'")
    try:
        query = Target(target)
    except TargetError as exc:
        raise InputError(f"{where}: target {target!r}: {exc}") from None
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise InputError(f"{where}: 'remove' must be true or false")
    if not remove and "update" not in raw:
        raise InputError(f"{where}: neither 'update' nor 'remove: true'")
    description = raw.get("description") or ""
    if not isinstance(description, str):
        raise InputError(f"{where}: 'description' must be a string")
    return Action(index, target, query, description.strip(), raw.get("update", NO_VALUE), remove)


def display_name(path: Path, spec_dir: Path | None) -> str:
    """How `x-overlay` names a file: relative to the spec's folder, else to the current
    folder, else just its name (so no machine path ever reaches the spec)."""
    resolved = path.resolve()
    for base in ([spec_dir] if spec_dir else []) + [Path.cwd()]:
        try:
            return resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.name
