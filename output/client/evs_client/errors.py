"""Exceptions raised by the client.

::

    SdkError                     every error this package raises
    ├── ConfigError              a missing or bad setting (also a ValueError)
    ├── TransportError           no response: connection failed, ... (after retries)
    │   └── RequestTimeoutError  no response in time
    └── ResponseError            a response came, but not a usable one
        ├── UnexpectedResponseError  a success status whose body is not as documented
        └── ApiError             an error status
            ├── ClientError      4xx: fix the request
            └── ServerError      5xx: the service failed; retrying may help
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ApiError",
    "ClientError",
    "ConfigError",
    "ErrorCodeInfo",
    "RequestTimeoutError",
    "ResponseError",
    "SdkError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
]

_REMEDY_WIDTH = 160


class SdkError(Exception):
    """Base class of every error this package raises."""

    request_id: str | None = None


class ConfigError(SdkError, ValueError):
    """The client is missing a setting (endpoint, project id, ...)."""


class TransportError(SdkError):
    """The request could not be sent or no response came (after any retries).

    There is no response, so :attr:`request_id` is None.
    """

    def __init__(
        self, text: str, *, operation: str = "", method: str = "", attempts: int = 1
    ) -> None:
        super().__init__(text)
        self.operation = operation
        self.method = method
        self.attempts = attempts


class RequestTimeoutError(TransportError):
    """No response came within the timeout."""


@dataclass(frozen=True)
class ErrorCodeInfo:
    """One row of the manual's error code table."""

    status: int
    code: str
    message: str
    description: str
    remedy: str


class ResponseError(SdkError):
    """An error about a received response; keeps the response's facts."""

    def __init__(
        self,
        text: str,
        *,
        operation: str,
        method: str,
        url: str,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
    ) -> None:
        super().__init__(text)
        self.operation = operation
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request_id = request_id(headers)

    @property
    def status(self) -> int:
        """The HTTP status code (same as :attr:`status_code`)."""
        return self.status_code


class UnexpectedResponseError(ResponseError):
    """A success status whose body is not what the spec documents."""


class ApiError(ResponseError):
    """The service answered with an error status.

    ``error_code`` and ``error_msg`` come from the body (``error_code``/``error_msg``
    or ``code``/``message``, at the top level or in one wrapping object); ``rows``
    are all the manual's error-table rows for the code, ``description`` and
    ``remedy`` those of the row the message matches (or the rows' common text).
    ``str()`` is one line: code, message, status, request id and a short remedy.
    """

    def __init__(
        self,
        *,
        operation: str,
        method: str,
        url: str,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        error_code: str | None,
        error_msg: str | None,
        rows: tuple[ErrorCodeInfo, ...],
    ) -> None:
        self.error_code = error_code
        self.error_msg = error_msg
        self.rows = rows
        self.description, self.remedy = _explain(rows, error_msg)
        super().__init__(
            self._text(operation, status_code, request_id(headers)),
            operation=operation,
            method=method,
            url=url,
            status_code=status_code,
            headers=headers,
            content=content,
        )

    @property
    def message(self) -> str | None:
        """Same as :attr:`error_msg`."""
        return self.error_msg

    @property
    def known(self) -> tuple[ErrorCodeInfo, ...]:
        """Same as :attr:`rows`."""
        return self.rows

    @property
    def body(self) -> Any:
        """The response body as JSON, or None if it is not JSON."""
        try:
            return json.loads(self.content)
        except ValueError:
            return None

    def _text(self, operation: str, status: int, rid: str | None) -> str:
        head = " ".join(x for x in (self.error_code, self.error_msg) if x)
        text = f"{head or 'error'} (HTTP {status}, {operation}"
        text += f", request id {rid})" if rid else ")"
        remedy = _one_line(self.remedy) if self.remedy else None
        if remedy is None and len(self.rows) > 1:
            remedy = f"see .rows: the manual lists {len(self.rows)} causes for this code"
        return f"{text}. Remedy: {remedy}" if remedy else text


class ClientError(ApiError):
    """An HTTP 4xx answer: the request was refused; fix it before trying again."""


class ServerError(ApiError):
    """An HTTP 5xx answer: the service failed; retrying later may help."""


def api_error(status: int) -> type[ApiError]:
    """The ApiError class for an HTTP status."""
    if 400 <= status <= 499:
        return ClientError
    if 500 <= status <= 599:
        return ServerError
    return ApiError


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id the service put in the response headers, if any."""
    return headers.get("X-Request-Id") or headers.get("X-Openstack-Request-Id")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > _REMEDY_WIDTH:
        line = line[: _REMEDY_WIDTH - 3].rstrip() + "..."
    return line


def _explain(
    rows: tuple[ErrorCodeInfo, ...], error_msg: str | None
) -> tuple[str | None, str | None]:
    """Description and remedy: those of the row whose message is the error message
    (or starts it, when the server appends a detail), else the text all rows share."""
    if not rows:
        return None, None
    if error_msg:
        wanted = error_msg.strip().lower()
        exact = [r for r in rows if r.message.strip().rstrip(".").lower() == wanted.rstrip(".")]
        prefix = [
            r for r in rows if r.message.strip() and wanted.startswith(r.message.strip().lower())
        ]
        for found in (exact, sorted(prefix, key=lambda r: -len(r.message))):
            if found:
                return found[0].description or None, found[0].remedy or None
    descriptions = {row.description for row in rows}
    remedies = {row.remedy for row in rows}
    return (
        descriptions.pop() or None if len(descriptions) == 1 else None,
        remedies.pop() or None if len(remedies) == 1 else None,
    )


def error_fields(body: Any) -> tuple[str | None, str | None]:
    """(error code, error message) from an error body, or (None, None)."""
    if not isinstance(body, Mapping):
        return None, None
    scopes = [body] + [value for value in body.values() if isinstance(value, Mapping)]
    for scope in scopes:
        code = scope.get("error_code", scope.get("code"))
        msg = scope.get("error_msg", scope.get("message"))
        if code is not None or msg is not None:
            return (
                None if code is None else str(code),
                None if msg is None else str(msg),
            )
    return None, None


def lookup(code: str | None) -> tuple[ErrorCodeInfo, ...]:
    """The manual's rows for an error code (several when the manual repeats a code)."""
    if not code:
        return ()
    from ._error_codes import ERROR_CODES

    return tuple(
        ErrorCodeInfo(status, code, message, description, remedy)
        for status, message, description, remedy in ERROR_CODES.get(code, ())
    )
