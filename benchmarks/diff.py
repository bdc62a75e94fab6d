"""Time `doc2spec diff` on two full specs and print a table.

    python benchmarks/diff.py            # median of 5 runs each
    python benchmarks/diff.py --repeat 9

The pair is the committed spec (specs/evs.openapi.json) and an edited copy of it: one
operation removed, one response field removed, one request field retyped, one variant
removed, one error code removed, every $ref'd schema inlined and every key reordered
(the worst case for the resolver). Target (2 cores): a diff of two full specs under 1 s.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.diff import collect_changes, diff_specs
from extractor.diff.formats import format_json, format_markdown, format_text

SPEC = ROOT / "specs" / "evs.openapi.json"


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def _inline(node, schemas: dict, stack=()):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in stack and name in schemas:
                return _inline(schemas[name], schemas, stack + (name,))
        return {k: _inline(v, schemas, stack) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, schemas, stack) for v in node]
    return node


def _shuffle(node, rng: random.Random):
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        return {k: _shuffle(v, rng) for k, v in items}
    if isinstance(node, list):
        return [_shuffle(v, rng) for v in node]
    return node


def edited(doc: dict) -> dict:
    """The committed spec with a handful of changes, inlined and reordered."""
    new = copy.deepcopy(doc)
    paths, schemas = new["paths"], new["components"]["schemas"]
    del paths[next(iter(paths))]
    for name, schema in schemas.items():          # the first response model with 2+ fields
        if name.endswith("Response") and len(schema.get("properties", {})) > 1:
            del schema["properties"][min(schema["properties"])]
            break
    for schema in schemas.values():               # the first integer request field
        props = schema.get("properties", {})
        hit = next((p for p in props.values() if p.get("type") == "integer"), None)
        if hit is not None:
            hit["type"] = "string"
            break
    for item in paths.values():                   # the last variant of the first shared path
        op = next((o for o in item.values() if isinstance(o, dict) and o.get("x-variants")),
                  None)
        if op is not None and len(op["x-variants"]) > 2:
            op["x-variants"].pop()
            break
    new["x-error-codes"] = new["x-error-codes"][1:]
    new["paths"] = _inline(new["paths"], schemas)
    return _shuffle(new, random.Random(1))


def measures(repeat: int) -> list[tuple[str, float, float | None, str]]:
    rows = []
    text = SPEC.read_text(encoding="utf-8")
    old = json.loads(text)
    new = edited(old)
    new_text = json.dumps(new, ensure_ascii=False)
    ops = sum(1 for item in old["paths"].values() for _ in item)

    t, changes = timed(lambda: collect_changes(old, copy.deepcopy(old)), repeat)
    rows.append(("identical specs (no changes)", t, None,
                 f"{ops} operations, {len(changes)} changes"))
    t, result = timed(lambda: diff_specs(old, new), repeat)
    rows.append(("full spec vs edited, inlined, reordered", t, 1.0,
                 f"{len(result.changes)} changes"))
    t, _ = timed(lambda: diff_specs(json.loads(text), json.loads(new_text)), repeat)
    rows.append(("same, including JSON parsing of both", t, 1.0, ""))
    for name, fmt in (("text", format_text), ("markdown", format_markdown),
                      ("json", format_json)):
        t, out = timed(lambda fmt=fmt: fmt(result), repeat)
        rows.append((f"render as {name}", t, None, f"{len(out)} characters"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not SPEC.exists():
        sys.exit(f"{SPEC}: missing; run `doc2spec build` first")
    rows = measures(args.repeat)
    w = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
    for name, t, target, note in rows:
        ok = "" if target is None else ("yes" if t <= target else "NO")
        tgt = "" if target is None else f"{target:.1f} s"
        print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")


if __name__ == "__main__":
    main()
