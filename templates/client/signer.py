"""AK/SK request signing for Huawei Cloud APIs (``SDK-HMAC-SHA256``).

Implements the algorithm of Huawei Cloud's "API签名指南" (API Request Signing
Guide), section "AK/SK签名认证算法详解", with the exact rules of the publisher's
own SDK signer (huaweicloudsdkcore), which the gateway applies too:

1. canonical request::

       METHOD \\n CanonicalURI \\n CanonicalQueryString \\n
       CanonicalHeaders \\n SignedHeaders \\n HexEncode(SHA256(body))

   - CanonicalURI: the path percent-decoded as a whole, split on ``/``, each
     piece encoded (all but ``A-Za-z0-9-_.~``), joined, ending in ``/`` -- so an
     encoded ``%2F`` inside a segment is signed as a ``/``;
   - CanonicalQueryString: decoded ``(name, value)`` pairs sorted, encoded
     alike, ``name=value`` joined with ``&`` (a valueless key gives ``name=``);
   - CanonicalHeaders: ``lowercase(name):trim(value)\\n`` per signed header,
     sorted; a blank line precedes SignedHeaders.  Every header is signed
     except those whose name contains ``_`` (gateways often drop them);
   - the body hash: the empty hash for no body, else ``X-Sdk-Content-Sha256``
     if set, else SHA256 of the body.  A ``Content-Type`` that is neither JSON
     nor BSON adds ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD``;
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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote, urlsplit

__all__ = [
    "ALGORITHM",
    "DATE_FORMAT",
    "HEADER_AUTHORIZATION",
    "HEADER_CONTENT_SHA256",
    "HEADER_DATE",
    "HEADER_PROJECT_ID",
    "Signature",
    "authorization_header",
    "canonical_headers",
    "canonical_query_string",
    "canonical_request",
    "canonical_uri",
    "hash_payload",
    "host_from_url",
    "parse_query",
    "sdk_date",
    "sign",
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
# A precomputed body hash (or "UNSIGNED-PAYLOAD") used instead of hashing the body.
HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# Content types whose body is hashed; any other one is sent as an unsigned payload.
_HASHED_TYPES = ("application/json", "application/bson")

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# UTC, spelled so that it works on Python 3.9 (datetime.UTC is 3.11+).
_UTC = timezone(timedelta(0))


def _now() -> datetime:
    return datetime.now(_UTC)


# The clock sign() reads when neither ``now`` nor an X-Sdk-Date header is given
# (replaceable, e.g. to sign at a fixed time in tests).
clock: Callable[[], datetime] = _now


def _uri_encode(text: str) -> str:
    """Percent-encode everything except RFC 3986 unreserved ``A-Za-z0-9-_.~``.

    UTF-8 bytes become ``%XY`` with upper-case hex; a space becomes ``%20``.
    """
    return quote(text, safe="~")


def sdk_date(now: datetime | None = None) -> str:
    """Format ``now`` (default: the clock) as an X-Sdk-Date value.

    The result is UTC in ``YYYYMMDDTHHMMSSZ`` form.  ``now`` must be
    timezone-aware; naive datetimes are rejected rather than guessed.
    """
    if now is None:
        now = clock()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(_UTC).strftime(DATE_FORMAT)


def host_from_url(url: str) -> str:
    """The Host header value an HTTP client sends for ``url``: the lower-cased
    host, plus ``:port`` when it is not the scheme's default; user information
    is dropped."""
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

    The path is percent-decoded as a whole and split on ``/`` (so ``%2F`` counts
    as a separator), each piece re-encoded with :func:`_uri_encode`; the result
    always ends with ``/``, and an empty path becomes ``/``.
    """
    result = "/".join(_uri_encode(piece) for piece in unquote(path).split("/"))
    if not result.endswith("/"):
        result += "/"
    return result


def parse_query(query: str) -> list[tuple[str, str]]:
    """Split a raw query string into decoded ``(name, value)`` pairs.

    Pairs are separated by ``&``; ``name`` without ``=`` has the value ``""``;
    empty items are skipped.  Decoding is RFC 3986 percent-decoding, so ``+``
    is a literal plus: send spaces as ``%20`` (as the canonical form does).
    """
    pairs: list[tuple[str, str]] = []
    for item in query.split("&"):
        if item:
            name, _, value = item.partition("=")
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


def _signed(lowered: Mapping[str, str]) -> list[str]:
    return sorted(name for name in lowered if "_" not in name)


