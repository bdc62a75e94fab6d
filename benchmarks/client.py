"""Time the client generator, and the generated client against the official SDK.

    python benchmarks/client.py              # median of 5 runs, 200 calls per operation
    python benchmarks/client.py --repeat 9 --calls 500

Part 1 (targets on 2 cores): client + server stub generation under 2 s together; importing
the generated package stays cheap (lazy imports: httpx and the models load on first use).

Part 2, side by side: the generated client (sync, AK/SK signing) and the publisher's SDK
(huaweicloudsdkevs + huaweicloudsdkcore from PyPI) call the same loopback stub (the
committed ``output/server``, run with uvicorn) with the same operations: show a volume,
list volumes, create one (a JSON body).  Each SDK runs in a fresh interpreter and reports
its import time, its CPU time per call (its own process only: signing, serialisation,
HTTP and parsing, not the stub's work) and its peak memory.  Aim: at or below the official
SDK on each figure.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.client import generate_client, render_client  # noqa: E402
from extractor.generate.client.names import METHOD_AVOID, identifier  # noqa: E402

SPEC = ROOT / "specs" / "evs.openapi.json"
STUB = ROOT / "output" / "server"
IMPORTS = [
    ("import evs_client", "import evs_client", 0.05),
    ("from evs_client import Client (loads httpx)", "from evs_client import Client", 0.5),
    ("Client + every model module", ("from evs_client import Client, AsyncClient\n"
                                     "import evs_client.models as m\n"
                                     "[getattr(m, n) for n in m.__all__]"), None),
]
# the operations both SDKs call, by method and path; our names come from the spec
CALLS = {
    "show": ("GET", "/v2/{project_id}/cloudvolumes/{volume_id}"),
    "list": ("GET", "/v2/{project_id}/cloudvolumes/detail"),
    "create": ("POST", "/v2.1/{project_id}/cloudvolumes"),
}
VOLUME = {"availability_zone": "az-1", "size": 10, "volume_type": "SSD", "name": "bench"}

# Worker programs: argv = port, calls, names (JSON); print one JSON line of figures.
_MEASURE = r'''
import json, sys, time
def peak_kb():  # VmHWM: this process's peak resident set (ru_maxrss counts the parent's)
    with open("/proc/self/status") as fh:
        return int(next(l for l in fh if l.startswith("VmHWM:")).split()[1])
port, calls, names = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
VOLUME = names.pop("_volume")
t0 = time.perf_counter()
{imports}
import_s = time.perf_counter() - t0
rss_import = peak_kb()
{setup}
per_call = {{}}
t0 = time.perf_counter()
for op in ("show", "list", "create"):
    CALLS[op]()  # the first calls: connection, lazy imports
first_s = time.perf_counter() - t0
for op in ("show", "list", "create"):
    call = CALLS[op]
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    per_call[op] = ((time.process_time() - cpu) / calls, (time.perf_counter() - wall) / calls)
print(json.dumps({{"import_s": import_s, "first_s": first_s, "rss_import_kb": rss_import,
                  "rss_peak_kb": peak_kb(),
                  "per_call": per_call}}))
'''
OURS = _MEASURE.format(imports="""
from evs_client import Client
""", setup="""
import importlib
models = importlib.import_module("evs_client.models")
client = Client(endpoint=f"http://127.0.0.1:{port}", project_id="p0", ak="BENCHAK", sk="bench-sk")
body = {"volume": VOLUME}
CALLS = {
    "show": lambda: getattr(client, names["show"])(volume_id="v-1"),
    "list": lambda: getattr(client, names["list"])(limit=10),
    "create": lambda: getattr(client, names["create"])(body=body),
}
""")
OFFICIAL = _MEASURE.format(imports="""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkevs.v2 import (EvsClient, ShowVolumeRequest, ListVolumesRequest,
                                  CreateVolumeRequest, CreateVolumeRequestBody,
                                  CreateVolumeOption)
""", setup="""
import logging
logging.disable(logging.WARNING)
client = (EvsClient.new_builder()
          .with_credentials(BasicCredentials("BENCHAK", "bench-sk", "p0"))
          .with_endpoints([f"http://127.0.0.1:{port}"]).build())
CALLS = {
    "show": lambda: client.show_volume(ShowVolumeRequest(volume_id="v-1")),
    "list": lambda: client.list_volumes(ListVolumesRequest(limit=10)),
    "create": lambda: client.create_volume(CreateVolumeRequest(
        body=CreateVolumeRequestBody(volume=CreateVolumeOption(**VOLUME)))),
}
""")


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def import_time(root: Path, code: str, repeat: int) -> float:
    """Median in-process time of ``code`` in a fresh interpreter (bytecode cached)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root)], check=True)
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


