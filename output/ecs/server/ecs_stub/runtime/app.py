"""The Starlette application: one route per path of the document, and per request
security -> parameters -> body -> variant dispatch -> body validation -> handler.

Every failure is an answer in the manual's error format: unknown path 404, wrong
method 405 (with ``Allow``), missing credentials 401, bad parameters or body 400,
wrong content type 415, oversized body 413, a failing handler 500 -- each with the
operation's documented status, or the nearest one it documents (errors.py).
CORS (Starlette's middleware) answers browser preflights.
"""
from __future__ import annotations

import inspect
import json
import logging
import re
import uuid
from importlib import import_module, resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .auth import Security
from .body import ABSENT, decode, read_limited
from .errors import ErrorCatalog, StubError
from .handlers import Call, Reply, bind, to_response
from .mock import Mocker, parse_prefer
from .params import read_params
from .router import IndexedRouter
from .schemas import Schemas
from .settings import LOCALHOST_ORIGINS, MAX_BODY_SIZE, Settings
from .spec import PARAM_RE, Operation, SpecIndex, Target
from .stateful import Stateful

LOG = logging.getLogger(__name__)
__all__ = ["MAX_BODY_SIZE", "Settings", "Stub", "build_app", "load_app"]


def route_path(path: str) -> tuple[str, dict[str, str]]:
    """A Starlette path with safe parameter names, and their OpenAPI names:
    "/a/{volume-id}" -> ("/a/{p0}", {"p0": "volume-id"})."""
    names: dict[str, str] = {}
    out = []
    for i, part in enumerate(PARAM_RE.split(path)):
        if i % 2:
            safe = f"p{len(names)}"
            names[safe] = part
            out.append("{" + safe + "}")
        else:
            out.append(part.replace("{", "").replace("}", ""))
    result = "".join(out)
    return (result if result.startswith("/") else "/" + result), names


