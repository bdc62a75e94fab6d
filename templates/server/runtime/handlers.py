"""What handlers receive and return, and how the generated handler classes are bound.

A handler is an ``async`` (or plain) method ``name(self, call: Call)`` returning a
``Reply``, any Starlette ``Response``, or a JSON-serialisable value (sent with the
operation's documented success status). ``call.mock()`` is the default answer.
"""
from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

LOG = logging.getLogger(__name__)


@dataclass
class Reply:
    """An answer: status, JSON body (None: no body), extra headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


class MockReply(Reply):
    """A Reply whose body is decoded from the mock's cached bytes only when read, so
    an unchanged mock goes out as those bytes."""

    def __init__(self, status: int, raw: bytes | None, headers: dict[str, str],
                 media_type: str, decode: Callable[[bytes], Any]):
        self.status, self.headers, self.media_type = status, headers, media_type
        self.raw, self._decode, self._body, self._read = raw, decode, None, False

    @property
    def body(self) -> Any:  # type: ignore[override]
        if not self._read:
            self._body = None if self.raw is None else self._decode(self.raw)
            self._read = True
        return self._body

    @body.setter
    def body(self, value: Any) -> None:
        self._body, self._read = value, True

    def untouched(self) -> bytes | None:
        """The cached bytes if the body was never read or set, else None."""
        return None if self._read else self.raw


@dataclass
class Call:
    """One validated request, as a handler sees it.

    ``path_params``, ``query``, ``headers`` and ``cookies`` hold the declared
    parameters, converted to their schema types; ``body`` is the parsed JSON body
    (None if absent); ``request`` is the raw Starlette request.
    """

    operation_id: str
    method: str
    path: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    body: Any
    request: Request
    prefer: dict[str, str]
    success_status: int
    _mock: Callable[[], Reply] = field(repr=False, default=lambda: Reply(200))
    _error: Callable[[int, str, str | None], Reply] = field(repr=False, default=None)

    def mock(self) -> Reply:
        """The mock answer: the documented example or a synthesized body (honours Prefer)."""
        return self._mock()

    def error(self, status: int, message: str, code: str | None = None) -> Reply:
        """An answer in the manual's error format; ``code`` defaults to one for ``status``."""
        return self._error(status, message, code)


class HandlerBase:
    """Base of the generated ``Base`` classes; every operation method returns ``call.mock()``."""


def bind(package: str, registry: dict[str, tuple[str, str]]) -> dict[str, Callable]:
    """operationId -> bound handler method, from ``<package>.handlers.<module>.Handlers``."""
    instances: dict[str, object] = {}
    bound = {}
    for operation_id, (module, method) in registry.items():
        if module not in instances:
            mod = importlib.import_module(f"{package}.handlers.{module}")
            cls = getattr(mod, "Handlers", None)
            if cls is None:
                raise ImportError(f"{package}.handlers.{module} defines no class Handlers")
            instances[module] = cls()
        fn = getattr(instances[module], method, None)
        if fn is not None:
            bound[operation_id] = fn
    served = {(m, name) for m, name in registry.values()}
    for module, instance in instances.items():
        for name in vars(type(instance)):
            if not name.startswith("_") and callable(getattr(instance, name)) \
                    and (module, name) not in served:
                LOG.warning("%s.handlers.%s.Handlers.%s serves no operation of the spec "
                            "(renamed or removed?)", package, module, name)
    return bound


def json_bytes(value: object) -> bytes:
    """UTF-8 JSON; \\u escapes only where text holds lone surrogates."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value).encode("ascii")


def to_response(result: object, success_status: int) -> Response:
    """A handler's result as a Starlette response."""
    if isinstance(result, Response):
        return result
    if not isinstance(result, Reply):
        result = Reply(success_status, result)
    if isinstance(result, MockReply) and result.untouched() is not None:
        return Response(result.untouched(), status_code=result.status, headers=result.headers,
                        media_type=result.media_type)
    if result.body is None:
        return Response(status_code=result.status, headers=result.headers)
    if isinstance(result.body, (bytes, str)) and not _is_json(result.media_type):
        content = result.body
    else:
        content = json_bytes(result.body)
    return Response(content, status_code=result.status, headers=result.headers,
                    media_type=result.media_type)


def _is_json(media_type: str) -> bool:
    m = media_type.split(";")[0].strip().lower()
    return m == "application/json" or m.endswith("+json")