def generation(doc: dict, out: Path, repeat: int) -> list[tuple[str, float, float | None, str]]:
    rows = []
    files = render_client(doc, "evs_client")
    rows.append(("client: spec -> files in memory", timed(lambda: render_client(doc), repeat),
                 None, f"{len(files)} files"))
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


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_stub() -> tuple[subprocess.Popen, int]:
    import socket
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(STUB))
    proc = subprocess.Popen([sys.executable, "-m", "evs_stub", "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=STUB, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the stub did not start")


def side_by_side(doc: dict, client_root: Path, calls: int, repeat: int) -> dict[str, dict]:
    """{sdk: figures} (medians over ``repeat`` fresh interpreters)."""
    names = {op: identifier(doc["paths"][path][http.lower()]["operationId"], "op", METHOD_AVOID)
             for op, (http, path) in CALLS.items()}
    names["_volume"] = VOLUME
    try:
        import huaweicloudsdkevs  # noqa: F401
        workers = {"doc2spec client": OURS, "official SDK": OFFICIAL}
    except ImportError:
        print("(huaweicloudsdkevs is not installed: pip install huaweicloudsdkevs)")
        workers = {"doc2spec client": OURS}
    # bytecode for the generated package, as pip writes it for the official one
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(client_root)], check=True)
    proc, port = _start_stub()
    results: dict[str, list[dict]] = {name: [] for name in workers}
    try:
        for _ in range(repeat):
            for name, code in workers.items():  # interleaved: both see the same machine load
                r = subprocess.run([sys.executable, "-c", code, str(port), str(calls),
                                    json.dumps(names)], cwd=client_root, capture_output=True,
                                   text=True, check=False)
                if r.returncode != 0:
                    raise RuntimeError(f"{name} failed:\n{r.stderr[-3000:]}")
                results[name].append(json.loads(r.stdout.strip().splitlines()[-1]))
    finally:
        proc.terminate()
        proc.wait(10)
    out = {}
    for name, runs in results.items():
        med = {k: statistics.median(r[k] for r in runs)
               for k in ("import_s", "first_s", "rss_import_kb", "rss_peak_kb")}
        # ours defers imports to the first call of an operation; the official SDK loads
        # everything up front: the sum is what a short script waits for
        med["ready_s"] = statistics.median(r["import_s"] + r["first_s"] for r in runs)
        for op in CALLS:
            med[f"cpu_{op}"] = statistics.median(r["per_call"][op][0] for r in runs)
            med[f"wall_{op}"] = statistics.median(r["per_call"][op][1] for r in runs)
        out[name] = med
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--calls", type=int, default=200)
    args = ap.parse_args()
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        rows = generation(doc, Path(tmp), args.repeat)
        w = max(len(r[0]) for r in rows)
        print(f"{'measure'.ljust(w)}  {'median':>9}  {'target':>8}  ok   notes")
        for name, t, target, note in rows:
            ok = "" if target is None else ("yes" if t <= target else "NO")
            tgt = "" if target is None else f"{target:.2f} s"
            print(f"{name.ljust(w)}  {t * 1000:7.1f} ms  {tgt:>8}  {ok:<3}  {note}")
        print()
        figures = side_by_side(doc, Path(tmp) / "client", args.calls, args.repeat)
    print(f"same loopback stub, AK/SK signing, {args.calls} calls per operation, "
          f"median of {args.repeat} fresh interpreters")
    sdks = list(figures)
    lines = [("import (client + request models)", "import_s", 1000, "ms"),
             ("first call of each operation (cold)", "first_s", 1000, "ms"),
             ("import + first calls (a short script)", "ready_s", 1000, "ms"),
             *[(f"CPU per call: {op}", f"cpu_{op}", 1e6, "us") for op in CALLS],
             *[(f"wall per call: {op} (incl. stub)", f"wall_{op}", 1e6, "us") for op in CALLS],
             ("peak RSS after import", "rss_import_kb", 1 / 1024, "MiB"),
             ("peak RSS after all calls", "rss_peak_kb", 1 / 1024, "MiB")]
    w = max(len(x[0]) for x in lines)
    print(f"{'measure'.ljust(w)}  " + "  ".join(f"{s:>16}" for s in sdks)
          + ("  ours/official" if len(sdks) == 2 else ""))
    for label, key, scale, unit in lines:
        values = [figures[s][key] * scale for s in sdks]
        cells = "  ".join(f"{v:>12.1f} {unit:<3}" for v in values)
        ratio = f"  {values[0] / values[1]:>12.2f}" if len(values) == 2 and values[1] else ""
        print(f"{label.ljust(w)}  {cells}{ratio}")


if __name__ == "__main__":
    main()
