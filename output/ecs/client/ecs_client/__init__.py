"""Elastic Cloud Server API Reference: a Python client generated from the OpenAPI spec of the manual (document version 0, ).

Importing the package is cheap: Client, AsyncClient, the errors and the models are imported on first use.

    from ecs_client import Client

    with Client(endpoint=..., project_id=..., ak=..., sk=...) as client:
        ...
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._meta import VERSION as __version__

if TYPE_CHECKING:
    from ._config import Config, Retry
    from ._types import UNSET, DetailedResponse, OpenEnum, Unset
    from .async_client import AsyncClient
    from .client import Client
    from .errors import (
        ApiError,
        ClientError,
        ConfigError,
        ErrorCodeInfo,
        RequestTimeoutError,
        ResponseError,
        SdkError,
        ServerError,
        TransportError,
        UnexpectedResponseError,
    )

_EXPORTS = {
    "ApiError": ".errors",
    "AsyncClient": ".async_client",
    "Client": ".client",
    "ClientError": ".errors",
    "Config": "._config",
    "ConfigError": ".errors",
    "DetailedResponse": "._types",
    "ErrorCodeInfo": ".errors",
    "OpenEnum": "._types",
    "RequestTimeoutError": ".errors",
    "ResponseError": ".errors",
    "Retry": "._config",
    "SdkError": ".errors",
    "ServerError": ".errors",
    "TransportError": ".errors",
    "UNSET": "._types",
    "UnexpectedResponseError": ".errors",
    "Unset": "._types",
}

__all__ = [
    "UNSET",
    "ApiError",
    "AsyncClient",
    "Client",
    "ClientError",
    "Config",
    "ConfigError",
    "DetailedResponse",
    "ErrorCodeInfo",
    "OpenEnum",
    "RequestTimeoutError",
    "ResponseError",
    "Retry",
    "SdkError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "Unset",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