def signed_headers(headers: Mapping[str, str]) -> str:
    """SignedHeaders: the lower-cased names without ``_``, sorted, joined with ``;``."""
    return ";".join(_signed(_lower_headers(headers)))


def canonical_headers(headers: Mapping[str, str]) -> str:
    """CanonicalHeaders: ``lowercase(name):trim(value)\\n`` per signed header, by name."""
    lowered = _lower_headers(headers)
    return "".join(f"{name}:{lowered[name]}\n" for name in _signed(lowered))


def hash_payload(body: bytes) -> str:
    """HexEncode(SHA256(body)), lower-case; ``b""`` gives ``e3b0c442...b855``."""
    return hashlib.sha256(body).hexdigest()


def canonical_request(
    method: str, url: str, headers: Mapping[str, str], body: bytes
) -> str:
    """The canonical request for ``method url`` with ``headers`` (as sent).

    ``headers`` must already include ``Host`` and ``X-Sdk-Date`` (:func:`sign`
    adds them).  With a body, an ``X-Sdk-Content-Sha256`` value replaces its hash.
    """
    parts = urlsplit(url)
    lowered = _lower_headers(headers)
    payload = EMPTY_SHA256
    if body:
        payload = lowered.get(HEADER_CONTENT_SHA256.lower()) or hash_payload(body)
    names = _signed(lowered)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(parts.path),
            canonical_query_string(parse_query(parts.query)),
            "".join(f"{name}:{lowered[name]}\n" for name in names),
            ";".join(names),
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


@dataclass(frozen=True)
class Signature:
    """A signed request: the headers to add, and the intermediate strings."""

    headers: dict[str, str]
    canonical_request: str
    string_to_sign: str
    authorization: str


def sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    access_key: str,
    secret_key: str,
    *,
    now: datetime | None = None,
    project_id: str | None = None,
) -> Signature:
    """Sign a request; :attr:`Signature.headers` are the headers to add to it.

    Signed: every header in ``headers`` whose name has no ``_`` (``Authorization``
    excepted: it is replaced), ``Host`` (the given header, else computed from
    ``url``), ``X-Sdk-Date`` (``now``, else the given header, else the clock), and
    with ``project_id`` an ``X-Project-Id``.  The added headers are ``X-Sdk-Date``,
    ``Authorization``, ``X-Project-Id`` with ``project_id``, and
    ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`` for a ``Content-Type`` that is
    neither JSON nor BSON.  ``url`` must be sent as given: the signature covers
    its path and query.  ``headers`` is not modified.
    """
    replaced = {HEADER_AUTHORIZATION.lower()}
    added: dict[str, str] = {}
    if project_id is not None:
        replaced.add(HEADER_PROJECT_ID.lower())
    to_sign: dict[str, str] = {}
    date = sdk_date(now) if now is not None else None
    host = None
    for name, value in headers.items():
        key = name.strip().lower()
        if key == HEADER_DATE.lower():
            date = date or value.strip()
            continue
        if key == "host":
            host = value
            continue
        if key not in replaced:
            to_sign[name] = value
    for name, value in to_sign.items():
        if name.strip().lower() == HEADER_CONTENT_SHA256.lower() and not value.isascii():
            raise ValueError(f"{HEADER_CONTENT_SHA256} must be a hex SHA-256 digest or "
                             f"{UNSIGNED_PAYLOAD}, not {value!r}")
    content_type = headers.get("Content-Type")
    if content_type and not content_type.startswith(_HASHED_TYPES):
        to_sign = {k: v for k, v in to_sign.items()
                   if k.strip().lower() != HEADER_CONTENT_SHA256.lower()}
        added[HEADER_CONTENT_SHA256] = UNSIGNED_PAYLOAD
    added[HEADER_DATE] = date or sdk_date()
    if project_id is not None:
        added[HEADER_PROJECT_ID] = project_id
    to_sign.update(added)
    to_sign["Host" if host is None else "host"] = host_from_url(url) if host is None else host

    canonical = canonical_request(method, url, to_sign, body)
    to_be_signed = string_to_sign(canonical, added[HEADER_DATE])
    sig = signature(secret_key, to_be_signed)
    auth = authorization_header(access_key, signed_headers(to_sign), sig)
    added[HEADER_AUTHORIZATION] = auth
    return Signature(added, canonical, to_be_signed, auth)


def sign_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    access_key: str,
    secret_key: str,
    *,
    now: datetime | None = None,
    project_id: str | None = None,
) -> dict[str, str]:
    """The headers to add to a request to sign it (see :func:`sign`)."""
    return sign(method, url, headers, body, access_key, secret_key, now=now,
                project_id=project_id).headers
