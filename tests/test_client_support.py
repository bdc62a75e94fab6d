"""Helpers for the client tests: generate and import a client, a recording HTTP server,
and an AK/SK check built on the shipped signer.py. (No tests here.)"""
from __future__ import annotations

import atexit
import functools
import importlib
import importlib.util
import json
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"
SIGNER_PATH = ROOT / "templates" / "client" / "signer.py"


@functools.cache
def spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def _tmpdir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="doc2spec-client-"))
    atexit.register(shutil.rmtree, path, True)
    return path


def generate(doc: dict, package: str) -> Path:
    """Generate ``package`` from ``doc`` into a fresh folder; return the package root."""
    from extractor.generate.client import generate_client
    out = _tmpdir() / "client"
    generate_client(doc, out, package)
    return out


def import_generated(root: Path, package: str) -> ModuleType:
    """Import a generated package from ``root`` (put on sys.path)."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module(package)


@functools.cache
def evs_client() -> ModuleType:
    """The client generated afresh from the committed spec, imported (once per session)."""
    return import_generated(generate(spec(), "evs_client"), "evs_client")


def load_signer() -> ModuleType:
    """templates/client/signer.py, loaded independently of any generated package."""
    module_spec = importlib.util.spec_from_file_location("test_client_signer", SIGNER_PATH)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module  # dataclasses look their module up
    module_spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- server
@dataclass
class Seen:
    """One request as the server received it (raw target, lower-case header names)."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def raw_query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def query(self) -> list[tuple[str, str]]:
        """Decoded (name, value) pairs in order (RFC 3986: '+' is a literal plus)."""
        out = []
        for item in self.raw_query.split("&"):
            if item:
                name, _, value = item.partition("=")
                out.append((unquote(name), unquote(value)))
        return out

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON value, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering
    delay: float = 0.0


