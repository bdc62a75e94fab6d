"""Time the server stub: generation, startup, and requests/s with p50/p99 latency on
loopback under Debian's ``wrk`` on a fixed mix of requests; print a table.

    python benchmarks/server.py                     # 10 s per mix, 2 wrk threads, 16 connections
    python benchmarks/server.py --seconds 20 --connections 32

The stub runs with uvicorn on 127.0.0.1 (a free port), stateless and ``--stateful``.
Each request is a full route + security + parameter and body validation + mock (or
store) cycle. The mixes (fixed, round robin, paths from the spec's EVS manual):

- stateless: GET a volume, GET the volume list (limit 10), POST os-extend, GET a job;
- stateful: the same on volumes created beforehand (GET, list, os-extend, GET the
  job an extend made), plus 1 create in 10.

Target (2 cores): at least 2,000 requests/s on each mix; startup under 1 s. wrk and
the stub share the machine's cores, so the figure is a floor for the stub alone. The
stub's own CPU time per request (from /proc) is printed too: on a busy machine it
says what the stub costs when requests/s cannot.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.generate.server import generate_server  # noqa: E402

SPEC = ROOT / "specs" / "evs.openapi.json"
TOKEN = "benchmark-token"
PROJECT = "proj-1"
TARGET_RPS = 2000.0
TARGET_STARTUP_MS = 1000.0
CREATE_BODY = {"volume": {"availability_zone": "az-dc-1", "size": 20, "volume_type": "SSD",
                          "name": "bench"}}
LUA = r"""
local requests = {}
local i = 0
function init(args)
  local f = io.open(args[1], "r")
  local lines = {}
  for line in f:lines() do table.insert(lines, line) end
  f:close()
  for n = 1, #lines, 3 do
    local headers = {["X-Auth-Token"] = "%TOKEN%"}
    local body = nil
    if lines[n + 2] ~= "" then
      headers["Content-Type"] = "application/json"
      body = lines[n + 2]
    end
    table.insert(requests, wrk.format(lines[n], lines[n + 1], headers, body))
  end
