"""Exceptions raised by the client."""
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
    "TransportError",
    "UnexpectedResponseError",
]


class ClientError(Exception):
    """Base class of every error this package raises."""


class ConfigError(ClientError, ValueError):
    """The client is missing a setting (endpoint, project id, ...)."""


class TransportError(ClientError):
    """The request could not be sent or no response came (after any retries)."""


@dataclass(frozen=True)
class ErrorCodeInfo:
    """One row of the manual's error code table."""

    status: int
    code: str
    message: str
    description: str
    remedy: str


class _ResponseError(ClientError):
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

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` response header, if any."""
        return request_id(self.headers)


class UnexpectedResponseError(_ResponseError):
    """A success status whose body is not what the spec documents."""


class ApiError(_ResponseError):
    """The service answered with an error status (4xx/5xx).

    ``error_code`` and ``error_msg`` come from the body (``error_code``/``error_msg``
    or ``code``/``message``, at the top level or in one wrapping object);
    ``description`` and ``remedy`` from the manual's error code table.
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
        known: tuple[ErrorCodeInfo, ...],
    ) -> None:
        self.error_code = error_code
        self.error_msg = error_msg
        self.known = known
        self.description, self.remedy = _explain(known, error_msg)
        super().__init__(
            self._text(operation, method, url, status_code, headers),
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
    def body(self) -> Any:
        """The response body as JSON, or None if it is not JSON."""
        try:
            return json.loads(self.content)
        except ValueError:
            return None

    def _text(
        self, operation: str, method: str, url: str, status: int, headers: Mapping[str, str]
    ) -> str:
        parts = [f"{operation}: {method} {url} -> HTTP {status}"]
        if self.error_code:
            parts.append(f"[{self.error_code}]")
        if self.error_msg:
            parts.append(self.error_msg)
        text = " ".join(parts)
        if self.description:
            text += f"; {self.description}"
        if self.remedy:
            text += f"; remedy: {self.remedy}"
        rid = request_id(headers)
        if rid:
            text += f" (request id {rid})"
        return text


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id the service put in the response headers, if any."""
    return headers.get("X-Request-Id") or headers.get("X-Openstack-Request-Id")


def _explain(known: tuple[ErrorCodeInfo, ...], error_msg: str | None) -> tuple[str | None, str | None]:
    """Description and remedy: the row whose message is the error message (or starts it,
    when the server appends a detail), else all rows' texts."""
    if not known:
        return None, None
    if error_msg:
        wanted = error_msg.strip().lower()
        exact = [r for r in known if r.message.strip().rstrip(".").lower() == wanted.rstrip(".")]
        prefix = [r for r in known if r.message.strip() and wanted.startswith(r.message.strip().lower())]
        for rows in (exact, sorted(prefix, key=lambda r: -len(r.message))):
            if rows:
                return rows[0].description or None, rows[0].remedy or None
    descriptions = list(dict.fromkeys(row.description for row in known if row.description))
    remedies = list(dict.fromkeys(row.remedy for row in known if row.remedy))
    return " / ".join(descriptions) or None, " / ".join(remedies) or None


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
