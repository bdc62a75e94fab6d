"""Helpers for the server stub tests: generate a stub, run it with uvicorn on
127.0.0.1 (a free port, real sockets), talk to it over http.client, validate
bodies against the spec's schemas. No tests of its own."""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"
COMMITTED = ROOT / "output" / "server"
PACKAGE = "evs_stub"
AUTH = {"X-Auth-Token": "test-token"}


def load_spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    raw: bytes

    @property
    def json(self):
        return json.loads(self.raw)


@dataclass
class Stub:
    """A running stub process."""

    port: int
    process: subprocess.Popen
    startup: float
    log: Path

    def output(self) -> str:
        """What the server logged so far."""
        return self.log.read_text(errors="replace")

    def request(self, method: str, path: str, body: bytes | str | dict | list | None = None,
                headers: dict[str, str] | None = None, auth: bool = True) -> Answer:
        all_headers = dict(AUTH if auth else {})
        all_headers.update(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            all_headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=all_headers)
            resp = conn.getresponse()
            return Answer(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
        finally:
            conn.close()

    def alive(self) -> bool:
        return self.process.poll() is None


def _ready(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/openapi.json")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


@contextmanager
def run_stub(root: Path, package: str = PACKAGE, *extra: str):
    """Start ``python -m <package>`` from ``root``; yield a Stub; stop it."""
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1")
    for _attempt in range(3):
        port = free_port()
        fd, log_name = tempfile.mkstemp(prefix="stub-", suffix=".log")
        os.close(fd)
        log = Path(log_name)
        start = time.perf_counter()
        with log.open("ab") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", package, "--port", str(port), "--log-level", "warning",
                 "--no-access-log", *extra],
                cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
        while process.poll() is None and time.perf_counter() - start < 20:
            if _ready(port):
                break
            time.sleep(0.02)
        if process.poll() is None and _ready(port):
            stub = Stub(port, process, time.perf_counter() - start, log)
            try:
                yield stub
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                log.unlink(missing_ok=True)
            return
        process.kill()
        process.wait()
        output = log.read_text(errors="replace")
        log.unlink(missing_ok=True)
    raise RuntimeError(f"the stub did not start:\n{output}")


class SchemaCheck:
    """Validates values against schemas of a spec, named by JSON pointer."""

    def __init__(self, doc: dict):
        self.registry = Registry().with_resource(
            "urn:test", Resource(contents=doc, specification=DRAFT4))

    def errors(self, ptr: str, value) -> list[str]:
        validator = OAS30Validator({"$ref": "urn:test#" + quote(ptr, safe="/~")},
                                   registry=self.registry)
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def pointer(*parts: object) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def answered(path: str, method: str, status: int, doc: dict | None = None) -> int:
    """The status the stub answers for an error of ``status`` on an operation: that status
    if the operation documents it (exactly, as NXX or by default), else the generic one of
    its class (400, 500) if the operation documents that, else ``status`` itself."""
    responses = set((doc or load_spec())["paths"][path][method]["responses"])

    def documented(code: int) -> bool:
        return bool({str(code), f"{code // 100}XX", "default"} & responses)
    if documented(status):
        return status
    generic = 400 if status < 500 else 500
    return generic if documented(generic) else status


def placeholders(value, where: str = "") -> list[str]:
    """Where a body holds a schema-synthesized placeholder: a type's name as a string
    (``"id": "string"``, ``"size": "integer"``)."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += placeholders(item, f"{where}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += placeholders(item, f"{where}/{i}")
    elif isinstance(value, str) and value.strip().lower() in ("string", "integer", "number",
                                                             "boolean", "object"):
        found.append(where or "/")
    return found
