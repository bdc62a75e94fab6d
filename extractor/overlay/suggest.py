"""A draft overlay from the findings that have a mechanical fix, for a human to review.

- a type conflict (`example-schema-mismatch`: an example value of another JSON type than
  its schema says, no enum involved): set the schema's type to the example's;
- a key only in examples (`example-undocumented-key`): add the field, typed from the example;
- a typo'd key (`example-key-typo`): rename the field to the other spelling.

Each action's description is the finding's text. Actions that would change nothing are
left out; the draft applies cleanly to the spec it was made from (see `--overlay`).
"""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from jsonpath_rfc9535 import find

from .apply import MARK
from .examples import infer_schema, json_type, walk_example
from .locations import METHODS, jsonpath_of, value_at

UNDOCUMENTED = re.compile(r"^(request|response \S+): the example has the key '(.+)', which no "
                          r"table documents")
TYPO = re.compile(r"^(request|response \S+): the table names the field '(.+?)' \(line \d+\) "
                  r"but the example sends '(.+?)'")


@dataclass
class MediaExample:
    prefix: str          # how example-schema-mismatch findings start: "GET /p 200 name: "
    side: str            # "request" | "response 200"
    section: str
    schema_loc: tuple
    value: object


@dataclass
class Draft:
    order: list[tuple] = field(default_factory=list)
    actions: dict[tuple, dict] = field(default_factory=dict)
    also: dict[tuple, list[str]] = field(default_factory=dict)

    def add(self, action: dict, text: str, section: str) -> None:
        key = (action["target"], json.dumps(action.get("update"), sort_keys=True),
               action.get("remove", False))
        if key in self.actions:
            if section and section not in self.also[key]:
                self.also[key].append(section)
            return
        self.order.append(key)
        self.actions[key] = {"target": action["target"], "description": text,
                             **{k: v for k, v in action.items() if k != "target"}}
        self.also[key] = [section] if section else []

    def result(self) -> list[dict]:
        out = []
        for key in self.order:
            action = self.actions[key]
            more = self.also[key][1:]
            if more:
                action["description"] += (f" (the same fix answers findings in "
                                          f"§{', §'.join(more)})")
            out.append(action)
        return out


def media_examples(doc: dict) -> list[MediaExample]:
    out = []
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if method not in METHODS or not isinstance(op, dict):
                continue
            base = ("paths", path, method)
            media = [("request", "request", base + ("requestBody", "content"),
                      (op.get("requestBody") or {}).get("content") or {})]
            media += [(f"response {status}", status, base + ("responses", status, "content"),
                       (resp.get("content") or {}) if isinstance(resp, dict) else {})
                      for status, resp in (op.get("responses") or {}).items()]
            for side, word, loc, content in media:
                for mt, m in content.items():
                    kept = m.get("x-invalid-examples") or {}    # not published (validate.py)
                    for name, ex in [*(m.get("examples") or {}).items(), *kept.items()]:
                        if "value" in ex and "schema" in m:
                            out.append(MediaExample(
                                f"{method.upper()} {path} {word} {name}: ", side,
                                str((ex.get("x-source") or {}).get("section") or ""),
                                loc + (mt, "schema"), ex["value"]))
    return out


def finding_text(f: dict) -> str:
    where = " ".join(x for x in (f"§{f['section']}" if f.get("section") else "",
                                 f"line {f['line']}" if f.get("line") else "") if x)
    return f"{where}: {f['message']}" if where else str(f["message"])


def suggest_overlay(doc: dict, findings: list[dict]) -> dict | None:
    """The draft overlay document, or None when no finding has a mechanical fix."""
    examples = media_examples(doc)
    draft, renames = Draft(), Draft()
    for f in findings:
        text, section, message = finding_text(f), str(f.get("section") or ""), f["message"]
        if f["kind"] == "example-schema-mismatch":
            for ex in (e for e in examples if message.startswith(e.prefix)):
                for loc, value in walk_example(doc, ex.schema_loc, ex.value).types:
                    draft.add(_retype(doc, loc, value), text, section)
        elif f["kind"] == "example-undocumented-key" and (m := UNDOCUMENTED.match(message)):
            for ex in _of(examples, section, m.group(1)):
                for props, key, value, vpath in walk_example(doc, ex.schema_loc, ex.value).keys:
                    if ".".join(vpath) == m.group(2):
                        draft.add({"target": jsonpath_of(props),
                                   "update": {key: infer_schema(value)}}, text, section)
        elif f["kind"] == "example-key-typo" and (m := TYPO.match(message)):
            for ex in _of(examples, section, m.group(1)):
                for action in _rename(doc, walk_example(doc, ex.schema_loc, ex.value),
                                      m.group(2).split("."), m.group(3).split(".")):
                    renames.add(action, text, section)
    actions = [a for a in draft.result() + renames.result() if _changes(doc, a)]
    if not actions:
        return None
    info = doc.get("info", {})
    return {"overlay": "1.0.0",
            "info": {"title": f"Draft corrections for {info.get('title', 'the spec')}",
                     "version": str(info.get("version", "0"))},
            "actions": actions}


