"""Verifying an AK/SK request signature (``SDK-HMAC-SHA256``, Huawei Cloud's API
signing guide): the canonical request is rebuilt from what arrived and signed with
the configured secret key; the hex signatures must match.

    canonical request = METHOD \\n CanonicalURI \\n CanonicalQueryString \\n
                        CanonicalHeaders \\n SignedHeaders \\n hex(SHA256(body))
    string to sign    = ALGORITHM \\n <date header> \\n hex(SHA256(canonical request))
    signature         = hex(HMAC-SHA256(SK, string to sign))
"""
from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote, unquote

CONTENT_SHA256 = "x-sdk-content-sha256"


def _encode(text: str) -> str:
    return quote(text, safe="")


def canonical_uri(raw_path: str) -> str:
    result = "/".join(_encode(unquote(s)) for s in raw_path.split("/"))
    if not result.startswith("/"):
        result = "/" + result
    return result if result.endswith("/") else result + "/"


def canonical_query(raw_query: str) -> str:
    pairs = []
    for item in raw_query.split("&"):
        name, _, value = item.partition("=")
        if name:
            pairs.append((unquote(name), unquote(value)))
    return "&".join(f"{_encode(n)}={_encode(v)}" for n, v in sorted(pairs))


def parse_authorization(value: str) -> tuple[str, dict[str, str]]:
    """("SDK-HMAC-SHA256", {"Access": ..., "SignedHeaders": ..., "Signature": ...})."""
    head, _, rest = value.strip().partition(" ")
    fields = {}
    for part in rest.split(","):
        key, _, val = part.strip().partition("=")
        fields[key.strip()] = val.strip()
    return head, fields


def expected_signature(*, algorithm: str, secret_key: str, method: str, raw_path: str,
                       raw_query: str, headers: dict[str, str], signed: list[str],
                       body: bytes, date_header: str) -> str | None:
    """The signature the request should carry, or None if a signed header is absent."""
    lines = []
    for name in signed:
        if name not in headers:
            return None
        lines.append(f"{name}:{headers[name].strip()}\n")
    payload = headers.get(CONTENT_SHA256) if CONTENT_SHA256 in signed else None
    canonical = "\n".join([method.upper(), canonical_uri(raw_path), canonical_query(raw_query),
                           "".join(lines), ";".join(signed),
                           payload or hashlib.sha256(body).hexdigest()])
    date = headers.get(date_header.lower(), "")
    to_sign = f"{algorithm}\n{date}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    return hmac.new(secret_key.encode("utf-8"), to_sign.encode("utf-8"),
                    hashlib.sha256).hexdigest()
