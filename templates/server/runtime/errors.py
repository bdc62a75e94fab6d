"""Error answers in the manual's error format: ``{"error": {"code": ..., "message": ...}}``.

The code (and the start of the message) come from the document's ``x-error-codes``
table: each kind of problem names the HTTP status and keywords of the row that fits
it (a "Malformed request body." row for a body problem). Kinds whose status the
table lacks (405, 413, 415) borrow the code of a related kind. Where an operation
documents a different schema for that status, the body takes a shape that fits it.

Documented statuses only: an operation's error is answered with its own status when
the operation documents it (exactly, as ``4XX`` or through ``default``), else with
the generic status of its class (400, 500) when the operation documents that; an
operation that documents neither is listed at startup. (``call.error(status)`` in a
handler is the implementer's choice and goes out as given.)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from starlette.responses import Response

from .handlers import json_bytes
from .schemas import Schemas
from .spec import Operation, follow, is_json, lookup, pointer
from .synth import synthesize


@dataclass(frozen=True)
class Kind:
    """A kind of problem: its status, the keywords of a fitting row, a related kind."""

    status: int
    keywords: tuple[str, ...]
    fallback: str | None = None


KINDS = {
    "body": Kind(400, ("malformed request body", "invalid http body", "request body is invalid",
                       "request body")),
    "parameter": Kind(400, ("malformed request url", "invalid request", "request url")),
    "prefer": Kind(400, (), "parameter"),
    "auth": Kind(401, ("authentication required", "unauthorized", "unauthenticated")),
    "not_found": Kind(404, ("could not be found", "not found")),
    "method": Kind(405, ("method not allowed",), "parameter"),
    "too_large": Kind(413, ("request entity too large", "too large"), "body"),
    "media_type": Kind(415, ("unsupported media type", "media type", "content type"), "body"),
    "internal": Kind(500, ("internal server error", "internal error")),
}


class StubError(Exception):
    """A request the stub answers with an error; ``kind`` is a key of KINDS (whose
    status it gets, unless ``status`` says otherwise)."""

    def __init__(self, kind: str, detail: str, *, headers: dict[str, str] | None = None,
                 status: int | None = None):
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.headers = headers or {}
        self.status = status or KINDS[kind].status


class ErrorCatalog:
    """Picks the code and message for each kind of problem from ``x-error-codes``."""

    def __init__(self, doc: dict, schemas: Schemas):
        rows = doc.get("x-error-codes") if isinstance(doc.get("x-error-codes"), list) else []
        self.rows = [r for r in rows if isinstance(r, dict) and "code" in r]
        self.doc = doc
        self.schemas = schemas
        self._picked: dict[str, tuple[str, str | None]] = {}
        self.gaps: dict[tuple[str, int], int | None] = {}

    def _status(self, row: dict) -> int | None:
        try:
            return int(row.get("status"))
        except (TypeError, ValueError):
            return None

    def pick(self, kind: str) -> tuple[str, str | None]:
        """(code, manual message or None) for a kind of problem."""
        if kind not in self._picked:
            self._picked[kind] = self._pick(kind)
        return self._picked[kind]

    def _pick(self, kind: str) -> tuple[str, str | None]:
        spec = KINDS[kind]
        rows = [r for r in self.rows if self._status(r) == spec.status]
        for word in spec.keywords:
            for row in rows:
                if word in str(row.get("message", "")).lower():
                    return str(row["code"]), str(row.get("message") or "").strip() or None
        if spec.fallback:
            return self.pick(spec.fallback)[0], None
        return self.code_for_status(spec.status, kinds=False), None

    def code_for_status(self, status: int, *, kinds: bool = True) -> str:
        """The code of a kind with this status, else the status's most common code in
        the table, else the generic parameter-error code."""
        kind = next((k for k, v in KINDS.items() if v.status == status and not v.fallback), None)
        if kinds and kind:
            return self.pick(kind)[0]
        rows = [str(r["code"]) for r in self.rows if self._status(r) == status]
        if rows:
            return Counter(rows).most_common(1)[0][0]
        if status != 400 and self.rows:
            return self.code_for_status(400)
        return f"HTTP.{status}"

    def body(self, kind: str, detail: str) -> dict:
        code, manual = self.pick(kind)
        detail = detail[:1].upper() + detail[1:]
        message = f"{manual} {detail}" if manual else detail
        return {"error": {"code": code, "message": message}}

    @staticmethod
    def is_documented(op: Operation, status: int) -> bool:
        keys = {str(k) for k in (op.spec.get("responses") or {})}
        return str(status) in keys or f"{status // 100}XX" in keys or "default" in keys

    def documented(self, op: Operation | None, status: int) -> int:
        """``status`` if ``op`` documents it; else the generic status of its class (400 for
        a client error, 500 for a server error) if ``op`` documents that; else ``status``
        (an operation that documents neither: listed at startup)."""
        if op is None or self.is_documented(op, status):
            return status
        generic = 400 if status < 500 else 500
        chosen = generic if self.is_documented(op, generic) else None
        self.gaps.setdefault((op.label, status), chosen)
        return chosen if chosen is not None else status

    def response(self, error: StubError, op: Operation | None = None) -> Response:
        """The error answer, shaped to fit the operation's documented schema if it has one."""
        status = self.documented(op, error.status)
        body = self.body(error.kind, error.detail)
        body = self.fit(body, op, status)
        headers = dict(error.headers)
        return Response(json_bytes(body), status_code=status, media_type="application/json",
                        headers=headers)

    def fit(self, body: dict, op: Operation | None, status: int) -> object:
        """``body`` if the operation's schema for ``status`` accepts it, else a shape that does."""
        ptr = self.schema_pointer(op, status) if op else None
        if ptr is None or self.schemas.is_valid(ptr, body):
            return body
        error = body["error"]
        text = f"{error['code']}: {error['message']}"
        for candidate in (error, [text], text, {"code": error["code"], "message": text}):
            if self.schemas.is_valid(ptr, candidate):
                return candidate
        for full in (True, False):
            value = synthesize(self.doc, lookup(self.doc, ptr), full=full)
            if self.schemas.is_valid(ptr, value):
                return value
        return body

    def schema_pointer(self, op: Operation, status: int) -> str | None:
        responses = op.spec.get("responses") if isinstance(op.spec.get("responses"), dict) else {}
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in responses:
                node, ptr = follow(self.doc, responses[key], op.pointer + pointer("responses", key))
                content = node.get("content") if isinstance(node, dict) else None
                if not isinstance(content, dict):
                    return None
                for media, spec in content.items():
                    if is_json(media) and isinstance(spec, dict) and "schema" in spec:
                        return ptr + pointer("content", media, "schema")
                return None
        return None
