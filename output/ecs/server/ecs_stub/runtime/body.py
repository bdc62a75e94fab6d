"""Reading a request body: size limit, content type, JSON parsing.

Liberal with real clients: media-type parameters (``application/json;charset=utf-8``)
are accepted, a body without a Content-Type is read as the operation's media type,
and a Content-Type header on an empty body is ignored.
"""
from __future__ import annotations

import codecs
import json

from starlette.requests import Request

from .errors import StubError
from .spec import Body, is_json


def parse_media_type(value: str) -> tuple[str, dict[str, str]]:
    """("application/json", {"charset": "utf-8"}) from "application/json; charset=UTF-8"."""
    head, *params = value.split(";")
    out = {}
    for p in params:
        k, _, v = p.partition("=")
        out[k.strip().lower()] = v.strip().strip('"')
    return head.strip().lower(), out


def matches(actual: str, declared: str) -> bool:
    """Whether media type ``actual`` is admitted by ``declared`` (which may hold wildcards)."""
    a_type, _, a_sub = actual.partition("/")
    d_type, _, d_sub = parse_media_type(declared)[0].partition("/")
    return d_type in ("*", a_type) and d_sub in ("*", a_sub)


async def read_limited(request: Request, limit: int) -> bytes:
    """The whole body, or a 413 StubError once it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise StubError("too_large", f"the request body has {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise StubError("too_large", f"the request body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


ABSENT = object()


def decode(raw: bytes, body: Body, content_type: str | None) -> object:
    """The parsed body (ABSENT when empty); StubErrors for a wrong type or malformed JSON."""
    if not raw.strip():
        if body.required:
            raise StubError("body", "the request body is required")
        return ABSENT
    declared = body.media_types or ("application/json",)
    media, params = parse_media_type(content_type) if content_type else (declared[0], {})
    chosen = next((d for d in declared if matches(media, d)), None)
    if chosen is None:
        raise StubError("media_type", f"Content-Type {media[:80]!r} is not accepted; "
                                      f"send {' or '.join(declared)}")
    if not is_json(chosen) and not is_json(media):
        return raw
    charset = params.get("charset", "utf-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        raise StubError("media_type", f"unknown charset {charset[:40]!r}") from None
    try:
        text = raw.decode(charset)
        return json.loads(text.lstrip("\ufeff"), parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise StubError("body", f"the body is not valid {charset}: {exc.reason} "
                                f"at byte {exc.start}") from None
    except RecursionError:
        raise StubError("body", "the JSON body is nested too deeply") from None
    except ValueError as exc:
        raise StubError("body", f"the body is not valid JSON: {exc}") from None
