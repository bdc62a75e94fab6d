"""Time the server stub: generation, startup, and throughput on loopback; print a table.

    python benchmarks/server.py                  # defaults: 3 repeats, 2000 requests each
    python benchmarks/server.py --requests 5000 --connections 8

The stub runs with uvicorn on 127.0.0.1 only (a free port); the load comes from
keep-alive connections in threads (stdlib http.client), each request a full
route + security + validation + mock cycle. Loops are bounded by --requests and
--seconds. Target (2 cores): startup under 1 s.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.server import generate_server

SPEC = ROOT / "specs" / "evs.openapi.json"
HEADERS = {"X-Auth-Token": "benchmark"}
GET = ("GET", "/v3/proj-1/volumes/vol-1", None)
POST = ("POST", "/v3/proj-1/volumes/vol-1/action", {"os-extend": {"new_size": 100}})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_ok(port: int, path: str = "/openapi.json") -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", path)
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def start(root: Path, package: str) -> tuple[subprocess.Popen, int, float]:
    """Start the stub; (process, port, seconds until it answered)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", package, "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not get_ok(port):
        if proc.poll() is not None or time.perf_counter() - t > 30:
            proc.kill()
            raise SystemExit("the stub did not start")
        time.sleep(0.005)
    return proc, port, time.perf_counter() - t


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def load(port: int, request: tuple, total: int, connections: int, seconds: float) -> tuple[float, int]:
    """(requests per second, requests done) for ``total`` requests over keep-alive connections."""
    method, path, body = request
    payload = json.dumps(body).encode() if body is not None else None
    headers = dict(HEADERS, **({"Content-Type": "application/json"} if payload else {}))
    per_conn = max(1, total // connections)
    deadline = time.perf_counter() + seconds
    done, errors, lock = [0], [], threading.Lock()

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        n = 0
        try:
            for _ in range(per_conn):
                if time.perf_counter() > deadline:
                    break
                conn.request(method, path, body=payload, headers=headers)
                resp = conn.getresponse()
                resp.read()
                if resp.status >= 400:
                    errors.append(resp.status)
                n += 1
        finally:
            conn.close()
            with lock:
                done[0] += n

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t
    if errors:
        raise SystemExit(f"{method} {path} failed with {errors[0]}")
    return done[0] / elapsed, done[0]


def measures(repeat: int, total: int, connections: int, seconds: float) -> list[tuple]:
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for i in range(repeat):
            t = time.perf_counter()
            generate_server(doc, Path(tmp) / f"g{i}", stem="evs")
            times.append(time.perf_counter() - t)
        handlers = sum(len(op.get("x-variants") or [None]) for item in doc["paths"].values()
                       for op in item.values())
        rows.append(("generate the stub (spec -> package)", statistics.median(times) * 1000, "ms",
                     None, f"{handlers} handlers"))
        root = Path(tmp) / "g0"
        startups = []
        for _ in range(repeat):
            proc, _port, startup = start(root, "evs_stub")
            startups.append(startup)
            stop(proc)
        rows.append(("startup (process -> first answer)", statistics.median(startups) * 1000, "ms",
                     1000.0, "python -m evs_stub"))
        proc, port, _ = start(root, "evs_stub")
        try:
            for label, request in (("GET", GET), ("POST", POST)):
                load(port, request, min(total, 200), connections, seconds)  # warm up
                rate, n = load(port, request, total, connections, seconds)
                rows.append((f"throughput {label} {request[1]}", rate, "req/s", None,
                             f"{n} requests, {connections} connections"))
        finally:
            stop(proc)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--requests", type=int, default=2000, help="per throughput measure")
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=10.0, help="cap per throughput measure")
    args = ap.parse_args()
    rows = measures(args.repeat, args.requests, args.connections, args.seconds)
    w = max(len(r[0]) for r in rows)
    print(f"{'measure (times: median)'.ljust(w)}  {'value':>15}  {'target':>9}  ok   notes")
    for name, value, unit, target, note in rows:
        ok = "" if target is None else ("yes" if value <= target else "NO")
        tgt = "" if target is None else f"{target:.0f} {unit}"
        print(f"{name.ljust(w)}  {value:9.1f} {unit:<5}  {tgt:>9}  {ok:<3}  {note}")


if __name__ == "__main__":
    main()
