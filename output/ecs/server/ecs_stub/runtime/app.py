"""The Starlette application: one route per path of the document, and per request
security -> parameters -> body -> variant dispatch -> body validation -> handler.

Every failure is an answer in the manual's error format: unknown path 404, wrong
method 405 (with ``Allow``), missing credentials 401, bad parameters or body 400,
wrong content type 415, oversized body 413, a failing handler 500.
"""
from __future__ import annotations

import inspect
import json
import logging
from importlib import import_module, resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .auth import Security
from .body import ABSENT, decode, read_limited
from .errors import ErrorCatalog, StubError
from .handlers import Call, Reply, bind, to_response
from .mock import Mocker, parse_prefer
from .params import read_params
from .schemas import Schemas
from .spec import PARAM_RE, Operation, SpecIndex, Target

LOG = logging.getLogger(__name__)
MAX_BODY_SIZE = 1 << 20


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

    def __init__(self, doc: dict, handlers: dict, *, max_body_size: int = MAX_BODY_SIZE):
        self.index = SpecIndex(doc)
        self.schemas = Schemas(doc)
        self.errors = ErrorCatalog(doc, self.schemas)
        self.mocker = Mocker(doc, self.schemas)
        self.security = Security(doc)
        self.handlers = handlers
        self.max_body_size = max_body_size

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
        self.security.check(op, request)
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
            _mock=lambda: self.mocker.reply(op, target, prefer),
            _error=lambda s, m, c=None: self._error_reply(op, s, m, c))
        handler = self.handlers.get(target.operation_id)
        result = handler(call) if handler else call.mock()
        if inspect.isawaitable(result):
            result = await result
        return to_response(result, status)

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


def build_app(doc: dict, spec_bytes: bytes, handlers: dict, *,
              max_body_size: int = MAX_BODY_SIZE) -> Starlette:
    """The Starlette app for a document and its handlers (operationId -> callable)."""
    stub = Stub(doc, handlers, max_body_size=max_body_size)
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

    app = Starlette(routes=stub.routes(spec_bytes),
                    exception_handlers={HTTPException: http_error, Exception: crash})
    app.router.redirect_slashes = False
    app.state.stub = stub
    return app


def load_app(package: str, *, max_body_size: int = MAX_BODY_SIZE) -> Starlette:
    """The app of a generated stub package: its openapi.json, registry and handlers."""
    spec_bytes = resources.files(package).joinpath("openapi.json").read_bytes()
    doc = json.loads(spec_bytes)
    registry = import_module(f"{package}.registry").HANDLERS
    return build_app(doc, spec_bytes, bind(package, registry), max_body_size=max_body_size)
