"""Time the PDF front end on the whole shipped manual as each layout engine prints it.

    python benchmarks/pdf.py                      # every engine (renders cached in .cache/pdf/)
    python benchmarks/pdf.py --engine chromium    # one engine
    python benchmarks/pdf.py --engine chromium-none   # its tables drawn without rules
    python benchmarks/pdf.py --pdf FILE           # another PDF

Engines: reportlab (tools/render_pdf.py), chromium and weasyprint (tools/render_html.py).
For each PDF: cold end to end (read every page on both cores, no cache, and build the
validated spec), warm (every page from the per-page cache) for the read alone and end
to end, and each run's peak memory (the parent's plus its largest worker's). Each
measure runs in a fresh interpreter so memory peaks do not mix.
Targets (2 cores): cold end to end >= 40 pages/s, warm read >= 1000 pages/s,
peak < 300 MB.

On a shared machine the wall time says more about the other processes than about
ours, so each row also gives the CPU seconds of the parent (the serial part: opening,
joining the pages, the build) and of the workers, and the rate two idle cores would
reach: parent CPU plus half the workers' (they take pages in turn, so they finish
together). The load average is printed with the table.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
ENGINES = ("reportlab", "chromium", "weasyprint")
# on request only: layouts whose tables lack rules between columns (render_html --rules)
VARIANTS = ("chromium-none", "weasyprint-horizontal")
TARGETS = {"cold, end to end": 40.0, "warm, read": 1000.0}
PEAK_MB = 300


def measure_once(pdf: str, cache_dir: str | None, build: bool) -> dict:
    """One read (and build) in this process: seconds, pages, peak memory (MB)."""
    from extractor.pipeline import build_spec
    from extractor.sources.pdf import read_pages
    me = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = me.ru_utime + me.ru_stime                # after the imports, like the clock
    t = time.perf_counter()
    if build:
        build_spec(Path(pdf), use_cache=cache_dir is not None, cache_dir=cache_dir)
    else:
        read_pages(Path(pdf), use_cache=cache_dir is not None, cache_dir=cache_dir)
    seconds = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    from pypdfium2 import PdfDocument
    pages = len(PdfDocument(pdf))
    return {"seconds": seconds, "pages": pages, "peak_mb": (me.ru_maxrss + kids.ru_maxrss) / 1024,
            "cpu_parent": me.ru_utime + me.ru_stime - cpu0,
            "cpu_workers": kids.ru_utime + kids.ru_stime}


def run(pdf: Path, cache_dir: str | None, build: bool) -> dict:
    cmd = [sys.executable, __file__, "--one", str(pdf)]
    if cache_dir:
        cmd += ["--cache-dir", cache_dir]
    if build:
        cmd += ["--build"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(pdf: Path) -> list[tuple[str, dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        cold = run(pdf, None, build=True)
        run(pdf, tmp, build=False)                  # fill the cache
        return [("cold, end to end", cold), ("warm, read", run(pdf, tmp, build=False)),
                ("warm, end to end", run(pdf, tmp, build=True))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pdf", help="a PDF to measure instead of the engines' renders")
    ap.add_argument("--engine", choices=ENGINES + VARIANTS, action="append")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", help=argparse.SUPPRESS)
    ap.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure_once(args.one, args.cache_dir, args.build)))
        return 0
    if args.pdf:
        pdfs = [("given", Path(args.pdf))]
    else:
        sys.path.insert(0, str(ROOT / "tools"))
        import render_html
        pdfs = [(e, render_html.rendered(MANUAL, e.split("-")[0], ROOT / ".cache" / "pdf",
                                         *e.split("-")[1:]))
                for e in (args.engine or ENGINES)]
    failed = False
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'engine':<11} {'pages':>5} {'measure':<18} {'seconds':>8} {'pages/s':>9} "
          f"{'cpu: parent':>11} {'workers':>8} {'idle p/s':>9} {'peak MB':>8}  target")
    for engine, pdf in pdfs:
        for label, r in measure(pdf):
            rate = r["pages"] / r["seconds"] if r["seconds"] else float("inf")
            idle_s = r["cpu_parent"] + r["cpu_workers"] / 2
            idle = r["pages"] / idle_s if idle_s else float("inf")
            target = TARGETS.get(label)
            ok = "" if target is None else f">= {target:.0f} p/s " + (
                "ok" if rate >= target else "MISSED" if idle < target else "ok when idle")
            failed |= (target is not None and idle < target) or r["peak_mb"] >= PEAK_MB
            mem = "" if r["peak_mb"] < PEAK_MB else f" peak >= {PEAK_MB} MB MISSED"
            print(f"{engine:<11} {r['pages']:>5} {label:<18} {r['seconds']:8.2f} {rate:9.1f} "
                  f"{r['cpu_parent']:11.2f} {r['cpu_workers']:8.2f} {idle:9.1f} "
                  f"{r['peak_mb']:8.0f}  {ok}{mem}")
    print(f"peak memory target < {PEAK_MB} MB; idle p/s: what two idle cores reach "
          "(parent CPU + workers' CPU / 2)")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
