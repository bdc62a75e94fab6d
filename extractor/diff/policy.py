"""Per-run policy over the changes: level overrides and the ignore file.

Ignore file format (UTF-8 text, one acknowledged change per line)::

    # comment lines and trailing "  # comments" are skipped, as are blank lines
    RULE-ID TARGET [TARGET ...]

RULE-ID is a rule id (``doc2spec diff --list-rules``) or ``*`` for any rule. A line
matches a change when the rule matches and every TARGET matches; a TARGET is

    *                       anything
    listVolumesV3           an operationId (of the operation or of its variant), or the
                            subject of the change: a field path (``volumes[].name``), a
                            parameter name, an error code (``EVS.2088``), an IAM action
    GET /v3/{project_id}/volumes   a method and path (path parameter names ignored)
    §8.2.1.14               the manual section of the operation or variant
    /x-error-codes          a JSON pointer: the change's location or anything under it

Example::

    response-property-removed  listVolumeDetailsV2  volumes[].dedicated_storage_id
    error-code-removed         EVS.2088    # withdrawn in the 2025-09 manual
    iam-action-added           §6.1.3
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .model import HTTP_METHODS, Change
from .rules import LEVELS, OFF, RULES
from ..errors import InputError

PARAM_RE = re.compile(r"\{[^}]*\}")


def parse_levels(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`RULE=LEVEL` strings -> {rule: level}; LEVEL is breaking, warning, info or off."""
    out = {}
    for item in items:
        rule, sep, level = item.partition("=")
        rule, level = rule.strip(), level.strip().lower()
        if not sep or not rule:
            raise InputError(f"--level {item!r}: expected RULE=LEVEL")
        if rule not in RULES:
            raise InputError(f"--level {item!r}: unknown rule '{rule}' "
                             "(doc2spec diff --list-rules lists them)")
        if level not in LEVELS + (OFF,):
            raise InputError(f"--level {item!r}: level must be one of "
                             f"{', '.join(LEVELS + (OFF,))}")
        out[rule] = level
    return out


@dataclass(frozen=True)
class IgnoreEntry:
    rule: str
    targets: tuple[str, ...]
    line: int
    text: str

    def matches(self, c: Change) -> bool:
        if self.rule not in ("*", c.rule):
            return False
        return all(_target_matches(t, c) for t in self.targets)


def _target_matches(t: str, c: Change) -> bool:
    op = c.operation
    if t == "*":
        return True
    if t.startswith("/"):
        return c.pointer == t or c.pointer.startswith(t.rstrip("/") + "/")
    if t.startswith("§"):
        return op is not None and op.section == t[1:]
    method, _, path = t.partition(" ")
    if path and method.lower() in HTTP_METHODS:
        return op is not None and op.method.upper() == method.upper() \
            and PARAM_RE.sub("{}", op.path) == PARAM_RE.sub("{}", path.strip())
    return (op is not None and op.operation_id == t) or c.subject == t


def read_ignore_file(path: Path) -> list[IgnoreEntry]:
    """Parse an ignore file; a bad line is a one-line InputError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InputError(f"{path}: not a UTF-8 text file ({type(exc).__name__})") from None
    entries = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        tokens = line.split()
        rule, rest = tokens[0], tokens[1:]
        if rule != "*" and rule not in RULES:
            raise InputError(f"{path}: line {n}: unknown rule '{rule}' "
                             "(doc2spec diff --list-rules lists them)")
        if not rest:
            raise InputError(f"{path}: line {n}: '{rule}' needs a target "
                             "(an operationId, METHOD /path, §section, /pointer or *)")
        targets: list[str] = []
        i = 0
        while i < len(rest):
            tok = rest[i]
            if tok.lower() in HTTP_METHODS and i + 1 < len(rest) and rest[i + 1].startswith("/"):
                targets.append(f"{tok.upper()} {rest[i + 1]}")
                i += 2
            else:
                targets.append(tok)
                i += 1
        entries.append(IgnoreEntry(rule, tuple(targets), n, line))
    return entries


def apply_policy(changes: list[Change], levels: dict[str, str] | None = None,
                 ignores: list[IgnoreEntry] | None = None
                 ) -> tuple[list[Change], list[Change], list[IgnoreEntry]]:
    """(kept, ignored, unused ignore entries) after level overrides and the ignore file."""
    levels = levels or {}
    ignores = ignores or []
    kept, ignored, used = [], [], set()
    for c in changes:
        level = levels.get(c.rule)
        if level == OFF:
            continue
        if level:
            c = c.with_level(level)
        hits = [e.line for e in ignores if e.matches(c)]
        if hits:
            used.update(hits)
            ignored.append(c)
        else:
            kept.append(c)
    return kept, ignored, [e for e in ignores if e.line not in used]
