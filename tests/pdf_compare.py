"""Structural comparison of two specs: the one built from the text manual and the one
built from a PDF of it (a test helper and a command).

    python tests/pdf_compare.py MANUAL.txt MANUAL.pdf [--all]

Each spec is flattened into facts, with every `$ref` resolved (so schema names do not
matter) and provenance (line/page) dropped; strings compare without white space beside
CJK characters. Facts are grouped: operations, parameters, fields (body properties and
their required flags), types, enums, statuses, examples (parsed values), tables (error
codes, permissions and statuses of the appendices) and text (descriptions, summaries).
The spec-equivalence tests require the first seven groups (REQUIRED) to match; tables
count in the structural score printed; text is reported only. The one difference
accepted is one the build states as a finding with its reason: an example marked
`x-repairs: [wrapped strings]` only in the PDF, where a `layout-unsettled` finding names
a code row's break (after `/`, `?`, `-`) that one of the example's strings spans.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u2027"
SPACE_BY_CJK = re.compile(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+")
REQUIRED = ("operations", "parameters", "fields", "types", "enums", "statuses", "examples")
STRUCTURAL = REQUIRED + ("tables",)
TEXT_KEYS = {"description", "summary", "title", "x-displayName", "x-remedy", "x-finding",
             "x-table-description"}
TYPE_KEYS = {"type", "format", "nullable", "additionalProperties", "minItems", "maxItems",
             "minimum", "maximum", "pattern", "default", "const"}


def squash(text: str) -> str:
    """A string without white space beside CJK characters."""
    return SPACE_BY_CJK.sub("", text)


def normalise(node, key=None):
    """A spec without provenance and without white space beside CJK characters."""
    if isinstance(node, dict):
        return {k: normalise(v, k) for k, v in node.items()
                if not (k in ("line", "page") and (v is None or isinstance(v, int)))}
    if isinstance(node, list):
        return [normalise(v) for v in node]
    if isinstance(node, str):
        if key == "x-manual":
            node = Path(node).stem
        return squash(node)
    return node


def facts(doc: dict) -> dict[str, dict[str, object]]:
    """Category -> {fact path: value} of a (normalised) spec."""
    out: dict[str, dict[str, object]] = {c: {} for c in STRUCTURAL + ("text",)}
    schemas = doc.get("components", {}).get("schemas", {})
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or method.startswith("x-") or method == "parameters":
                continue
            where = f"{method.upper()} {path}"
            out["operations"][where] = op.get("operationId")
            for key in ("summary", "description"):
                if key in op:
                    out["text"][f"{where} {key}"] = op[key]
            for p in op.get("parameters", []):
                p = _resolve(p, doc)
                name = f"{where} {p.get('in')}:{p.get('name')}"
                out["parameters"][name] = p.get("required", False)
                _schema(out, f"{name} ", p.get("schema", {}), schemas, doc, set())
                if "description" in p:
                    out["text"][f"{name} description"] = p["description"]
            body = _resolve(op.get("requestBody", {}), doc)
            for media, content in sorted(body.get("content", {}).items()):
                _content(out, f"{where} request {media}", content, schemas, doc)
            for status, resp in sorted(op.get("responses", {}).items()):
                resp = _resolve(resp, doc)
                out["statuses"][f"{where} {status}"] = True
                if "description" in resp:
                    out["text"][f"{where} {status} description"] = resp["description"]
                for media, content in sorted(resp.get("content", {}).items()):
                    _content(out, f"{where} {status} {media}", content, schemas, doc)
    for key, value in doc.items():
        if key.startswith("x-") and key not in ("x-tagGroups",):
            _leaves(out["tables"], key, value)
    return out


def _content(out, where, content, schemas, doc):
    _schema(out, f"{where} ", content.get("schema", {}), schemas, doc, set())
    if "example" in content:
        out["examples"][f"{where} example"] = content["example"]
    for name, ex in sorted(content.get("examples", {}).items()):
        ex = _resolve(ex, doc)
        for k, v in ex.items():
            if k in ("value", "externalValue") or k.startswith("x-"):
                out["examples"][f"{where} examples.{name}.{k}"] = v
            else:
                out["text"][f"{where} examples.{name}.{k}"] = v


def _resolve(node, doc):
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
        seen += 1
    return node


def _schema(out, where, schema, schemas, doc, stack):
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if ref:
        if ref in stack:
            out["types"][where + "(recursive)"] = ref.rsplit("/", 1)[-1]
            return
        _schema(out, where, _resolve(schema, doc), schemas, doc, stack | {ref})
        return
    for key, value in schema.items():
        if key == "properties":
            required = set(schema.get("required", []))
            for name, sub in value.items():
                out["fields"][f"{where}.{name}"] = name in required
                _schema(out, f"{where}.{name}", sub, schemas, doc, stack)
        elif key == "items":
            _schema(out, f"{where}[]", value, schemas, doc, stack)
        elif key in ("anyOf", "oneOf", "allOf"):
            for k, sub in enumerate(value):
                _schema(out, f"{where}|{key}{k}", sub, schemas, doc, stack)
        elif key == "additionalProperties" and isinstance(value, dict):
            _schema(out, f"{where}{{*}}", value, schemas, doc, stack)
        elif key == "enum":
            out["enums"][f"{where} enum"] = value
        elif key in ("example", "examples"):
            out["examples"][f"{where} {key}"] = value
        elif key in TYPE_KEYS:
            out["types"][f"{where} {key}"] = value
        elif key in TEXT_KEYS or key.startswith("x-"):
            _leaves(out["text"], f"{where} {key}", value)
        elif key != "required":
            out["types"][f"{where} {key}"] = value


def _leaves(into: dict, where: str, value) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _leaves(into, f"{where}.{k}", v)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for k, v in enumerate(value):
            _leaves(into, f"{where}[{k}]", v)
    else:
        into[where] = value


def compare(text_doc: dict, pdf_doc: dict) -> dict[str, dict]:
    """Category -> {total, same, diffs: [(fact, text value, pdf value)]}."""
    a, b = facts(normalise(text_doc)), facts(normalise(pdf_doc))
    report = {}
    for cat in STRUCTURAL + ("text",):
        keys = sorted(set(a[cat]) | set(b[cat]))
        diffs = [(k, a[cat].get(k, "<missing>"), b[cat].get(k, "<missing>")) for k in keys
                 if a[cat].get(k, "<missing>") != b[cat].get(k, "<missing>")]
        report[cat] = {"total": len(keys), "same": len(keys) - len(diffs), "diffs": diffs}
    return report


NOTE_RE = re.compile(r"\('\.\.\.(.*?)' / '(.*?)\.\.\.'\)")


def accept_unsettled(report: dict, pdf_doc: dict, findings) -> dict:
    """Move the example differences the PDF build explains by a `layout-unsettled`
    finding (see the module text) from `diffs` to `accepted`, each with its reason."""
    joins = [(m.group(1) + m.group(2), f.message) for f in findings
             if f.kind == "layout-unsettled" for m in [NOTE_RE.search(f.message)] if m]
    pdf_facts = facts(normalise(pdf_doc))["examples"]
    r = report["examples"]
    kept, accepted = [], list(r.get("accepted", []))
    for fact, text_value, pdf_value in r["diffs"]:
        value = pdf_facts.get(fact[: -len(".x-repairs")] + ".value") \
            if fact.endswith(".x-repairs") else None
        strings = json.dumps(value, ensure_ascii=False) if value is not None else ""
        reason = next((msg for joined, msg in joins if joined and joined in strings), None)
        if text_value == "<missing>" and pdf_value == ["wrapped strings"] and reason:
            accepted.append((fact, reason))
        else:
            kept.append((fact, text_value, pdf_value))
    r["diffs"], r["accepted"] = kept, accepted
    r["same"] = r["total"] - len(kept) - len(accepted)
    return report


def structural_score(report: dict) -> tuple[int, int]:
    same = sum(report[c]["same"] for c in STRUCTURAL)
    total = sum(report[c]["total"] for c in STRUCTURAL)
    return same, total


def format_report(report: dict, limit: int = 8) -> str:
    lines = []
    for cat, r in report.items():
        pct = 100.0 * r["same"] / r["total"] if r["total"] else 100.0
        lines.append(f"{cat:<11} {r['same']:>6}/{r['total']:<6} {pct:6.2f}%")
        for k, x, y in r["diffs"][:limit]:
            lines.append(f"    {k}\n      text: {str(x)[:160]}\n      pdf:  {str(y)[:160]}")
        if len(r["diffs"]) > limit:
            lines.append(f"    ... {len(r['diffs']) - limit} more")
        if r.get("accepted"):
            lines.append(f"    accepted with a finding: {len(r['accepted'])}")
            for k, why in r["accepted"][:limit]:
                lines.append(f"      {k}\n        {why[:160]}")
    same, total = structural_score(report)
    lines.append(f"structural  {same}/{total} {100.0 * same / max(total, 1):.2f}%")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text")
    ap.add_argument("pdf")
    ap.add_argument("--all", action="store_true", help="print every difference")
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args(argv)
    from extractor.pipeline import build_spec
    a = build_spec(Path(args.text))
    b = build_spec(Path(args.pdf), use_cache=not args.no_cache)
    report = accept_unsettled(compare(a.doc, b.doc), b.doc, b.api.findings)
    print(format_report(report, limit=10 ** 9 if args.all else 8))
    if a.errors != b.errors:
        print(f"validation errors differ: text {len(a.errors)}, pdf {len(b.errors)}")
    same, total = structural_score(report)
    return 0 if same == total else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