class StubServer:
    """A real HTTP server on 127.0.0.1 that records requests and plays scripted replies."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.script: deque[Reply] = deque()
        self.handler: Callable[[Seen], Reply] | None = None
        # 2xx bodies get the keys the spec says are always there (see documented_body)
        self.fill = True
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path,
                            {k.lower(): v for k, v in self.headers.items()}, body)
                reply = outer._next(seen)
                if outer.fill and 200 <= reply.status < 300 and isinstance(reply.body, dict):
                    reply = replace(reply, body=documented_body(seen, reply.body))
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                payload = reply.body if isinstance(reply.body, bytes) else (
                    b"" if reply.body is None else json.dumps(reply.body).encode())
                try:
                    self.send_response(reply.status)
                    if payload:
                        self.send_header("Content-Type", "application/json")
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,),
                                       daemon=True)
        self.thread.start()

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if self.script:
                return self.script.popleft()
        if self.handler is not None:
            return self.handler(seen)
        return Reply(200, {})

    def reply(self, *replies: Reply) -> None:
        self.script.extend(replies)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------- bodies
def _template_of(method: str, path: str) -> dict | None:
    """The spec operation a request goes to (literal segments win over parameters)."""
    segments = path.split("?")[0].rstrip("/").split("/")
    best: tuple[int, dict] | None = None
    for template, item in spec()["paths"].items():
        parts = template.rstrip("/").split("/")
        op = item.get(method.lower())
        if op is None or len(parts) != len(segments):
            continue
        if all(p.startswith("{") or p == s for p, s in zip(parts, segments)):
            score = sum(not p.startswith("{") for p in parts)
            if best is None or score > best[0]:
                best = (score, op)
    return best[1] if best else None


def _fill(value: Any, schema: Any, depth: int = 0) -> Any:
    """``value`` with every key its schema requires or lists in x-always-present added
    (a plain value of the key's type), in nested objects and array items too."""
    schemas = spec()["components"]["schemas"]
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    if not isinstance(schema, dict) or depth > 8:
        return value
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return _fill(value, schema["allOf"][0], depth)
    props = schema.get("properties") or {}
    if isinstance(value, dict) and props:
        out = dict(value)
        for key in [*schema.get("required", []), *schema.get("x-always-present", [])]:
            if key not in out and key in props:
                out[key] = _fill(_plain_value(props[key]), props[key], depth + 1)
        return {k: _fill(v, props[k], depth + 1) if k in props else v for k, v in out.items()}
    if isinstance(value, list) and schema.get("type") == "array":
        return [_fill(v, schema.get("items"), depth + 1) for v in value]
    return value


def _plain_value(schema: Any) -> Any:
    schemas = spec()["components"]["schemas"]
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return _plain_value(schema["allOf"][0])
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    return {"string": "x", "integer": 0, "number": 0.0, "boolean": False, "array": []}.get(
        kind, {} if kind == "object" or "properties" in schema else None)


def documented_body(seen: Seen, body: dict) -> dict:
    """A test's reply body completed with the keys the spec's 2xx response schema requires
    or says are always present, so the client's checks pass; other bodies unchanged."""
    op = _template_of(seen.method, seen.path)
    if op is None:
        return body
    for status, response in sorted(op.get("responses", {}).items()):
        if status.startswith("2"):
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            return _fill(body, schema) if schema else body
    return body


# --------------------------------------------------------------------------- AK/SK
AUTH_RE = re.compile(
    r"SDK-HMAC-SHA256 Access=(?P<ak>[^,]+), SignedHeaders=(?P<signed>[^,]+), "
    r"Signature=(?P<sig>[0-9a-f]{64})")


def signature_ok(seen: Seen, ak: str, sk: str) -> tuple[bool, list[str]]:
    """Recompute the request's signature with signer.py, from the headers it names and
    the exact target and body received; return (matches, signed header names)."""
    signer = load_signer()
    m = AUTH_RE.fullmatch(seen.headers.get("authorization", ""))
    if not m or m["ak"] != ak:
        return False, []
    names = m["signed"].split(";")
    if any(n not in seen.headers for n in names):
        return False, names
    signed = {n: seen.headers[n] for n in names}
    canonical = signer.canonical_request(seen.method, f"http://{seen.headers['host']}"
                                         f"{seen.target}", signed, seen.body)
    expected = signer.signature(sk, signer.string_to_sign(canonical, seen.headers["x-sdk-date"]))
    return expected == m["sig"], names


# --------------------------------------------------------------------------- names
def operation(http: str, path: str, key: str | None = None) -> dict:
    """The spec's operation for ``http path`` (or its variant whose body key is ``key``)."""
    op = spec()["paths"][path][http.lower()]
    if key is None:
        return op
    return next(v for v in op["x-variants"] if v.get("key") == key)


def method(http: str, path: str, key: str | None = None) -> str:
    """The client's method name for an operation, derived from its operationId."""
    from extractor.generate.client.names import METHOD_AVOID, identifier
    return identifier(operation(http, path, key)["operationId"], "op", METHOD_AVOID)


def _first_name(annotation: Any) -> str:
    return str(annotation).replace("list[", "").split(" | ")[0].strip("[]' ")


def body_class(pkg: ModuleType, method_name: str) -> type:
    """The model class of a client method's ``body`` argument."""
    import inspect
    models = importlib.import_module(pkg.__name__ + ".models")
    ann = inspect.signature(getattr(pkg.Client, method_name)).parameters["body"].annotation
    return getattr(models, _first_name(ann))


def field_class(pkg: ModuleType, cls: type, json_name: str) -> type:
    """The model class of a model field (by its JSON name; a list's item class)."""
    import dataclasses
    models = importlib.import_module(pkg.__name__ + ".models")
    for f in dataclasses.fields(cls):
        if _json_name(cls, f.name) == json_name:
            return getattr(models, _first_name(f.type))
    raise KeyError(json_name)


def _json_name(cls: type, attr: str) -> str:
    """The JSON key of a model attribute (read back through to_dict)."""
    import dataclasses
    probe = {f.name: f for f in dataclasses.fields(cls)}
    doc = cls.__doc__ or ""
    m = re.search(rf"^\s+{re.escape(attr)} \(JSON '([^']+)'\)", doc, re.M)
    return m.group(1) if m else (attr if attr in probe else "")
