"""Time the PDF front end on the whole shipped manual rendered to PDF.

    python benchmarks/pdf.py              # render once (cached in .cache/pdf/), then measure
    python benchmarks/pdf.py --pdf FILE   # measure another PDF

Prints pages/s cold (no cache) and warm (per-page cache filled), in one process and in
parallel, and each run's peak memory (the parent's plus its largest worker's).
Each measure runs in a fresh interpreter so memory peaks do not mix.
Targets (2 cores): cold parallel >= 30 pages/s, warm >= 500 pages/s, peak < 300 MB.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
RENDERED = ROOT / ".cache" / "pdf" / "evs-api-reference.pdf"
TARGETS = {"cold, parallel": 30.0, "warm, parallel": 500.0}


def rendered_manual() -> Path:
    """Render the shipped manual once; re-render when the manual or renderer changes."""
    sys.path.insert(0, str(ROOT / "tools"))
    import render_pdf
    stamp = RENDERED.with_suffix(".source")
    digest = hashlib.sha256(MANUAL.read_bytes()
                            + Path(render_pdf.__file__).read_bytes()).hexdigest()
    if not RENDERED.exists() or not stamp.exists() or stamp.read_text() != digest:
        RENDERED.parent.mkdir(parents=True, exist_ok=True)
        tmp = RENDERED.with_suffix(".tmp")
        render_pdf.render(MANUAL.read_text(encoding="utf-8"), tmp)
        shutil.move(tmp, RENDERED)
        stamp.write_text(digest)
    return RENDERED


def measure_once(pdf: str, workers: int, cache_dir: str | None) -> dict:
    """One read in this process: seconds, pages, peak memory (MB)."""
    from extractor.sources.pdf import read_pages
    t = time.perf_counter()
    pages = read_pages(Path(pdf), use_cache=cache_dir is not None, cache_dir=cache_dir,
                       workers=workers or None)
    seconds = time.perf_counter() - t
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "pages": len(pages), "peak_mb": self_mb + child_mb}


def run(pdf: Path, workers: int, cache_dir: str | None) -> dict:
    cmd = [sys.executable, __file__, "--one", str(pdf), "--workers", str(workers)]
    if cache_dir:
        cmd += ["--cache-dir", cache_dir]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pdf", help="a PDF to measure (default: the rendered shipped manual)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure_once(args.one, args.workers, args.cache_dir)))
        return 0
    pdf = Path(args.pdf) if args.pdf else rendered_manual()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, workers in (("one process", 1), ("parallel", 0)):
            cache = str(Path(tmp) / label.replace(" ", "-"))
            cold = run(pdf, workers, None)
            run(pdf, workers, cache)                  # fill the cache
            warm = run(pdf, workers, cache)
            rows.append((f"cold, {label}", cold))
            rows.append((f"warm, {label}", warm))
    failed = False
    print(f"{pdf} ({rows[0][1]['pages']} pages)")
    print(f"{'measure':<22} {'seconds':>8} {'pages/s':>9} {'peak MB':>8}  target")
    for label, r in rows:
        rate = r["pages"] / r["seconds"] if r["seconds"] else float("inf")
        target = TARGETS.get(label)
        ok = "" if target is None else (f">= {target:.0f} p/s " + ("ok" if rate >= target
                                                                   else "MISSED"))
        failed |= target is not None and rate < target
        failed |= r["peak_mb"] >= 300
        print(f"{label:<22} {r['seconds']:8.2f} {rate:9.1f} {r['peak_mb']:8.0f}  {ok}")
    print("peak memory target < 300 MB: " + ("MISSED" if any(r["peak_mb"] >= 300
                                                               for _, r in rows) else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