def _of(examples: list[MediaExample], section: str, side: str) -> list[MediaExample]:
    return [e for e in examples if e.section == section and e.side == side]


def _retype(doc: dict, loc: tuple, value) -> dict:
    declared = value_at(doc, loc).get("type")
    update: dict = {"type": json_type(value)}
    if isinstance(declared, list) and "null" in declared:
        update["nullable"] = True        # an OAS 3.1 union: rewritten back to one on apply
    return {"target": jsonpath_of(loc), "update": update}


def _rename(doc: dict, walked, table: list[str], example: list[str]) -> list[dict]:
    """Remove-and-add actions that give the field the other spelling (and fix `required`)."""
    if table[:-1] != example[:-1]:
        return []
    loc = walked.schemas.get(tuple(example[:-1]))
    if loc is None:
        return []
    schema = value_at(doc, loc)
    props = schema.get("properties") or {}
    old, new = (example[-1], table[-1]) if example[-1] in props else (table[-1], example[-1])
    if old not in props or new in props:
        return []
    moved = {k: copy.deepcopy(v) for k, v in props[old].items() if k != MARK}
    actions = [{"target": jsonpath_of(loc + ("properties",)), "update": {new: moved}},
               {"target": jsonpath_of(loc + ("properties", old)), "remove": True}]
    required = schema.get("required")
    if isinstance(required, list) and old in required:
        actions += [{"target": jsonpath_of(loc + ("required",)), "remove": True},
                    {"target": jsonpath_of(loc),
                     "update": {"required": [new if r == old else r for r in required]}}]
    return actions


def _changes(doc: dict, action: dict) -> bool:
    """Whether the action would change anything the spec says now."""
    nodes = find(action["target"], doc).values()
    if action.get("remove"):
        return bool(nodes)
    return any(not _contains(n, action["update"]) for n in nodes)


def _contains(node, update) -> bool:
    if isinstance(node, dict) and isinstance(update, dict):
        return all(k in node and _contains(node[k], v) for k, v in update.items())
    if isinstance(node, list):
        return all(v in node for v in update) if isinstance(update, list) else update in node
    return node == update and type(node) is type(update)


DRAFT_HEADER = ("# Draft overlay written by `doc2spec lint --suggest-overlay` from the findings.\n"
                "# Nothing here is applied until a human has reviewed every action and\n"
                "# committed the file as specs/<stem>.overlay.yaml (or passes it to\n"
                "# `doc2spec build --overlay`). Delete the actions that are not right.\n")


def write_draft(doc: dict, findings: list[dict], target: str) -> None:
    """Write the draft to `target` ("-" for stdout), or say that there is nothing to suggest."""
    import click

    from ..errors import InputError
    from ..pipeline import dump_yaml, write_atomic
    if target != "-" and not target.endswith((".yaml", ".yml")):
        raise InputError(f"--suggest-overlay {target}: the draft is YAML; name a .yaml file "
                         "(or give no FILE for stdout)")
    if target.endswith(".overlay.yaml"):
        raise InputError(f"--suggest-overlay {target}: builds apply *.overlay.yaml files "
                         "next to the spec; write the draft elsewhere and move it there "
                         "once reviewed")
    draft = suggest_overlay(doc, findings)
    if draft is None:
        click.echo("doc2spec: no finding has a mechanical fix; no draft written", err=True)
        return
    text = DRAFT_HEADER + dump_yaml(draft)
    if target == "-":
        click.echo(text, nl=False)
    else:
        write_atomic(Path(target), text)
        click.echo(f"wrote {target}: {len(draft['actions'])} draft action(s) to review",
                   err=True)
