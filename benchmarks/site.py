"""Measure the reference site: build time, and search latency in a real browser.

    python benchmarks/site.py               # all measures
    python benchmarks/site.py --repeat 5
    python benchmarks/site.py --site output/site     # search on a site written earlier

Targets (2 cores): spec -> written site under 2 s; search results on the full index
painted within 50 ms of a keystroke. The browser measure needs /usr/bin/chromium and
Playwright. Latencies are wall-clock and grow with the machine's load (printed at the end);
the main-thread CPU time per keystroke, from a Chromium trace, does not.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.site import build_model, render_site, write_site  # noqa: E402
from extractor.generate.site.render import ASSETS  # noqa: E402

SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPED = ["EVS.5400", "evs:volumes:create", "扩容", "cloudvolumes", "multiattach", "云硬盘扩容"]

# Typing by input events: set the value, fire `input` as typing does, wait until the browser
# has rendered the frame after it (requestAnimationFrame, then the task after that frame):
# keystroke -> results painted. The site paints the first screenful at once and appends the
# rest in idle time, so at that moment we also check that the screen is full (the results
# reach the bottom of the window, or of the popup, or are complete), then wait for the whole
# list (keystroke -> full list in the page) before the next keystroke.
KEYSTROKE_JS = """async ([selector, text]) => {
  const input = document.querySelector(selector);
  const box = document.getElementById(input.getAttribute('aria-controls'));
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const busy = () => box.getAttribute('aria-busy') === 'true';
  const complete = () => new Promise(r => busy() ? box.addEventListener('search-rendered', r, {once: true}) : r());
  const painted = [], full = [];
  let unfilled = 0;
  input.value = '';
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await frame();
  for (let i = 1; i <= text.length; i++) {
    performance.mark('keystroke');
    const t0 = performance.now();
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await frame();
    painted.push(performance.now() - t0);
    const popup = getComputedStyle(box).overflowY === 'auto';
    const filled = !busy() || (popup ? box.scrollHeight > box.clientHeight
                                     : box.getBoundingClientRect().bottom >= innerHeight);
    if (!filled) unfilled++;
    await complete();
    await frame();
    full.push(performance.now() - t0);
  }
  performance.mark('typed');
  return [painted, full, unfilled, box.querySelectorAll('.result').length];
}"""
# Typing with real key presses (Chromium's own input pipeline), one every PACE_MS whether or
# not the last results are complete: from the key's own timestamp (for characters typed via
# an input method, the beforeinput event's) to the frame after it.
PACE_MS = 60
REAL_KEYS_SETUP = """(selector) => {
  const input = document.querySelector(selector);
  window.__keys = [];
  let pending = null;
  const mark = ts => requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - ts), 0));
  input.addEventListener('keydown', e => { if (e.key.length === 1) pending = e.timeStamp; });
  input.addEventListener('beforeinput', e => { mark(pending !== null ? pending : e.timeStamp); pending = null; });
}"""
BOXES = [("search page (all groups, 20 per group)", "search.html", "#page-search"),
         ("header search box (5 per group)", "operations.html", "#site-search")]
VIEWPORT = {"width": 1366, "height": 768}


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
    assets = "".join(files[f"assets/{name}"] for name in ASSETS)
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
    """The index's first load on a page; per box the per-keystroke latencies (ms) typed by
    input events and by paced real key presses."""
    from playwright.sync_api import sync_playwright
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto((site / "index.html").as_uri())
        load = page.evaluate("""() => new Promise(r => { const t0 = performance.now();
            window.DOC2SPEC.search('x', () => r(performance.now() - t0)); })""")
        for label, rel, selector in BOXES:
            page.goto((site / rel).as_uri())
            page.focus(selector)
            page.wait_for_function("window.DOC2SPEC_SEARCH")
            painted, full, unfilled, results = [], [], 0, {}
            for _ in range(repeat):
                for q in TYPED:
                    times, whole, missing, n = page.evaluate(KEYSTROKE_JS, [selector, q])
                    painted += times
                    full += whole
                    unfilled += missing
                    results[q] = n
            with tempfile.TemporaryDirectory() as tmp:        # one more pass, traced
                trace = Path(tmp) / "trace.json"
                browser.start_tracing(page=page, path=str(trace),
                                      categories=["toplevel", "devtools.timeline", "blink.user_timing"])
                for q in TYPED:
                    page.evaluate(KEYSTROKE_JS, [selector, q])
                browser.stop_tracing()
                cpu = main_thread_cpu(trace)
            page.evaluate(REAL_KEYS_SETUP, selector)
            for _ in range(repeat):
                for q in TYPED:
                    page.fill(selector, "")
                    page.evaluate("window.__keys = []")
                    page.keyboard.type(q, delay=PACE_MS)
                    page.wait_for_timeout(300)
                    keys = page.evaluate("window.__keys")
                    out.setdefault(label + " real", []).extend(keys)
            out[label] = (sorted(painted), sorted(full), unfilled, results,
                          sorted(out.pop(label + " real")), cpu)
        browser.close()
    return load, out


def main_thread_cpu(trace_file: Path) -> tuple[list[float], list[float]]:
    """Per keystroke, the CPU time (ms) of the page's main thread, from a Chromium trace:
    from the task that takes the keystroke through the first frame painted after it, and
    through the whole list (until the next keystroke). Unlike the latencies, this does not
    grow when other processes share the cores."""
    data = json.loads(trace_file.read_text(encoding="utf-8"))
    events = data["traceEvents"] if isinstance(data, dict) else data
    marks = [e for e in events if e.get("name") in ("keystroke", "typed") and "user_timing" in e.get("cat", "")]
    if not marks:
        return [], []
    thread = (marks[0]["pid"], marks[0]["tid"])
    mine = [e for e in events if (e.get("pid"), e.get("tid")) == thread and e.get("ph") == "X"]
    tasks = sorted((e["ts"], e["ts"] + e.get("dur", 0), e.get("tdur", 0) / 1000) for e in mine
                   if e["name"] == "ThreadControllerImpl::RunTask")
    paints = sorted(e["ts"] for e in mine if e["name"] == "Paint")
    marks = sorted((e["ts"], e["name"]) for e in marks)

    def task_start(ts):                 # the start of the task running at ts
        return max((t[0] for t in tasks if t[0] <= ts <= t[1]), default=ts)
    to_paint, to_full = [], []
    for (ts, name), (next_ts, _) in zip(marks, marks[1:]):
        if name != "keystroke":
            continue
        begin, end = task_start(ts), task_start(next_ts)
        own = [t for t in tasks if begin <= t[0] < end]
        paint = next((p for p in paints if p > ts), end)
        to_full.append(sum(t[2] for t in own))
        to_paint.append(sum(t[2] for t in own if t[0] <= paint))
    return sorted(to_paint), sorted(to_full)


def stats(values: list[float]) -> tuple[float, float, float]:
    """median, p95 (nearest rank) and max of sorted values."""
    return (statistics.median(values), values[min(len(values) - 1, math.ceil(0.95 * len(values)) - 1)],
            values[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--site", type=Path, help="measure search on this already written site "
                    "(e.g. an older build, to compare) instead of the one just built")
    args = ap.parse_args()
    load_before = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        t, note, files = build_measure(args.repeat, site)
        rows.append(("site build (spec -> written site)", t * 1000, 2000.0, note))
        weights, total = weight_rows(files)
        if CHROMIUM.exists():
            load, boxes = search_measure((args.site or site).resolve(), args.repeat)
            rows.append(("search index load (first focus on a page)", load, None,
                         "script file, once per page"))
            for label, (painted, full, unfilled, results, real, cpu) in boxes.items():
                for what, values, target, note in (
                        ("keystroke -> results painted", painted, 50.0,
                         f"{len(painted)} input events; screen not yet full at paint: {unfilled}"),
                        ("keystroke -> full list in page", full, None,
                         "shown: " + ", ".join(f"{q} {n}" for q, n in results.items())),
                        (f"real key every {PACE_MS} ms -> painted", real, 50.0,
                         f"{len(real)} key presses"),
                        ("main-thread CPU, keystroke -> painted", cpu[0], None,
                         f"{len(cpu[0])} keystrokes, from a Chromium trace"),
                        ("main-thread CPU, keystroke -> full list", cpu[1], None, "")):
                    if not values:
                        continue
                    med, p95, top = stats(values)
                    rows.append((f"{what}, median: {label}", med, target, note))
                    rows.append((f"{what}, p95: {label}", p95, target, ""))
                    rows.append((f"{what}, max: {label}", top, None, ""))
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
    print(f"\nmachine: {os.cpu_count()} cores, load average (1 min) {load_before[0]:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after; browser window {VIEWPORT['width']}x{VIEWPORT['height']}")


if __name__ == "__main__":
    main()
