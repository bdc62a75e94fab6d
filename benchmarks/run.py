"""Time each stage and each command on the shipped manual and print a table.

    python benchmarks/run.py            # all measures
    python benchmarks/run.py --repeat 5
    python benchmarks/run.py --commands # the commands only
    python benchmarks/run.py --no-bytecode   # children compile every module from source

Children run with Python bytecode in a private cache folder, written by one untimed run of
each command first, as an installed package has it (pip compiles it); `--no-bytecode` times
source compilation too (what a checkout run with PYTHONDONTWRITEBYTECODE=1 pays each time).
The one other cache is `generate`'s and `site`'s compiled templates
($XDG_CACHE_HOME/doc2spec/jinja, a private folder here): build + generate all + site is
timed cold (that folder emptied before each run, as on a first run or after a template
changed) and warm. `build` and `inspect` keep no cache: every run does the whole work.

Targets (2 cores; stages as CPU time in this process): manual -> API model under 1 s;
manual -> validated spec under 2 s;
the commands, as work above interpreter start (CPU time of `python -m extractor ...`
minus that of `python -c pass`; wall time shown beside it; `build` writes to a temp copy
of specs/ holding the shipped overlay, as `doc2spec build` does): `build` under 0.5 s,
`inspect` under 0.3 s, `build` + `generate all` + `site` under 1.5 s together.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.api.build import read_api  # noqa: E402
from extractor.findings import Findings  # noqa: E402
from extractor.manual import build_manual  # noqa: E402
from extractor.pipeline import build_spec  # noqa: E402
from extractor.sources.text import read_text  # noqa: E402

MANUAL = ROOT / "manuals" / "evs-api-reference.txt"


def forget_memos() -> None:
    """Empty the memo caches (functools.lru_cache) of every loaded extractor module, so each
    repeat in this process starts as a command does with what the project remembers
    (`re`'s cache of compiled patterns and other interpreter state stay warm)."""
    for name, module in list(sys.modules.items()):
        if name == "extractor" or name.startswith("extractor."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median CPU time of `fn` in this process (wall time swells on a shared machine), each
    run with the memo caches emptied first."""
    times, result = [], None
    for _ in range(repeat):
        forget_memos()
        t = time.process_time()
        result = fn()
        times.append(time.process_time() - t)
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
        result = build_spec(MANUAL)   # as `build` runs it: examples checked, validated once
        assert not result.errors, result.errors[:3]
        return result.doc
    t, doc = timed(spec, repeat)
    rows.append(("manual -> validated spec (end to end)", t, 2.0,
                 f"{sum(len(v) for v in doc['paths'].values())} operations"))
    return rows


CHILD_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run_timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def command_measures(repeat: int, bytecode: bool = True) -> list[tuple[str, float, float | None, str]]:
    py = [sys.executable]
    doc2spec = py + ["-m", "extractor"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if bytecode:
            CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
        else:
            CHILD_ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        spec = tmp_path / "specs" / "evs.openapi.json"
        overlay = ROOT / "specs" / "evs.overlay.yaml"   # applied as `doc2spec build` does
        if overlay.exists():
            spec.parent.mkdir()
            (spec.parent / overlay.name).write_bytes(overlay.read_bytes())
        CHILD_ENV["XDG_CACHE_HOME"] = str(tmp_path / "cache")
        CHILD_ENV.pop("DOC2SPEC_NO_CACHE", None)
        templates = tmp_path / "cache" / "doc2spec" / "jinja"
        combined = [
            doc2spec + ["build", "-q", "-o", str(tmp_path / "specs")],
            doc2spec + ["generate", "all", str(spec), "-q", "-o", str(tmp_path / "out")],
            doc2spec + ["site", str(spec), "-q", "-o", str(tmp_path / "out" / "site")]]
        steps = {
            "inspect": [doc2spec + ["inspect"]],
            "build": [doc2spec + ["build", "-q", "-o", str(tmp_path / "specs")]],
            "build + generate all + site, templates cold": combined,
            "build + generate all + site, templates warm": combined,
        }
        targets = {"inspect": 0.3, "build": 0.5,
                   "build + generate all + site, templates cold": 1.5,
                   "build + generate all + site, templates warm": 1.5}
        base = statistics.median(run_timed(py + ["-c", "pass"], ROOT)[0] for _ in range(5))
        base_wall = statistics.median(run_timed(py + ["-c", "pass"], ROOT)[1] for _ in range(5))
        rows = []
        for name, commands in steps.items():
            if bytecode:                        # untimed: writes the bytecode
                for cmd in commands:
                    run_timed(cmd, ROOT)
            cpu, wall = [], []
            for _ in range(repeat):
                if name.endswith("cold"):
                    shutil.rmtree(templates, ignore_errors=True)
                c = w = 0.0
                for cmd in commands:
                    dc, dw = run_timed(cmd, ROOT)
                    c, w = c + dc - base, w + dw - base_wall
                cpu.append(c)
                wall.append(w)
            rows.append((f"doc2spec {name} (CPU above start)", statistics.median(cpu),
                         targets[name], f"wall {statistics.median(wall) * 1000:.0f} ms above "
                         f"start; start {base * 1000:.0f} ms CPU"))
    return rows


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--commands", action="store_true", help="time the commands only")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="children compile every module from source (no .pyc)")
    args = ap.parse_args()
    rows = [] if args.commands else measures(args.repeat)
    rows += command_measures(args.repeat, bytecode=not args.no_bytecode)
    w = max(len(r[0]) for r in rows)
    print(f"{'stage'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
    for name, t, target, note in rows:
        ok = "" if target is None else ("yes" if t <= target else "NO")
        tgt = "" if target is None else f"{target:.1f} s"
        print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")
    print(load_note())
    print("commands: " + ("modules compiled from source in every run" if args.no_bytecode else
                          "bytecode compiled by an untimed first run (as installed)")
          + "; no result cache exists, so every timed run does the whole work (warm: the "
          "compiled templates only)")


if __name__ == "__main__":
    main()
