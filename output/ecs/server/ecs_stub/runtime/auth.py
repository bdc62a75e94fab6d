"""The security check.

An operation's ``security`` (else the document's) lists alternatives; any one that
is satisfied is enough. By default only presence and shape are checked: an
``apiKey`` scheme needs its header (query parameter, cookie) present and non-empty;
one with ``x-signing`` also needs the value to look like a signature of its
algorithm (``SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=<hex>``).

With a configured token, an unsigned ``apiKey`` scheme accepts only that token;
with a configured access and secret key, a signing scheme accepts only that access
key with a signature that verifies (``signature.py``). Configuring either turns off
the schemes of the other kind.
"""
from __future__ import annotations

import hmac
import re

from starlette.requests import Request

from .errors import StubError
from .settings import Settings
from .signature import expected_signature, parse_authorization
from .spec import Operation, follow

SIGNATURE_PARTS = ("Access", "SignedHeaders", "Signature")


def _credential(request: Request, where: object, key: str) -> str:
    """An apiKey scheme's value: from the query, a cookie, else a header."""
    source = request.query_params if where == "query" else \
        request.cookies if where == "cookie" else request.headers
    return (source.get(key) or "").strip()


class Security:
    """Checks a request against the security requirements of its operation."""

    def __init__(self, doc: dict, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.strict = bool(self.settings.token or self.settings.access_key)
        comps = doc.get("components") if isinstance(doc.get("components"), dict) else {}
        raw = comps.get("securitySchemes") if isinstance(comps.get("securitySchemes"), dict) else {}
        self.schemes = {name: follow(doc, node, "")[0] for name, node in raw.items()}
        self.default = doc.get("security")
        self.headers = {self._header(s).lower() for s in self.schemes.values() if self._header(s)}

    @staticmethod
    def _header(scheme: object) -> str | None:
        if not isinstance(scheme, dict):
            return None
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme.get("name") or "")
        if scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            return "Authorization"
        return None

    def requires(self, op: Operation) -> bool:
        """Whether ``op`` needs credentials at all."""
        requirements = op.spec.get("security", self.default)
        return isinstance(requirements, list) and bool(requirements) and \
            all(isinstance(r, dict) and r for r in requirements)

    async def check(self, op: Operation, request: Request) -> None:
        """Return if the request carries acceptable credentials, else raise StubError."""
        requirements = op.spec.get("security", self.default)
        if not isinstance(requirements, list) or not requirements:
            return
        problems: list[str] = []
        for requirement in requirements:
            if not isinstance(requirement, dict) or not requirement:
                return  # {} allows anonymous access
            found = [self._problem(name, request) for name in requirement]
            if self.strict and not any(found):
                found = [await self._verify(name, request) for name in requirement]
            if not any(found):
                return
            problems += [p for p in found if p and p not in problems]
        raise StubError("auth", "; or ".join(problems))

    def _problem(self, name: str, request: Request) -> str | None:
        scheme = self.schemes.get(name)
        if not isinstance(scheme, dict):
            return None
        kind = scheme.get("type")
        if kind == "apiKey":
            where, key = scheme.get("in"), str(scheme.get("name") or "")
            value = _credential(request, where, key)
            signing = scheme.get("x-signing")
            algorithm = str(signing.get("algorithm") or "") if isinstance(signing, dict) else ""
            if algorithm:
                return self._signature(algorithm, key, value)
            return None if value else f"send the {key} {where or 'header'} ({name})"
        if kind == "http":
            prefix = str(scheme.get("scheme") or "bearer").lower()
            value = request.headers.get("authorization", "")
            if value.split(" ", 1)[0].lower() != prefix or not value[len(prefix):].strip():
                return f"send an Authorization header with the {prefix} scheme ({name})"
            return None
        if kind in ("oauth2", "openIdConnect") and \
                not request.headers.get("authorization", "").strip():
            return f"send an Authorization header ({name})"
        return None

    async def _verify(self, name: str, request: Request) -> str | None:
        """With configured credentials: None if they are the ones sent, else the problem."""
        scheme = self.schemes.get(name)
        if not isinstance(scheme, dict) or scheme.get("type") != "apiKey":
            return None
        where, key = scheme.get("in"), str(scheme.get("name") or "")
        value = _credential(request, where, key)
        signing = scheme.get("x-signing") if isinstance(scheme.get("x-signing"), dict) else None
        if signing is None:
            if not self.settings.token:
                return f"{name} is not accepted by this stub (it was started with an AK/SK)"
            if not hmac.compare_digest(value.encode(), self.settings.token.encode()):
                return f"the {key} {where or 'header'} is not the token this stub accepts"
            return None
        if not (self.settings.access_key and self.settings.secret_key):
            return f"{name} is not accepted by this stub (it was started with a token)"
        algorithm, fields = parse_authorization(value)
        if fields.get("Access") != self.settings.access_key:
            return f"the access key in the {key} header is not one this stub accepts"
        signed = [h.strip().lower() for h in fields.get("SignedHeaders", "").split(";") if h]
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        expected = expected_signature(
            algorithm=algorithm, secret_key=self.settings.secret_key, method=request.method,
            raw_path=raw_path.decode("latin-1").split("?")[0],
            raw_query=request.scope.get("query_string", b"").decode("latin-1"),
            headers={k.lower(): v for k, v in request.headers.items()}, signed=signed,
            body=await request.body(),
            date_header=str(signing.get("date-header") or "X-Sdk-Date"))
        if expected is None or not hmac.compare_digest(expected, fields.get("Signature", "")):
            return f"the signature in the {key} header does not verify"
        return None

    @staticmethod
    def _signature(algorithm: str, key: str, value: str) -> str | None:
        expected = (f"send the {key} header as '{algorithm} Access=<AK>, "
                    "SignedHeaders=<header;names>, Signature=<hex>'")
        if not value:
            return expected
        head, _, rest = value.partition(" ")
        if head != algorithm:
            return expected
        fields = {}
        for part in rest.split(","):
            k, _, v = part.strip().partition("=")
            fields[k.strip()] = v.strip()
        if not all(fields.get(p) for p in SIGNATURE_PARTS) or \
                not re.fullmatch(r"[0-9a-fA-F]+", fields["Signature"]):
            return expected
        return None
