"""Sending requests: URL and body encoding, auth, retries, error mapping."""
from __future__ import annotations

import json
import socket
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from . import _meta, signer
from ._config import Config, Retry
from ._types import UNSET, DetailedResponse, HeadedResponse
from .errors import (
    RequestTimeoutError,
    TransportError,
    UnexpectedResponseError,
    api_error,
    error_fields,
    lookup,
)

T = TypeVar("T")

# Requests go out without waiting for the previous packet's ACK (Nagle): httpx writes a
# request's headers and body separately, which otherwise costs a delayed-ACK round trip.
SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
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
    read_headers: Callable[[Mapping[str, str]], Any] | None = None  # documented headers


def segment(value: Any, name: str) -> str:
    """A path parameter value, percent-encoded as one path segment (``.`` and ``..``
    too, so that no URL normalisation drops them)."""
    text = scalar(value)
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text in (".", ".."):
        return text.replace(".", "%2E")
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


def merge_headers(*sources: Mapping[str, str] | Iterable[tuple[str, str]] | None) -> dict[str, str]:
    """Headers from ``sources`` in order, names compared case-insensitively: a later
    value replaces an earlier one under the earlier spelling; values are trimmed."""
    spelled: dict[str, str] = {}
    merged: dict[str, str] = {}
    for source in sources:
        if not source:
            continue
        items = source.items() if isinstance(source, Mapping) else source
        for name, value in items:
            key = name.strip().lower()
            spelling = spelled.setdefault(key, name.strip())
            merged[spelling] = str(value).strip()
    return merged


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    config: Config,
    plan: Plan[Any],
    headers: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> httpx.Request:
    """The HTTP request for ``plan``, signed (AK/SK) or with a token, as it will be sent.

    Headers, lowest precedence first: ``Accept`` and ``Content-Type``, the config's
    headers, the operation's header parameters, then ``headers`` (this call's).
    """
    url = config.base_url + plan.path
    query = query_string(plan.query)
    if query:
        url += "?" + query
    content: bytes | None = None
    defaults = {"Accept": "application/json"}
    if plan.body is not UNSET:
        content = json.dumps(plan.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        defaults["Content-Type"] = "application/json"
    sent = merge_headers(defaults, config.headers, plan.headers, headers)
    request = http.build_request(
        plan.method,
        url,
        content=content,
        headers=[(k.encode("ascii"), v.encode("utf-8")) for k, v in sent.items()],
        timeout=config.timeout if timeout is None else timeout,
    )
    request.headers["User-Agent"] = _meta.USER_AGENT
    if config.ak and config.sk:
        for name in [k for k in sent if k.lower() == "host"]:
            del sent[name]
        sent["Host"] = request.headers["Host"]  # as httpx sends it (a given Host header wins)
        sent_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        sent_url += request.url.raw_path.decode("ascii")
        signed = signer.sign(
            plan.method,
            sent_url,
            sent,
            request.content,
            config.ak,
            config.sk,
            project_id=config.project_id,
        )
        for name, value in signed.headers.items():
            request.headers[name] = value
        request.extensions["signature"] = signed  # for debugging: the canonical request
    elif config.token:
        request.headers["X-Auth-Token"] = config.token
    return request


def finish(plan: Plan[T], request: httpx.Request, response: httpx.Response) -> DetailedResponse[T]:
    """Raise an ApiError for an error status, else parse the body as documented."""
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
        raise api_error(status)(**facts, error_code=code, error_msg=msg, rows=lookup(code))
    try:
        parsed = plan.parse(status, data)
    except (TypeError, ValueError, KeyError) as exc:
        raise UnexpectedResponseError(
            f"{plan.operation}: HTTP {status}: the body does not match the spec: {exc}", **facts
        ) from exc
    detailed: DetailedResponse[T]
    if plan.read_headers is None:
        detailed = DetailedResponse(status, response.headers, response.content, parsed)
    else:
        try:
            documented = plan.read_headers(response.headers)
        except (TypeError, ValueError) as exc:
            raise UnexpectedResponseError(
                f"{plan.operation}: HTTP {status}: the headers do not match the spec: {exc}",
                **facts,
            ) from exc
        detailed = HeadedResponse(status, response.headers, response.content, parsed, documented)
    if detailed.request_id is not None and getattr(parsed, "request_id", 0) is None:
        target: Any = parsed  # a response model: it keeps the request id
        target.request_id = detailed.request_id
    return detailed


def headed(detailed: DetailedResponse[T]) -> HeadedResponse[T, Any]:
    """The response of a plan that reads documented headers, as a HeadedResponse."""
    if isinstance(detailed, HeadedResponse):
        return detailed
    raise TypeError(f"the response carries no documented headers: {detailed!r}")


def _json(content: bytes) -> Any:
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def _failed(plan: Plan[Any], exc: httpx.HTTPError, attempts: int) -> TransportError:
    tries = f" after {attempts} tries" if attempts > 1 else ""
    cls = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return cls(f"{plan.operation}: {plan.method} {plan.path}: {exc!r}{tries}",
               operation=plan.operation, method=plan.method, attempts=attempts)


def _retry_after(response: httpx.Response) -> str | None:
    value = response.headers.get("Retry-After")
    return None if value is None else str(value)


async def _sleep(seconds: float) -> None:
    import asyncio  # only the async client needs it: keep it out of the import of the rest

    await asyncio.sleep(seconds)


class SyncTransport:
    """Sends plans over an ``httpx.Client`` with retries."""

    def __init__(self, config: Config, http: httpx.Client | None = None) -> None:
        self.config = config
        self.owns_http = http is None
        self.http = http or httpx.Client(
            timeout=config.timeout,
            transport=httpx.HTTPTransport(verify=config.verify, socket_options=SOCKET_OPTIONS),
        )

    def send(
        self,
        plan: Plan[T],
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[T]:
        retry = self.config.retry if retry is None else retry
        attempt = 0
        while True:
            attempt += 1
            request = build_request(self.http, self.config, plan, headers, timeout)
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
        self.http = http or httpx.AsyncClient(
            timeout=config.timeout,
            transport=httpx.AsyncHTTPTransport(
                verify=config.verify, socket_options=SOCKET_OPTIONS
            ),
        )

    async def send(
        self,
        plan: Plan[T],
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[T]:
        retry = self.config.retry if retry is None else retry
        attempt = 0
        while True:
            attempt += 1
            request = build_request(self.http, self.config, plan, headers, timeout)
            try:
                response = await self.http.send(request)
            except RETRY_EXCEPTIONS as exc:
                if not retry.allows(plan.method, attempt):
                    raise _failed(plan, exc, attempt) from exc
                await _sleep(retry.delay(attempt))
                continue
            except httpx.HTTPError as exc:
                raise _failed(plan, exc, attempt) from exc
            if retry.retries_status(response.status_code) and retry.allows(plan.method, attempt):
                await response.aclose()
                await _sleep(retry.delay(attempt, _retry_after(response)))
                continue
            return finish(plan, request, response)

    async def close(self) -> None:
        if self.owns_http:
            await self.http.aclose()