end
function request()
  i = i + 1
  return requests[(i - 1) % #requests + 1]
end
function done(summary, latency, requests)
  io.write(string.format('RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, ' ..
    '"p99_us": %d, "non2xx": %d, "socket_errors": %d}\n', summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, object]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        headers = {"X-Auth-Token": TOKEN, **({"Content-Type": "application/json"} if payload
                                              else {})}
        conn.request(method, path, body=payload, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        return resp.status, (json.loads(raw) if raw else None)
    finally:
        conn.close()


def ready(port: int) -> bool:
    try:
        return call(port, "GET", "/openapi.json")[0] == 200
    except OSError:
        return False


def start(root: Path, *extra: str) -> tuple[subprocess.Popen, int, float]:
    """Start the stub; (process, port, seconds until it answered)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "evs_stub", "--port", str(port),
                             "--log-level", "warning", "--no-access-log", *extra], cwd=root,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not ready(port):
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


def stateless_mix() -> list[tuple[str, str, dict | None]]:
    volume = f"/v2/{PROJECT}/volumes/vol-1"
    return [("GET", volume, None),
            ("GET", f"/v2/{PROJECT}/volumes/detail?limit=10", None),
            ("POST", volume + "/action", {"os-extend": {"new_size": 100}}),
            ("GET", f"/v1/{PROJECT}/jobs/job-1", None)]


def stateful_mix(port: int) -> list[tuple[str, str, dict | None]]:
    """The mix on items made first: 8 volumes, and a job from extending each."""
    mix: list[tuple[str, str, dict | None]] = []
    for n in range(8):
        status, made = call(port, "POST", f"/v2/{PROJECT}/volumes", CREATE_BODY)
        assert status == 202, (status, made)
        volume = f"/v2/{PROJECT}/volumes/{made['volume']['id']}"
        status, extended = call(port, "POST", f"/v2/{PROJECT}/cloudvolumes/"
                                f"{made['volume']['id']}/action",
                                {"os-extend": {"new_size": 40 + n}})
        job = f"/v1/{PROJECT}/jobs/{extended['job_id']}"
        mix += [("GET", volume, None),
                ("GET", f"/v2/{PROJECT}/volumes/detail?limit=10", None),
                ("POST", volume + "/action", {"os-extend": {"new_size": 100 + n}}),
                ("GET", job, None)]
    return mix[:9] + [("POST", f"/v2/{PROJECT}/volumes", CREATE_BODY)] + mix[9:]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), else 0."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(port: int, mix: list, folder: Path, seconds: float, threads: int,
            connections: int, pid: int = 0) -> dict:
    script = folder / "mix.lua"
    script.write_text(LUA.replace("%TOKEN%", TOKEN), encoding="utf-8")
    data = folder / "mix.txt"
    data.write_text("".join(f"{m}\n{p}\n{json.dumps(b) if b is not None else ''}\n"
                            for m, p, b in mix), encoding="utf-8")
    for m, p, b in mix:  # every request of the mix succeeds before it is timed
        status, _ = call(port, m, p, b)
        assert 200 <= status < 300, (m, p, status)
    cpu = cpu_seconds(pid)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s",
                          "-s", str(script), f"http://127.0.0.1:{port}", "--", str(data)],
                         capture_output=True, text=True, check=True, timeout=seconds + 60)
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["cpu_per_request"] = (cpu_seconds(pid) - cpu) / max(1, result["requests"])
    return result


def measures(args) -> list[tuple]:
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        times = []
        for i in range(args.repeat):
            t = time.perf_counter()
            generate_server(doc, folder / f"g{i}", stem="evs")
            times.append(time.perf_counter() - t)
        rows.append(("generate the stub (spec -> package)", statistics.median(times) * 1000,
                     "ms", None, ""))
        root = folder / "g0"
        for label, extra in (("stateless", ()), ("stateful", ("--stateful",))):
            startups = []
            for _ in range(args.repeat):
                proc, _port, startup = start(root, *extra)
                startups.append(startup)
                stop(proc)
            rows.append((f"startup {label} (process -> first answer)",
                         statistics.median(startups) * 1000, "ms", TARGET_STARTUP_MS,
                         f"median of {args.repeat}"))
            proc, port, _ = start(root, "--token", TOKEN, *extra)
            try:
                mix = stateless_mix() if label == "stateless" else stateful_mix(port)
                run_wrk(port, mix, folder, 2, args.threads, args.connections)  # warm up
                r = run_wrk(port, mix, folder, args.seconds, args.threads, args.connections,
                            proc.pid)
            finally:
                stop(proc)
            note = (f"{r['requests']} requests, {len(mix)}-request mix, p50 "
                    f"{r['p50_us'] / 1000:.1f} ms, p99 {r['p99_us'] / 1000:.1f} ms")
            if r["non2xx"] or r["socket_errors"]:
                note += f"; {r['non2xx']} non-2xx, {r['socket_errors']} socket errors"
            rows.append((f"throughput {label} mix (wrk)", r["rps"], "req/s", TARGET_RPS, note))
            if r["cpu_per_request"] > 0:
                rows.append((f"  stub CPU per request, {label}", r["cpu_per_request"] * 1000,
                             "ms", None, f"= {1 / r['cpu_per_request']:.0f} req/s per core "
                             "of stub CPU (independent of other load)"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=10.0, help="per throughput measure")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--connections", type=int, default=16, help="wrk connections")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    rows = measures(args)
    w = max(len(r[0]) for r in rows)
    print(f"{'measure (times: median)'.ljust(w)}  {'value':>15}  {'target':>11}  ok   notes")
    for name, value, unit, target, note in rows:
        if target is None:
            ok, tgt = "", ""
        else:
            ok = "yes" if (value >= target if unit == "req/s" else value <= target) else "NO"
            tgt = f"{'>=' if unit == 'req/s' else '<='}{target:.0f} {unit}"
        print(f"{name.ljust(w)}  {value:9.1f} {unit:<5}  {tgt:>11}  {ok:<3}  {note}")
    print(f"(cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
