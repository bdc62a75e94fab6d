"""Client configuration: endpoint, project, credentials, timeout and retries."""
from __future__ import annotations

import os
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from . import _meta
from .errors import ConfigError

__all__ = ["Config", "Retry"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class Retry:
    """When and how often to retry a request.

    A request is retried (up to ``attempts`` tries in all) when its method is in
    ``methods`` (the idempotent ones by default, never POST unless you add it) and
    it failed to connect or got HTTP 429 or 5xx (or one of ``statuses``, if given).
    The wait before try ``n + 1`` is ``backoff * 2 ** (n - 1)`` capped at
    ``max_backoff``, with random jitter (half to all of it), or the server's
    ``Retry-After`` seconds when it sends them (also capped).
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 10.0
    methods: frozenset[str] = IDEMPOTENT_METHODS
    statuses: frozenset[int] | None = None

    def allows(self, method: str, attempt: int) -> bool:
        """Whether a failed try number ``attempt`` of ``method`` may be retried."""
        return attempt < self.attempts and method.upper() in self.methods

    def retries_status(self, status: int) -> bool:
        """Whether an HTTP status is worth retrying."""
        if self.statuses is not None:
            return status in self.statuses
        return status == 429 or 500 <= status <= 599

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after failed try number ``attempt`` (1-based)."""
        if retry_after is not None:
            try:
                return min(self.max_backoff, max(0.0, float(retry_after)))
            except ValueError:
                pass
        ceiling = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


NO_RETRY = Retry(attempts=1)


@dataclass(frozen=True)
class Config:
    """Where and how to call the service.

    ``region`` alone picks the documented endpoint of that region (the spec's server
    URL, ``_meta.SERVER_URL``, when it has a ``{region}``).  ``endpoint`` overrides
    it: a host (``evs.example.com``) or a full base URL (``http://127.0.0.1:8080``);
    a ``{region}`` in it is filled from ``region``.  ``headers`` are sent with
    every request (names are case-insensitive).  ``project_id`` fills every ``project_id``
    path parameter not passed explicitly (and is sent as ``X-Project-Id`` with
    AK/SK signing).  Credentials: an AK/SK pair (requests are signed) or a token
    (sent as ``X-Auth-Token``); with both, AK/SK is used.
    """

    endpoint: str | None = None
    project_id: str | None = None
    region: str | None = None
    token: str | None = field(default=None, repr=False)
    ak: str | None = None
    sk: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    retry: Retry = field(default_factory=Retry)
    headers: Mapping[str, str] = field(default_factory=dict)
    verify: bool | str = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Config:
        """Settings from the environment (``<PREFIX>ENDPOINT``, ``REGION``, ``PROJECT_ID``,
        ``TOKEN``, ``AK``, ``SK``, ``TIMEOUT``), then ``overrides`` that are not None."""
        env = os.environ if environ is None else environ
        prefix = _meta.ENV_PREFIX
        values: dict[str, Any] = {}
        for name in ("endpoint", "project_id", "region", "token", "ak", "sk"):
            value = env.get(prefix + name.upper())
            if value:
                values[name] = value
        timeout = env.get(prefix + "TIMEOUT")
        if timeout:
            try:
                values["timeout"] = float(timeout)
            except ValueError:
                raise ConfigError(f"{prefix}TIMEOUT is not a number: {timeout!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_options(self, **changes: Any) -> Config:
        """A copy with some settings changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def base_url(self) -> str:
        """The base URL requests go to, without a trailing slash.

        From ``endpoint`` when set, else the spec's server URL with ``{region}``
        filled from ``region`` (other variables take their documented defaults).
        """
        if self.endpoint:
            endpoint = self._fill(self.endpoint, {})
            if "://" not in endpoint:
                endpoint = _host_url(endpoint)
            return endpoint.rstrip("/")
        if self.region and "{region}" in _meta.SERVER_URL:
            return self._fill(_meta.SERVER_URL, _meta.SERVER_VARIABLES).rstrip("/")
        raise ConfigError(
            f"no endpoint: pass region=... or endpoint=..., or set {_meta.ENV_PREFIX}REGION "
            f"or {_meta.ENV_PREFIX}ENDPOINT"
            if "{region}" in _meta.SERVER_URL
            else f"no endpoint: pass endpoint=... or set {_meta.ENV_PREFIX}ENDPOINT "
            f"(the service's URL {_meta.SERVER_URL} does not depend on the region alone)"
        )

    def _fill(self, template: str, defaults: Mapping[str, str]) -> str:
        """``template`` with ``{region}`` (and other ``{variables}``) filled."""
        values = dict(defaults)
        if self.region:
            values["region"] = self.region
        out = template
        for name in re.findall(r"\{([^{}]+)\}", template):
            if name not in values:
                if name == "region":
                    raise ConfigError(
                        f"the endpoint has {{region}} but no region is set: pass region=... "
                        f"or set {_meta.ENV_PREFIX}REGION"
                    )
                raise ConfigError(f"the endpoint has {{{name}}}, which nothing fills")
            out = out.replace("{" + name + "}", values[name])
        return out

    def project(self, project_id: str | None) -> str:
        """``project_id`` if given, else the configured one."""
        if project_id is not None:
            return project_id
        if self.project_id:
            return self.project_id
        raise ConfigError(
            f"no project id: pass project_id=... or set {_meta.ENV_PREFIX}PROJECT_ID"
        )


def _host_url(host: str) -> str:
    """A bare host as a base URL: put into the server URL's ``{endpoint}`` if it has
    one, else given the server URL's scheme and path."""
    if "{endpoint}" in _meta.SERVER_URL:
        return _meta.SERVER_URL.replace("{endpoint}", host)
    parts = urlsplit(_meta.SERVER_URL)
    return f"{parts.scheme or 'https'}://{host}{parts.path}"


def resolve(config: Config | None, **overrides: Any) -> Config:
    """The config a client uses: ``config`` (else the environment) plus ``overrides``."""
    if config is None:
        return Config.from_env(**overrides)
    return config.with_options(**overrides)
