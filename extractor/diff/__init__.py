"""Spec diff: classify every API change between two specs by a named rule and a level.

    specs.py      diff_specs / collect_changes / load_side: the entry points
    operations.py pair operations and variants of two specs, compare each pair
    schemas.py    resolved schema comparison -> Deltas
    deltas.py     Deltas -> Changes (rule id and message)
    tables.py     the root tables: x-error-codes, x-status-sets
    rules.py      the rule catalogue (id, level, description)
    policy.py     --level overrides and the ignore file
    model.py      Change, DiffResult, DocInfo
    formats.py    text, markdown and JSON output
    changelog.py  CHANGELOG.md entries
"""
from .specs import Change, DiffResult, collect_changes, diff_specs, load_side, parse_levels, read_ignore_file

__all__ = [
    "Change",
    "DiffResult",
    "collect_changes",
    "diff_specs",
    "load_side",
    "parse_levels",
    "read_ignore_file",
]
