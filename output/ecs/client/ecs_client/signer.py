"""AK/SK request signing for Huawei Cloud APIs (``SDK-HMAC-SHA256``).

Implements the algorithm of Huawei Cloud's "API签名指南" (API Request Signing
Guide), section "AK/SK签名认证算法详解":

1. canonical request::

       METHOD \\n CanonicalURI \\n CanonicalQueryString \\n
       CanonicalHeaders \\n SignedHeaders \\n HexEncode(SHA256(body))

   where CanonicalHeaders is ``name:value\\n`` per header, so a blank line
   precedes SignedHeaders;
2. string to sign: ``SDK-HMAC-SHA256 \\n X-Sdk-Date \\n
   HexEncode(SHA256(canonical request))``;
3. signature: ``HexEncode(HMAC-SHA256(SK, string to sign))``;
4. ``Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=h1;h2,
   Signature=sig``.

Standalone: standard library only, Python 3.9+.  Copied verbatim into the
generated client packages.
"""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote, urlsplit

__all__ = [
    "ALGORITHM",
    "DATE_FORMAT",
    "HEADER_AUTHORIZATION",
    "HEADER_CONTENT_SHA256",
    "HEADER_DATE",
    "HEADER_PROJECT_ID",
    "authorization_header",
    "canonical_headers",
    "canonical_query_string",
    "canonical_request",
    "canonical_uri",
    "hash_payload",
    "host_from_url",
    "parse_query",
    "sdk_date",
    "sign_request",
    "signature",
    "signed_headers",
    "string_to_sign",
]

ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
HEADER_DATE = "X-Sdk-Date"
HEADER_AUTHORIZATION = "Authorization"
HEADER_PROJECT_ID = "X-Project-Id"
# Optional: a precomputed body hash (or "UNSIGNED-PAYLOAD") used instead of
# hashing the body, as the guide's FAQ and the reference signers allow.
HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256"

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# UTC, spelled so that it works on Python 3.9 (datetime.UTC is 3.11+).
_UTC = timezone(timedelta(0))


def _uri_encode(text: str) -> str:
    """Percent-encode everything except RFC 3986 unreserved ``A-Za-z0-9-_.~``.

    UTF-8 bytes become ``%XY`` with upper-case hex; a space becomes ``%20``.
    """
    return quote(text, safe="")


