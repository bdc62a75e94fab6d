"""Measure the reference site: build time, and search latency in a real browser.

    python benchmarks/site.py               # all measures
    python benchmarks/site.py --repeat 5

Targets (2 cores): spec -> written site under 2 s; search results on the full index
within 50 ms of a keystroke. The browser measure needs /usr/bin/chromium and Playwright.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.site import build_model, render_site, write_site  # noqa: E402

SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPED = ["EVS.5400", "evs:volumes:create", "扩容", "cloudvolumes", "multiattach", "云硬盘扩容"]

# One keystroke: set the value, fire `input` as typing does, wait until the browser has
# rendered the frame that shows the results; the time from the keystroke to that frame.
KEYSTROKE_JS = """async ([selector, text]) => {
  const input = document.querySelector(selector);
  const out = [];
  input.value = '';
  input.dispatchEvent(new Event('input', {bubbles: true}));
  for (let i = 1; i <= text.length; i++) {
    const t0 = performance.now();
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t0);
  }
  const box = '#' + input.getAttribute('aria-controls');
  return [out, document.querySelectorAll(box + ' .result').length];
}"""
BOXES = [("search page (all groups, 20 per group)", "search.html", "#page-search"),
         ("header search box (5 per group)", "operations.html", "#site-search")]


def timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def build_measure(repeat: int, out: Path):
    spec_text = SPEC.read_text(encoding="utf-8")
    findings = json.loads(FINDINGS.read_text(encoding="utf-8")) if FINDINGS.exists() else []

    def build():
        site = build_model(json.loads(spec_text), findings)
        files = render_site(site)
        write_site(files, out)
        return files
    t, files = timed(build, repeat)
    size = sum(len(v.encode("utf-8")) for v in files.values())
    index = len(files["assets/search-index.js"].encode("utf-8"))
    return t, f"{len(files)} files, {size / 1e6:.1f} MB, index {index / 1e3:.0f} kB", files


def weight_rows(files: dict[str, str]) -> list[tuple]:
    """Page weight: what one operation page costs to open (HTML + CSS + JS; the search
    index loads on the first search), raw and gzip-compressed as a server would send it."""
    def kb(text: str) -> tuple[float, float]:
        raw = text.encode("utf-8")
        return len(raw) / 1e3, len(gzip.compress(raw, 6)) / 1e3
    ops = sorted((kb(v)[0], k) for k, v in files.items() if k.startswith("ops/"))
    median_page = files[ops[len(ops) // 2][1]]
    assets = files["assets/site.css"] + files["assets/site.js"]
    rows = []
    for label, text in (("operation page, median (HTML)", median_page),
                        ("operation page, largest (HTML)", files[ops[-1][1]]),
                        ("CSS + JS (once, cached)", assets),
                        ("search index (on first search)", files["assets/search-index.js"])):
        raw, packed = kb(text)
        rows.append((label, raw, packed))
    total = sum(len(v.encode("utf-8")) for v in files.values()) / 1e6
    return rows, total


def search_measure(site: Path, repeat: int):
    """The index's first load on a page, and per box the per-keystroke latencies (ms)."""
    from playwright.sync_api import sync_playwright
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto((site / "index.html").as_uri())
        load = page.evaluate("""() => new Promise(r => { const t0 = performance.now();
            window.DOC2SPEC.search('x', () => r(performance.now() - t0)); })""")
        for label, rel, selector in BOXES:
            page.goto((site / rel).as_uri())
            page.focus(selector)
            per_key, results = [], {}
            for _ in range(repeat):
                for q in TYPED:
                    times, n = page.evaluate(KEYSTROKE_JS, [selector, q])
                    per_key += times
                    results[q] = n
            out[label] = (sorted(per_key), results)
        browser.close()
    return load, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        t, note, files = build_measure(args.repeat, site)
        rows.append(("site build (spec -> written site)", t * 1000, 2000.0, note))
        weights, total = weight_rows(files)
        if CHROMIUM.exists():
            load, boxes = search_measure(site, args.repeat)
            rows.append(("search index load (first focus on a page)", load, None,
                         "script file, once per page"))
            for label, (per_key, results) in boxes.items():
                p95 = per_key[int(0.95 * (len(per_key) - 1))]
                rows.append((f"keystroke -> results shown, median: {label}",
                             statistics.median(per_key), 50.0, f"{len(per_key)} keystrokes"))
                rows.append((f"keystroke -> results shown, p95: {label}", p95, 50.0,
                             "results shown: " + ", ".join(f"{q} {n}" for q, n in results.items())))
                rows.append((f"keystroke -> results shown, max: {label}", per_key[-1], None, ""))
        else:
            rows.append(("search latency per keystroke", float("nan"), 50.0,
                         "skipped: no /usr/bin/chromium"))
    w = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(w)}  {'value':>10}  {'target':>9}  ok   notes")
    for name, ms, target, note in rows:
        ok = "" if target is None or math.isnan(ms) else ("yes" if ms <= target else "NO")
        tgt = "" if target is None else f"{target:.0f} ms"
        print(f"{name.ljust(w)}  {ms:7.1f} ms  {tgt:>9}  {ok:<3}  {note}")
    print()
    w = max(len(r[0]) for r in weights)
    print(f"{'page weight'.ljust(w)}  {'raw':>9}  {'gzip':>9}")
    for name, raw, packed in weights:
        print(f"{name.ljust(w)}  {raw:6.1f} kB  {packed:6.1f} kB")
    print(f"{'whole site (all files)'.ljust(w)}  {total:6.1f} MB")


if __name__ == "__main__":
    main()
