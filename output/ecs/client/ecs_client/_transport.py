"""Sending requests: URL and body encoding, auth, retries, error mapping."""
from __future__ import annotations

import asyncio
import json
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from . import _meta, signer
from ._config import Config
from ._types import UNSET, DetailedResponse
from .errors import ApiError, TransportError, UnexpectedResponseError, error_fields, lookup

T = TypeVar("T")

RETRY_EXCEPTIONS = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class Plan(Generic[T]):
    """One request to make: built by the generated operations, sent by a client."""

    operation: str
    method: str
    path: str
    query: Sequence[tuple[str, str]]
    headers: Sequence[tuple[str, str]]
    body: Any
    parse: Callable[[int, Any], T]
    success: frozenset[int]


def segment(value: Any, name: str) -> str:
    """A path parameter value, percent-encoded as one path segment."""
    text = scalar(value)
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    return quote(text, safe="")


def scalar(value: Any) -> str:
    """A parameter value as text: booleans as true/false, enums by value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def add(pairs: list[tuple[str, str]], name: str, value: Any) -> None:
    """Append a query/header parameter: skipped when UNSET, repeated for a list."""
    if value is UNSET or value is None:
        return
    if isinstance(value, (list, tuple)):
        pairs.extend((name, scalar(item)) for item in value)
    else:
        pairs.append((name, scalar(value)))


def query_string(pairs: Iterable[tuple[str, str]]) -> str:
    """``k=v&k=v`` with RFC 3986 encoding (a space is ``%20``, never ``+``)."""
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def deprecated(operation: str, replacement: str | None) -> None:
    """Warn that an operation is deprecated, naming its replacement if there is one."""
    text = f"{operation} is deprecated"
    if replacement:
        text += f"; use {replacement} instead"
    warnings.warn(text, DeprecationWarning, stacklevel=4)


def build_request(http: httpx.Client | httpx.AsyncClient, config: Config, plan: Plan[Any]) -> httpx.Request:
    """The HTTP request for ``plan``, signed (AK/SK) or with a token, as it will be sent."""
    url = config.base_url + plan.path
    query = query_string(plan.query)
    if query:
        url += "?" + query
    headers: dict[str, str] = {"Accept": "application/json"}
    headers.update(config.headers)
    content: bytes | None = None
    if plan.body is not UNSET:
        content = json.dumps(plan.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers["Content-Type"] = "application/json"
    for name, value in plan.headers:
        headers[name] = value
    request = http.build_request(plan.method, url, content=content, headers=headers)
    request.headers["User-Agent"] = _meta.USER_AGENT
    if config.ak and config.sk:
        sent_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        sent_url += request.url.raw_path.decode("ascii")
        request.headers.update(
            signer.sign_request(
                plan.method,
                sent_url,
                headers,
                request.content,
                config.ak,
                config.sk,
                project_id=config.project_id,
            )
        )
    elif config.token:
        request.headers["X-Auth-Token"] = config.token
    return request


def finish(plan: Plan[T], request: httpx.Request, response: httpx.Response) -> DetailedResponse[T]:
    """Raise ApiError for an error status, else parse the body as documented."""
    status = response.status_code
    facts: dict[str, Any] = {
        "operation": plan.operation,
        "method": plan.method,
        "url": str(request.url),
        "status_code": status,
        "headers": response.headers,
        "content": response.content,
    }
    data = _json(response.content)
    if not (200 <= status <= 299 or status in plan.success):
        code, msg = error_fields(data)
        raise ApiError(**facts, error_code=code, error_msg=msg, known=lookup(code))
    try:
        parsed = plan.parse(status, data)
    except (TypeError, ValueError, KeyError) as exc:
        raise UnexpectedResponseError(
            f"{plan.operation}: HTTP {status}: the body does not match the spec: {exc}", **facts
        ) from exc
    return DetailedResponse(status, response.headers, response.content, parsed)


def _json(content: bytes) -> Any:
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def _failed(plan: Plan[Any], exc: httpx.HTTPError, attempts: int) -> TransportError:
    tries = f" after {attempts} tries" if attempts > 1 else ""
    return TransportError(f"{plan.operation}: {plan.method} {plan.path}: {exc!r}{tries}")


def _retry_after(response: httpx.Response) -> str | None:
    value = response.headers.get("Retry-After")
    return None if value is None else str(value)


class SyncTransport:
    """Sends plans over an ``httpx.Client`` with retries."""

    def __init__(self, config: Config, http: httpx.Client | None = None) -> None:
        self.config = config
        self.owns_http = http is None
        self.http = http or httpx.Client(timeout=config.timeout, verify=config.verify)

    def send(self, plan: Plan[T]) -> DetailedResponse[T]:
        retry = self.config.retry
        attempt = 0
        while True:
            attempt += 1
            request = build_request(self.http, self.config, plan)
            try:
                response = self.http.send(request)
            except RETRY_EXCEPTIONS as exc:
                if not retry.allows(plan.method, attempt):
                    raise _failed(plan, exc, attempt) from exc
                time.sleep(retry.delay(attempt))
                continue
            except httpx.HTTPError as exc:
                raise _failed(plan, exc, attempt) from exc
            if retry.retries_status(response.status_code) and retry.allows(plan.method, attempt):
                response.close()
                time.sleep(retry.delay(attempt, _retry_after(response)))
                continue
            return finish(plan, request, response)

    def close(self) -> None:
        if self.owns_http:
            self.http.close()


class AsyncTransport:
    """Sends plans over an ``httpx.AsyncClient`` with retries."""

    def __init__(self, config: Config, http: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self.owns_http = http is None
        self.http = http or httpx.AsyncClient(timeout=config.timeout, verify=config.verify)

    async def send(self, plan: Plan[T]) -> DetailedResponse[T]:
        retry = self.config.retry
        attempt = 0
        while True:
            attempt += 1
            request = build_request(self.http, self.config, plan)
            try:
                response = await self.http.send(request)
            except RETRY_EXCEPTIONS as exc:
                if not retry.allows(plan.method, attempt):
                    raise _failed(plan, exc, attempt) from exc
                await asyncio.sleep(retry.delay(attempt))
                continue
            except httpx.HTTPError as exc:
                raise _failed(plan, exc, attempt) from exc
            if retry.retries_status(response.status_code) and retry.allows(plan.method, attempt):
                await response.aclose()
                await asyncio.sleep(retry.delay(attempt, _retry_after(response)))
                continue
            return finish(plan, request, response)

    async def close(self) -> None:
        if self.owns_http:
            await self.http.aclose()
