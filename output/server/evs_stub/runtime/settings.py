"""What a stub is started with: mode, seed, credentials, CORS, limits."""
from __future__ import annotations

from dataclasses import dataclass

MAX_BODY_SIZE = 1 << 20
# Browsers on this machine: http(s)://localhost, 127.0.0.1 or [::1], any port.
LOCALHOST_ORIGINS = r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$"


@dataclass(frozen=True)
class Settings:
    """``stateful``: keep items (see stateful.py); ``state_file``: persist them;
    ``seed``: for every synthesized value; ``token`` / ``access_key`` +
    ``secret_key``: the only credentials accepted (else any well-formed ones);
    ``cors_origins``: allowed browser origins (``*`` for any; empty: the
    localhost ones; ``cors=False``: no CORS headers at all)."""

    stateful: bool = False
    seed: int = 0
    state_file: str | None = None
    token: str | None = None
    access_key: str | None = None
    secret_key: str | None = None
    cors: bool = True
    cors_origins: tuple[str, ...] = ()
    max_body_size: int = MAX_BODY_SIZE