def sdk_date(now: datetime | None = None) -> str:
    """Format ``now`` (default: the current time) as an X-Sdk-Date value.

    The result is UTC in ``YYYYMMDDTHHMMSSZ`` form.  ``now`` must be
    timezone-aware; naive datetimes are rejected rather than guessed.
    """
    if now is None:
        now = datetime.now(_UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(_UTC).strftime(DATE_FORMAT)


def host_from_url(url: str) -> str:
    """The Host header value for ``url``: lower-cased host, plus ``:port``.

    The port is kept only when it is not the scheme's default (80 for http,
    443 for https); user information is dropped.
    """
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    if not netloc:
        raise ValueError(f"URL has no host: {url!r}")
    host, sep, port = netloc.rpartition(":")
    if not sep or "]" in port:  # no port (a bare IPv6 literal ends in "]")
        host, port = netloc, ""
    if port and port == _DEFAULT_PORTS.get(parts.scheme.lower()):
        port = ""
    host = host.lower()
    return f"{host}:{port}" if port else host


def canonical_uri(path: str) -> str:
    """Canonical URI of a (percent-encoded) URL path.

    Each ``/``-separated segment is percent-decoded and re-encoded with
    :func:`_uri_encode` (so ``%2F`` inside a segment stays ``%2F``); the
    result always ends with ``/``, and an empty path becomes ``/``.
    """
    segments = [_uri_encode(unquote(segment)) for segment in path.split("/")]
    result = "/".join(segments)
    if not result.startswith("/"):
        result = "/" + result
    if not result.endswith("/"):
        result += "/"
    return result


def parse_query(query: str) -> list[tuple[str, str]]:
    """Split a raw query string into decoded ``(name, value)`` pairs.

    Pairs are separated by ``&``; ``name`` without ``=`` has the value ``""``;
    empty names are skipped.  Decoding is RFC 3986 percent-decoding, so ``+``
    is a literal plus: send spaces as ``%20`` (as the canonical form does).
    """
    pairs: list[tuple[str, str]] = []
    for item in query.split("&"):
        name, _, value = item.partition("=")
        if name:
            pairs.append((unquote(name), unquote(value)))
    return pairs


def canonical_query_string(params: Iterable[tuple[str, str]]) -> str:
    """Canonical query string of decoded ``(name, value)`` pairs.

    Sorted by name in character-code order, repeated names by value; names
    and values are URI-encoded and joined as ``name=value`` with ``&``
    (``name=`` when the value is empty).
    """
    return "&".join(
        f"{_uri_encode(name)}={_uri_encode(value)}" for name, value in sorted(params)
    )


def _lower_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names lower-cased, values trimmed; case-insensitive duplicates rejected."""
    lowered: dict[str, str] = {}
    for name, value in headers.items():
        key = name.strip().lower()
        if key in lowered:
            raise ValueError(f"header {name!r} given more than once")
        lowered[key] = value.strip()
    return lowered


def signed_headers(headers: Mapping[str, str]) -> str:
    """SignedHeaders: lower-cased header names, sorted, joined with ``;``."""
    return ";".join(sorted(_lower_headers(headers)))


def canonical_headers(headers: Mapping[str, str]) -> str:
    """CanonicalHeaders: ``lowercase(name):trim(value)\\n`` per header, sorted by name."""
    lowered = _lower_headers(headers)
    return "".join(f"{name}:{lowered[name]}\n" for name in sorted(lowered))


def hash_payload(body: bytes) -> str:
    """HexEncode(SHA256(body)), lower-case; ``b""`` gives ``e3b0c442...b855``."""
    return hashlib.sha256(body).hexdigest()


def canonical_request(
    method: str, url: str, headers: Mapping[str, str], body: bytes
) -> str:
    """The canonical request for ``method url`` with exactly ``headers`` signed.

    ``headers`` are the headers to sign, as sent (they must already include
    ``Host`` and ``X-Sdk-Date``; :func:`sign_request` adds them).  If they
    contain ``X-Sdk-Content-Sha256`` its value replaces the body hash.
    """
    parts = urlsplit(url)
    lowered = _lower_headers(headers)
    payload = lowered.get(HEADER_CONTENT_SHA256.lower()) or hash_payload(body)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(parts.path),
            canonical_query_string(parse_query(parts.query)),
            canonical_headers(headers),
            signed_headers(headers),
            payload,
        ]
    )


def string_to_sign(canonical: str, date: str) -> str:
    """``SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex SHA256 of the canonical request>``."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{date}\n{digest}"


def signature(secret_key: str, to_sign: str) -> str:
    """HexEncode(HMAC-SHA256(secret_key, to_sign)), lower-case hex."""
    mac = hmac.new(secret_key.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256)
    return mac.hexdigest()


def authorization_header(access_key: str, signed: str, sig: str) -> str:
    """``SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<sig>``."""
    return f"{ALGORITHM} Access={access_key}, SignedHeaders={signed}, Signature={sig}"


def sign_request(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    access_key: str,
    secret_key: str,
    *,
    now: datetime | None = None,
    project_id: str | None = None,
) -> dict[str, str]:
    """Sign a request; return the headers to add to it (replacing same-named ones).

    Signed headers: every header in ``headers`` (except ``Authorization`` and
    ``X-Sdk-Date``, which are replaced), ``host`` computed from ``url``,
    ``x-sdk-date`` and, when ``project_id`` is given, ``x-project-id``.
    Returns ``X-Sdk-Date``, ``Authorization`` and, with ``project_id``,
    ``X-Project-Id``.  ``url`` must be sent as given: the signature covers its
    path and query.  ``headers`` is not modified.
    """
    replaced = {HEADER_AUTHORIZATION.lower(), HEADER_DATE.lower()}
    if project_id is not None:
        replaced.add(HEADER_PROJECT_ID.lower())
    host = host_from_url(url)
    to_sign: dict[str, str] = {}
    for name, value in headers.items():
        key = name.strip().lower()
        if key in replaced:
            continue
        if key == "host":
            if value.strip().lower() != host:
                raise ValueError(f"Host header {value!r} does not match URL host {host!r}")
            continue
        to_sign[name] = value
    date = sdk_date(now)
    added = {HEADER_DATE: date}
    if project_id is not None:
        added[HEADER_PROJECT_ID] = project_id
    to_sign.update(added)
    to_sign["host"] = host

    canonical = canonical_request(method, url, to_sign, body)
    sig = signature(secret_key, string_to_sign(canonical, date))
    added[HEADER_AUTHORIZATION] = authorization_header(
        access_key, signed_headers(to_sign), sig
    )
    return added
