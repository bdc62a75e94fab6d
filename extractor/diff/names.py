"""Diff of the names tools generate code from: component schemas and tags.

A component or tag that keeps its manual source (``x-source`` section and title of a
schema; ``x-section`` of a tag) under another name is a rename: generated model classes
and API modules change name, so clients that import them break.
"""
from __future__ import annotations

from .model import Change, pointer


def _change(rule, template, ptr, subject, old, new, **args) -> Change:
    return Change(rule, template, tuple((k, str(v)) for k, v in args.items()), None, ptr,
                  "new", subject, old, new)


def _schema_keys(doc: dict) -> dict[str, tuple]:
    schemas = (doc.get("components") or {}).get("schemas") or {}
    out = {}
    for name, s in schemas.items():
        src = s.get("x-source") if isinstance(s, dict) else None
        if isinstance(src, dict):
            out[name] = (str(src.get("section")), str(src.get("title")), str(src.get("line")),
                         str(src.get("page")))
    return out


def name_changes(old_doc: dict, new_doc: dict) -> list[Change]:
    out: list[Change] = []
    ko, kn = _schema_keys(old_doc), _schema_keys(new_doc)
    gone = {ko[n]: n for n in ko if n not in kn}
    came = {kn[n]: n for n in kn if n not in ko}
    for key in sorted(gone.keys() & came.keys()):
        before, after = gone[key], came[key]
        out.append(_change("schema-renamed", "schema {before} renamed to {after}",
                           pointer("components", "schemas", after), after, before, after,
                           before=before, after=after))
    tags_o = {str(t.get("x-section")): t.get("name") for t in old_doc.get("tags") or []
              if isinstance(t, dict) and t.get("x-section")}
    tags_n = {str(t.get("x-section")): (i, t.get("name")) for i, t in
              enumerate(new_doc.get("tags") or []) if isinstance(t, dict) and t.get("x-section")}
    for section in sorted(tags_o.keys() & tags_n.keys()):
        (i, after), before = tags_n[section], tags_o[section]
        if before != after:
            out.append(_change("tag-renamed", "tag {before} renamed to {after}",
                               pointer("tags", i, "name"), str(after), before, after,
                               before=before, after=after))
    return out