class Stub:
    """Serves the operations of one document with the given handlers."""

    def __init__(self, doc: dict, handlers: dict, settings: Settings | None = None):
        self.settings = settings = settings or Settings()
        self.index = SpecIndex(doc)
        self.schemas = Schemas(doc)
        self.errors = ErrorCatalog(doc, self.schemas)
        self.mocker = Mocker(doc, self.schemas, seed=settings.seed)
        self.security = Security(doc, settings)
        self.handlers = handlers
        self.max_body_size = settings.max_body_size
        self.state = Stateful(doc, self.index, seed=settings.seed,
                              state_file=settings.state_file) if settings.stateful else None

    def report(self) -> list[str]:
        """What the stub tells at startup: the stateful inference, and the statuses it
        may need that operations do not document (answered with another status)."""
        lines = self.state.report() if self.state else []
        needs: dict[int, list[str]] = {}
        for op in self.index.operations:
            wanted = [400] if op.params or op.body else []
            if self.security.requires(op):
                wanted.append(401)
            if self.state and self.state.inference.role(op) is not None:
                wanted.append(404)
            for status in wanted:
                if not self.errors.is_documented(op, status):
                    needs.setdefault(status, []).append(op.label)
        for status, labels in sorted(needs.items()):
            lines.append(f"undocumented: {len(labels)} operations document no {status}; "
                         f"answered with 400/500 where documented, else as it is: "
                         + ", ".join(labels))
        return lines

    def routes(self, spec_bytes: bytes) -> list[Route]:
        async def openapi(_request: Request) -> Response:
            return Response(spec_bytes, media_type="application/json")

        routes = [Route("/openapi.json", openapi, methods=["GET"])]
        for path in self.index.routes():
            ops = self.index.by_path[path]
            starlette_path, names = route_path(path)
            routes.append(Route(starlette_path, self._endpoint(ops, names), methods=list(ops)))
        return routes

    def _endpoint(self, ops: dict[str, Operation], names: dict[str, str]):
        async def endpoint(request: Request) -> Response:
            op = ops.get(request.method) or ops.get("GET")
            path_params = {names.get(k, k): v for k, v in request.path_params.items()}
            return await self.serve(op, request, path_params)
        return endpoint

    async def serve(self, op: Operation, request: Request, path_params: dict[str, str]) -> Response:
        """The answer to one request for ``op``; never raises."""
        try:
            return await self._serve(op, request, path_params)
        except StubError as error:
            return self.errors.response(error, op)
        except Exception:
            LOG.exception("%s failed", op.label)
            return self.errors.response(StubError("internal", f"{op.label} failed"), op)

    async def _serve(self, op: Operation, request: Request, path_params: dict[str, str]):
        await self.security.check(op, request)
        params = read_params(op, request, path_params, self.schemas, self.security.headers)
        body = ABSENT
        if op.body is not None:
            raw = await read_limited(request, self.max_body_size)
            body = decode(raw, op.body, request.headers.get("content-type"))
        target = self.dispatch(op, body)
        if body is not ABSENT and not isinstance(body, bytes) and target.body_pointer:
            problem = self.schemas.problem(target.body_pointer, body)
            if problem:
                raise StubError("body", f"the body does not match the schema at {problem}")
        prefer = parse_prefer(request.headers.getlist("prefer"))
        success = self.mocker.success_status(op, target)
        status = int(success.replace("XX", "00")) if success and success != "default" else 200
        call = Call(
            operation_id=target.operation_id, method=op.method, path=op.path,
            path_params=params["path"], query=params["query"], headers=params["header"],
            cookies=params["cookie"], body=None if body is ABSENT else body, request=request,
            prefer=prefer,
            success_status=status,
            _error=lambda s, m, c=None: self._error_reply(op, s, m, c))
        call._mock = lambda: self.mock(op, target, call)
        handler = self.handlers.get(target.operation_id)
        result = handler(call) if handler else call.mock()
        if inspect.isawaitable(result):
            result = await result
        return to_response(result, status)

    def mock(self, op: Operation, target: Target, call: Call) -> Reply:
        """The default answer: Prefer's choice, else the stateful one, else the mock."""
        code = call.prefer.get("code")
        if code and code.isdigit() and 200 <= int(code) <= 599 \
                and not self.mocker.documents(op, code):
            return self._undocumented(op, int(code))
        reply = self.mocker.reply(op, target, call.prefer)
        if self.state is not None and not code and not call.prefer.get("example"):
            reply = self.state.answer(op, target, call, reply)
        return reply

    def _undocumented(self, op: Operation, status: int) -> Reply:
        """``Prefer: code=N`` for a status ``op`` does not document: N, in the error
        format, with a Warning header saying so."""
        headers = {"Preference-Applied": f"code={status}",
                   "Warning": f'299 - "status {status} is not documented for {op.label}"'}
        if status in (204, 304) or status < 200:
            return Reply(status, None, headers)
        body = {"error": {"code": self.errors.code_for_status(status),
                          "message": f"Prefer asked for status {status}, which {op.label} "
                                     "does not document"}}
        return Reply(status, body, headers)

    def _error_reply(self, op: Operation, status: int, message: str, code: str | None) -> Reply:
        body = {"error": {"code": code or self.errors.code_for_status(status), "message": message}}
        return Reply(status, self.errors.fit(body, op, status))

    def dispatch(self, op: Operation, body: object) -> Target:
        """The target of a request: by its body key (or ``prop=value``) among keyed
        variants, else the first non-deprecated one."""
        if len(op.targets) == 1:
            return op.targets[0]
        keyed = [t for t in op.targets if t.key]
        plain = [t for t in op.targets if not t.key]
        if keyed and isinstance(body, dict):
            hits = [t for t in keyed if _key_matches(t.key, body)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise StubError("body", "the body matches several operations: "
                                        + ", ".join(repr(t.key) for t in hits))
        if plain:
            return next((t for t in plain if not t.deprecated), plain[0])
        raise StubError("body", "the body selects no operation: expected a JSON object with "
                                + " or ".join(repr(t.key) for t in keyed))


def _key_matches(key: str, body: dict) -> bool:
    prop, eq, value = key.partition("=")
    if not eq:
        return key in body
    found = body.get(prop, _MISSING)
    if found is _MISSING:
        return False
    return (json.dumps(found) if not isinstance(found, str) else found) == value


_MISSING = object()


class RequestId:
    """ASGI middleware: every response carries ``X-Request-Id``, the request's own if it
    sent one (a short printable ASCII token), else a fresh one."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = next((v for k, v in scope.get("headers") or () if k == b"x-request-id"), b"")
        rid = given if REQUEST_ID_RE.match(given) else uuid.uuid4().hex.encode()

        async def with_id(message):
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", [])
                           if h[0].lower() != b"x-request-id"]
                message = {**message, "headers": headers + [(b"x-request-id", rid)]}
            await send(message)
        return await self.app(scope, receive, with_id)


REQUEST_ID_RE = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")


def _middleware(settings: Settings) -> list[Middleware]:
    request_id = [Middleware(RequestId)]
    if not settings.cors:
        return request_id
    origins = list(settings.cors_origins)
    return request_id + [Middleware(CORSMiddleware, allow_origins=origins,
                       allow_origin_regex=None if origins else LOCALHOST_ORIGINS,
                       allow_methods=["*"], allow_headers=["*"],
                       expose_headers=["Preference-Applied", "Warning", "Allow", "X-Request-Id"],
                       max_age=600)]


def build_app(doc: dict, spec_bytes: bytes, handlers: dict,
              settings: Settings | None = None) -> Starlette:
    """The Starlette app for a document and its handlers (operationId -> callable)."""
    settings = settings or Settings()
    stub = Stub(doc, handlers, settings)
    errors = stub.errors

    async def http_error(request: Request, exc: Exception) -> Response:
        path, method = request.url.path[:200], request.method[:20]
        status = getattr(exc, "status_code", 500)
        headers = dict(getattr(exc, "headers", None) or {})
        if status == 405:
            allowed = headers.get("Allow", "")
            error = StubError("method", f"{method} is not allowed for {path}; "
                                        f"allowed: {allowed}", headers=headers)
        elif status == 404:
            error = StubError("not_found", f"no operation at {method} {path} "
                                           "(see /openapi.json)")
        elif 400 <= status < 500:
            error = StubError("parameter", str(getattr(exc, "detail", "") or "bad request"),
                              headers=headers, status=status)
        else:
            error = StubError("internal", "internal error")
        return errors.response(error)

    async def crash(request: Request, exc: Exception) -> Response:
        LOG.error("unhandled error for %s %s: %r", request.method, request.url.path, exc)
        return errors.response(StubError("internal", "internal error"))

    app = Starlette(routes=stub.routes(spec_bytes), middleware=_middleware(settings),
                    exception_handlers={HTTPException: http_error, Exception: crash})
    app.router = IndexedRouter(app.router.routes, redirect_slashes=False)
    app.state.stub = stub
    return app


def load_app(package: str, settings: Settings | None = None) -> Starlette:
    """The app of a generated stub package: its openapi.json, registry and handlers."""
    spec_bytes = resources.files(package).joinpath("openapi.json").read_bytes()
    doc = json.loads(spec_bytes)
    registry = import_module(f"{package}.registry").HANDLERS
    return build_app(doc, spec_bytes, bind(package, registry), settings)
