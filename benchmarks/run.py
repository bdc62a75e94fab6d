"""Time each stage on the shipped manual and print a table.

    python benchmarks/run.py            # all measures
    python benchmarks/run.py --repeat 5

Targets (2 cores): manual -> API model under 1 s; manual -> validated spec under 2 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.api.build import read_api  # noqa: E402
from extractor.findings import Findings  # noqa: E402
from extractor.manual import build_manual  # noqa: E402
from extractor.openapi import build_openapi  # noqa: E402
from extractor.sources.text import read_text  # noqa: E402
from extractor.validate import check_examples, spec_errors  # noqa: E402

MANUAL = ROOT / "manuals" / "evs-api-reference.txt"


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def measures(repeat: int) -> list[tuple[str, float, float | None, str]]:
    rows = []
    t, blocks = timed(lambda: read_text(MANUAL), repeat)
    rows.append(("text front end (file -> blocks)", t, None, f"{len(blocks)} blocks"))
    t, manual = timed(lambda: build_manual(blocks, Findings()), repeat)
    rows.append(("blocks -> manual structure", t, None, f"{len(manual.sections)} sections"))
    t, api = timed(lambda: read_api(MANUAL), repeat)
    rows.append(("manual -> API model (whole read)", t, 1.0, f"{len(api.sections)} API sections"))

    def spec():
        a = read_api(MANUAL)
        doc = build_openapi(a)
        check_examples(doc, a.findings)
        errs = spec_errors(doc)
        assert not errs, errs[:3]
        return doc
    t, doc = timed(spec, repeat)
    rows.append(("manual -> validated spec (end to end)", t, 2.0,
                 f"{sum(len(v) for v in doc['paths'].values())} operations"))
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
