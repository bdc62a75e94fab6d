"""Time the HTML front end, the whole read and `doc2spec build` on the shipped ECS export;
print a table.

    python benchmarks/html_export.py            # all measures
    python benchmarks/html_export.py --repeat 5
    python benchmarks/html_export.py --commands # the command only

Targets (2 cores): export -> API model (the build's reading) under 1 s; the command
`doc2spec build manuals/otc-ecs-api-ref -o DIR` (as tools/regenerate runs it) under 1 s of
CPU above interpreter start (CPU time of `python -m extractor build ...` minus that of
`python -c pass`), its bytecode written by an untimed first run, as benchmarks/run.py
times the EVS commands.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import CHILD_ENV, load_note, run_timed, timed  # noqa: E402

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


def command_measures(repeat: int) -> list[tuple[str, float, float | None, str]]:
    """`doc2spec build` on the export, as work above interpreter start."""
    py = [sys.executable]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "specs"
        CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        overlays = sorted((ROOT / "specs" / "ecs").glob("*.overlay.yaml"))
        out.mkdir()
        for overlay in overlays:            # applied as `doc2spec build` does
            (out / overlay.name).write_bytes(overlay.read_bytes())
        build = py + ["-m", "extractor", "build", str(EXPORT), "-q", "-o", str(out)]
        run_timed(build, ROOT)              # untimed: writes the bytecode
        starts = [run_timed(py + ["-c", "pass"], ROOT) for _ in range(5)]
        base = statistics.median(c for c, _ in starts)
        base_wall = statistics.median(w for _, w in starts)
        runs = [run_timed(build, ROOT) for _ in range(repeat)]
    cpu = statistics.median(c for c, _ in runs) - base
    wall = statistics.median(w for _, w in runs) - base_wall
    return [("doc2spec build (CPU above start)", cpu, 1.0,
             f"wall {wall * 1000:.0f} ms above start; start {base * 1000:.0f} ms CPU")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--commands", action="store_true", help="time the command only")
    args = ap.parse_args()
    rows = [] if args.commands else measures(args.repeat)
    rows += command_measures(args.repeat)
    w = max(len(r[0]) for r in rows)
    print(f"{'stage'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
    for name, t, target, note in rows:
        ok = "" if target is None else ("yes" if t <= target else "NO")
        tgt = "" if target is None else f"{target:.1f} s"
        print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")
    print(load_note())
    print("command: bytecode compiled by an untimed first run (as installed); no result "
          "cache exists, so every timed run does the whole work")


if __name__ == "__main__":
    main()
