"""Time the HTML front end and the whole read on the shipped ECS export; print a table.

    python benchmarks/html_export.py            # all measures
    python benchmarks/html_export.py --repeat 5

Target (2 cores): export -> API model (the build's reading) under 1 s.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import timed  # noqa: E402

from extractor.api.build import read_api  # noqa: E402
from extractor.findings import Findings  # noqa: E402
from extractor.manual import build_manual  # noqa: E402
from extractor.pipeline import build_spec  # noqa: E402
from extractor.sources.html import read_html  # noqa: E402

EXPORT = ROOT / "manuals" / "otc-ecs-api-ref"


def measures(repeat: int) -> list[tuple[str, float, float | None, str]]:
    rows = []
    t, blocks = timed(lambda: read_html(EXPORT), repeat)
    rows.append(("HTML front end (export -> blocks)", t, None, f"{len(blocks)} blocks"))
    t, manual = timed(lambda: build_manual(blocks, Findings()), repeat)
    rows.append(("blocks -> manual structure", t, None, f"{len(manual.sections)} sections"))
    t, api = timed(lambda: read_api(EXPORT), repeat)
    rows.append(("export -> API model (whole read)", t, 1.0, f"{len(api.sections)} API sections"))
    t, built = timed(lambda: build_spec(EXPORT), repeat)
    assert not built.errors, built.errors[:3]
    rows.append(("export -> validated spec (end to end)", t, 2.0,
                 f"{sum(len(v) for v in built.doc['paths'].values())} operations"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows = measures(args.repeat)
    w = max(len(r[0]) for r in rows)
    print(f"{'stage'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
    for name, t, target, note in rows:
        ok = "" if target is None else ("yes" if t <= target else "NO")
        tgt = "" if target is None else f"{target:.1f} s"
        print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")


if __name__ == "__main__":
    main()
