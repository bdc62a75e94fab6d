"""Applying overlay actions to a built spec, recording provenance and accounting for each.

Update semantics follow the Overlay specification (as clarified in 1.1): an object update
merges recursively (a value present in both is replaced, new keys are added), an array in
both is extended with the update's items it does not hold yet, and an update aimed at an
array appends the update as one entry. On an OAS 3.1 spec an update may say
`nullable: true` as in 3.0; it is rewritten into the type union the build itself uses, so
one overlay serves both versions.

Every action ends in one of three outcomes, each a finding:
`overlay-applied` (info), `overlay-target-missing` and `overlay-now-redundant` (warnings).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from ..errors import InputError
from ..findings import Findings
from ..openapi import to_oas31
from .document import Action, Overlay
from .locations import host, value_at

APPLIED, MISSING, REDUNDANT = "applied", "missing", "redundant"
MARK = "x-overlay"


@dataclass(frozen=True, eq=False)   # never compared
class Outcome:
    overlay: Overlay
    action: Action
    status: str            # applied | missing | redundant
    matched: int = 0
    changed: int = 0       # objects that now carry the action's x-overlay

    @property
    def label(self) -> str:
        """`evs.overlay.yaml action 2 ("the first sentence of its description")`."""
        about = self.action.description.split(". ")[0].rstrip(".")
        if len(about) > 100:
            about = about[:99] + "…"
        return f"{self.overlay.name} action {self.action.index}" + (f' ("{about}")' if about else "")


def apply_overlay(doc: dict, overlay: Overlay) -> list[Outcome]:
    """Apply every action of `overlay` to `doc` in place, in order."""
    oas31 = str(doc.get("openapi", "")).startswith("3.1")
    return [_apply(doc, overlay, action, oas31) for action in overlay.actions]


def _apply(doc: dict, overlay: Overlay, action: Action, oas31: bool) -> Outcome:
    locations = _unique(action.query.locations(doc))
    if not locations:
        return Outcome(overlay, action, MISSING)
    entry = {"file": overlay.name, "action": action.index, "description": action.description}
    if action.remove:
        hosts = _remove(doc, locations, f"{overlay.name}: action {action.index}")
    else:
        hosts = []
        for loc in locations:
            hosts += _update(doc, loc, action, oas31, f"{overlay.name}: action {action.index}")
    marked = 0
    for obj in _unique_objects(hosts):
        marks = obj.setdefault(MARK, [])
        if entry not in marks:
            marks.append(dict(entry))
            marked += 1
    status = APPLIED if hosts else REDUNDANT
    return Outcome(overlay, action, status, len(locations), marked)


def _unique(locations) -> list[tuple]:
    seen: dict[tuple, None] = {}
    for loc in locations:
        seen.setdefault(tuple(loc), None)
    return list(seen)


def _unique_objects(objs: list[dict]) -> list[dict]:
    seen: dict[int, dict] = {}
    for obj in objs:
        seen.setdefault(id(obj), obj)
    return list(seen.values())


def _remove(doc: dict, locations: list[tuple], where: str) -> list[dict]:
    """Remove each location (deepest and last first, so list indices stay right)."""
    if () in locations:
        raise InputError(f"{where}: cannot remove the whole document")
    hosts = []
    for loc in locations:
        h = host(doc, loc, include_self=False)
        if h is not None:
            hosts.append(value_at(doc, h))
    for loc in sorted(locations, key=_order_key, reverse=True):
        parent = value_at(doc, loc[:-1])
        del parent[loc[-1]]
    return hosts


def _order_key(loc: tuple):
    return (len(loc), [(0, k, "") if isinstance(k, int) else (1, 0, k) for k in loc])


def _update(doc: dict, loc: tuple, action: Action, oas31: bool, where: str) -> list[dict]:
    """Merge (or append) the update at `loc`; the hosts of what really changed."""
    node = value_at(doc, loc)
    before = copy.deepcopy(node)
    changed: list[tuple] = []
    if isinstance(node, dict):
        if not isinstance(action.update, dict):
            raise InputError(f"{where}: the target is an object but 'update' is not a mapping")
        merge(node, action.update, loc, changed)
    elif isinstance(node, list):
        if action.update not in node:
            node.append(copy.deepcopy(action.update))
            changed.append(loc + (len(node) - 1,))
    else:
        raise InputError(f"{where}: the target {action.target} selects a "
                         f"{type(node).__name__} value at {list(loc)}; select the object "
                         "that holds it and update that")
    if oas31:
        to_oas31(node)
    if node == before:
        return []
    return [value_at(doc, h) for h in (host(doc, c) for c in changed) if h is not None]


def merge(target: dict, update: dict, loc: tuple, changed: list[tuple]) -> None:
    """Deep-merge `update` into `target`, listing the locations whose value changed."""
    for key, new in update.items():
        here = loc + (key,)
        old = target.get(key, _ABSENT)
        if old is _ABSENT:
            target[key] = copy.deepcopy(new)
            changed.append(here)
        elif isinstance(old, dict) and isinstance(new, dict):
            merge(old, new, here, changed)
        elif isinstance(old, list) and isinstance(new, list):
            added = [copy.deepcopy(v) for v in new if v not in old]
            if added:
                old.extend(added)
                changed.append(here)
        elif old != new or type(old) is not type(new):
            target[key] = copy.deepcopy(new)
            changed.append(here)


_ABSENT = object()


def record_findings(outcomes: list[Outcome], info: dict, findings: Findings) -> None:
    """One finding per action: what it did, or why it needs the maintainer's attention.
    `info` is the spec's Info object as the manual gave it (its edition and date)."""
    edition = str(info.get("version") or "?")
    date = info.get("x-release-date")
    edition_text = f"edition {edition}" + (f" ({date})" if date else "")
    for o in outcomes:
        if o.status == MISSING:
            findings.add("overlay-target-missing", "warning",
                         f"{o.label}: the target {o.action.target} matches nothing in "
                         f"{edition_text}: the manual changed here; retarget or remove the action")
        elif o.status == REDUNDANT:
            findings.add("overlay-now-redundant", "warning",
                         f"{o.label}: the manual fixed this in {edition_text}: the spec already "
                         "says what the action sets; remove the action")
        else:
            verb = "removed" if o.action.remove else "updated"
            findings.add("overlay-applied", "info",
                         f"{o.label}: {verb} {o.matched} target(s) of {o.action.target}; "
                         f"{o.changed} object(s) carry x-overlay")
