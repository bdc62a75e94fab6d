"""Time the client generator and the generated package's import; print a table.

    python benchmarks/client.py            # median of 5 runs
    python benchmarks/client.py --repeat 9

Targets (2 cores): client + server stub generation under 2 s together; importing the
generated package stays cheap (lazy imports: httpx and the models load on first use).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.client import generate_client, render_client  # noqa: E402

SPEC = ROOT / "specs" / "evs.openapi.json"
IMPORTS = [
    ("import evs_client", "import evs_client", 0.05),
    ("from evs_client import Client (loads httpx)", "from evs_client import Client", 0.5),
    ("Client + every model module", ("from evs_client import Client, AsyncClient\n"
                                     "import evs_client.models as m\n"
                                     "[getattr(m, n) for n in m.__all__]"), None),
]


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def import_time(root: Path, code: str, repeat: int) -> float:
    """Median in-process time of ``code`` in a fresh interpreter (bytecode cached)."""
    probe = f"import time\nt = time.perf_counter()\n{code}\nprint(time.perf_counter() - t)"
    subprocess.run([sys.executable, "-c", probe], cwd=root, check=True, capture_output=True)
    runs = [float(subprocess.run([sys.executable, "-c", probe], cwd=root, check=True,
                                 capture_output=True, text=True).stdout)
            for _ in range(repeat)]
    return statistics.median(runs)


def server_generator():
    try:
        from extractor.generate.server import generate_server
    except ImportError:
        return None
    return generate_server


def measures(repeat: int) -> list[tuple[str, float, float | None, str]]:
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    rows = []
    files = render_client(doc, "evs_client")
    rows.append(("client: spec -> files in memory", timed(lambda: render_client(doc), repeat),
                 None, f"{len(files)} files"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t = timed(lambda: generate_client(doc, out / "client", "evs_client"), repeat)
        rows.append(("client: generate (written)", t, None,
                     f"{sum(len(v) for v in files.values()) // 1024} KiB"))
        server = server_generator()
        if server is not None:
            both = timed(lambda: (generate_client(doc, out / "client", "evs_client"),
                                  server(doc, out / "server", package=None)), repeat)
            rows.append(("client + server stub: generate", both, 2.0, ""))
        else:
            rows.append(("client: generate (server stub not available)", t, 2.0, ""))
        for name, code, target in IMPORTS:
            rows.append((name, import_time(out / "client", code, repeat), target,
                         "fresh interpreter"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rows = measures(args.repeat)
    w = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
    for name, t, target, note in rows:
        ok = "" if target is None else ("yes" if t <= target else "NO")
        tgt = "" if target is None else f"{target:.2f} s"
        print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")


if __name__ == "__main__":
    main()
