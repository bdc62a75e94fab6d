"""The generated client signs exactly as the publisher's SDK does: a seeded random set of
requests, built by the client's own request builder, signed by it and by
huaweicloudsdkcore's SDK-HMAC-SHA256 signer at a fixed time, must give the same canonical
request, string to sign and Authorization header."""
from __future__ import annotations

import importlib
import json
import random
from datetime import datetime, timezone
from types import SimpleNamespace
from urllib.parse import urlsplit

import httpx
import pytest
# a test dependency (pyproject [test]): imported, never skipped, so the comparison runs
from huaweicloudsdkcore import sdk_request as sdkcore_request
from huaweicloudsdkcore.signer import signer as sdkcore_signer
from test_client_support import evs_client


AK, SK = "HPUAEXAMPLEAK0000001", "sk+/=example-secret-0001"
FIXED = datetime(2026, 3, 14, 15, 9, 26, tzinfo=timezone.utc)
COUNT = 600
# headers the HTTP library adds; the official SDK does not sign them either
UNSIGNED = {"user-agent", "accept-encoding", "connection", "content-length", "authorization"}

BASES = ["https://evs.cn-north-4.myhuaweicloud.com", "http://127.0.0.1:8080",
         "https://[::1]:8443", "https://[2001:db8::1]", "https://EVS.Example.COM:443",
         "http://h.example.com:80", "https://h.example.com:20004/base", "http://localhost"]
# characters a path, query or header value may hold: reserved, unreserved, non-ASCII
PIECES = list("aZ09-_.~ /%+?#&=:@!$'()*,;[]") + ["中", "é", "\U0001f600", "%2F", "%20", "ü",
                                                ".", ".."]
NAMES = ["limit", "marker", "name", "status", "ids", "sort_key", "metadata", "a", "B",
         "x y", "中", "k%2F", "offset"]
HEADER_NAMES = ["X-Trace", "x-trace-id", "X_Custom_Thing", "x-request-flag", "Accept",
                "accept", "content-type", "X-Language", "X-Client-Token", "X-Sdk-Content-Sha256",
                "x-a_b"]


def text(rng: random.Random, low: int = 0, high: int = 8) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(low, high)))


def random_request(rng: random.Random, tr):
    """(config kwargs, plan, per-call headers, the query as the official SDK takes it)."""
    method = rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"])
    segments = ["v2", rng.choice(["p0123", "proj-ü"])]
    for _ in range(rng.randint(0, 4)):
        literal = rng.random() < 0.4
        segments.append(rng.choice(["cloudvolumes", "action", "detail", "a.b", "~x"])
                        if literal else tr.segment(text(rng, 1, 10), "p"))
    path = "/" + "/".join(tr.segment(s, "p") if i == 1 else s for i, s in enumerate(segments))
    if rng.random() < 0.3:
        path += "/"
    query: list[tuple[str, str]] = []
    official: list[tuple[str, object]] = []
    for name in rng.sample(NAMES, rng.randint(0, 5)):
        kind = rng.random()
        if kind < 0.2:  # a list: the key repeats
            values = [text(rng) for _ in range(rng.randint(1, 3))]
            tr.add(query, name, values)
            official.append((name, list(values)))
        elif kind < 0.3:
            flag = rng.random() < 0.5
            tr.add(query, name, flag)
            official.append((name, flag))
        elif kind < 0.4:
            number = rng.randint(-5, 2000)
            tr.add(query, name, number)
            official.append((name, number))
        else:  # empty values included
            value = text(rng, 0, 6)
            tr.add(query, name, value)
            official.append((name, value))
    body = tr.UNSET if rng.random() < 0.5 else json.loads(json.dumps(
        {"volume": {"name": text(rng), "size": rng.randint(1, 100), "tags": {"k": text(rng)}}}))
    config_headers = {rng.choice(HEADER_NAMES): text(rng, 0, 5)
                      for _ in range(rng.randint(0, 2))}
    call_headers = {rng.choice(HEADER_NAMES): rng.choice([" ", ""]) + text(rng, 0, 6)
                    + rng.choice([" ", ""]) for _ in range(rng.randint(0, 3))}
    for headers in (config_headers, call_headers):
        for k in [k for k in headers if k.lower() == "x-sdk-content-sha256"]:
            headers[k] = rng.choice(["UNSIGNED-PAYLOAD", "ab" * 32])
    if "content-type" in {k.lower() for k in {**config_headers, **call_headers}}:
        for headers in (config_headers, call_headers):
            for k in [k for k in headers if k.lower() == "content-type"]:
                headers[k] = rng.choice(["application/json", "text/plain",
                                         "application/json;charset=utf-8", "application/bson"])
    config = {"endpoint": rng.choice(BASES), "ak": AK, "sk": SK, "headers": config_headers,
              "project_id": rng.choice([None, "p0123"])}
    plan = tr.Plan("op", method, path, query, [], body, lambda s, d: d, frozenset({200}))
    return config, plan, call_headers, official


def official_sign(request: httpx.Request, official_query):
    """Sign the request our client built with huaweicloudsdkcore's signer; return
    (canonical request, string to sign, Authorization)."""
    headers = {k.decode("ascii"): v.decode("utf-8") for k, v in request.headers.raw
               if k.decode("ascii").lower() not in UNSIGNED}
    sdk = sdkcore_request.SdkRequest(
        method=request.method, schema=request.url.scheme, host=request.headers["host"],
        resource_path=request.url.raw_path.decode("ascii").split("?", 1)[0],
        query_params=official_query, header_params=headers,
        body=request.content or None)
    signer = sdkcore_signer.Signer(SimpleNamespace(ak=AK, sk=SK))
    signer._process_content_header(sdk)
    when = signer._process_header_time(sdk)
    signer._process_header_host(sdk)
    names = signer._process_signed_headers(sdk)
    canonical = signer._process_canonical_request(sdk, names)
    to_sign = signer._process_string_to_sign(canonical, when)
    auth = signer._process_auth_header_value(signer._sign_string_to_sign(to_sign, SK), AK, names)
    return canonical, to_sign, auth


@pytest.fixture(scope="module")
def pkg():
    return evs_client()


def test_randomized_requests_sign_exactly_as_the_official_sdk(pkg, monkeypatch):
    tr = importlib.import_module(pkg.__name__ + "._transport")
    signer = importlib.import_module(pkg.__name__ + ".signer")
    monkeypatch.setattr(signer, "clock", lambda: FIXED)
    rng = random.Random(20260314)
    http = httpx.Client()
    seen = {"%2F": 0, "underscore": 0, "unsigned": 0, "ipv6": 0, "body": 0, "repeated": 0,
            "trailing": 0, "valueless": 0}
    for i in range(COUNT):
        config_kwargs, plan, call_headers, official_query = random_request(rng, tr)
        request = tr.build_request(http, pkg.Config(**config_kwargs), plan, call_headers)
        ours = request.extensions["signature"]
        assert ours.headers["X-Sdk-Date"] == "20260314T150926Z"
        theirs = official_sign(request, official_query)
        where = f"request {i}: {plan.method} {request.url}"
        assert ours.canonical_request == theirs[0], where
        assert ours.string_to_sign == theirs[1], where
        assert request.headers["Authorization"] == ours.authorization == theirs[2], where
        raw = request.url.raw_path.decode()
        seen["%2F"] += "%2F" in raw.split("?")[0]
        seen["underscore"] += any("_" in k.decode() for k, _ in request.headers.raw)
        seen["unsigned"] += "x-sdk-content-sha256" in request.headers
        seen["ipv6"] += "[" in request.headers["host"]
        seen["body"] += bool(request.content)
        seen["repeated"] += len({k for k, _ in plan.query}) < len(plan.query)
        seen["trailing"] += plan.path.endswith("/")
        seen["valueless"] += any(v == "" for _, v in plan.query)
    http.close()
    # the random set covers every case the client can send
    assert all(n >= 10 for n in seen.values()), seen


def test_a_different_request_gives_a_different_signature(pkg, monkeypatch):
    """The comparison can fail: the official signer disagrees once the request changes."""
    tr = importlib.import_module(pkg.__name__ + "._transport")
    signer = importlib.import_module(pkg.__name__ + ".signer")
    monkeypatch.setattr(signer, "clock", lambda: FIXED)
    plan = tr.Plan("op", "GET", "/v2/p/cloudvolumes/a%2Fb", [("limit", "1")], [], tr.UNSET,
                   lambda s, d: d, frozenset({200}))
    with httpx.Client() as http:
        request = tr.build_request(http, pkg.Config(endpoint="https://h.example.com", ak=AK,
                                                    sk=SK), plan)
    assert official_sign(request, [("limit", "1")])[2] == request.headers["Authorization"]
    assert official_sign(request, [("limit", "2")])[2] != request.headers["Authorization"]


def test_header_names_are_case_insensitive_everywhere(pkg, monkeypatch):
    """Lower-case content-type / accept in Config.headers and per-call headers merge with
    the client's own headers instead of being sent (and signed) twice."""
    tr = importlib.import_module(pkg.__name__ + "._transport")
    plan = tr.Plan("op", "POST", "/v2/p/x", [], [("x-trace", "op")], {"a": 1},
                   lambda s, d: d, frozenset({200}))
    config = pkg.Config(endpoint="https://h.example.com", ak=AK, sk=SK,
                        headers={"content-type": "application/json;charset=utf-8",
                                 "accept": "application/json", "X-TRACE": "config"})
    with httpx.Client() as http:
        request = tr.build_request(http, config, plan, {"ACCEPT": "*/*"})
        hosted = tr.build_request(http, config, plan, {"host": "Other.Example.com:8443"})
    assert hosted.headers["host"] == "Other.Example.com:8443"
    assert "\nhost:Other.Example.com:8443\n" in hosted.extensions["signature"].canonical_request
    names = [k.decode().lower() for k, _ in request.headers.raw]
    assert len(names) == len(set(names))
    assert request.headers["content-type"] == "application/json;charset=utf-8"
    assert request.headers["accept"] == "*/*"  # the call's header wins
    assert request.headers["x-trace"] == "op"  # the operation's parameter beats the config
    assert "SignedHeaders=accept;content-type;host;x-sdk-date;x-trace," in \
        request.headers["Authorization"]


def test_the_signer_alone_matches_for_any_header_case(pkg):
    """signer.sign on its own (as a user may call it): headers in any case, with ``_``,
    padded values, JSON or other content types, a Host header given or not."""
    signer = importlib.import_module(pkg.__name__ + ".signer")
    rng = random.Random(7)
    names = ["Content-Type", "content-type", "CONTENT-TYPE", "X-Trace", "x_trace_id",
             "X-Sdk-Content-Sha256", "Accept", "X-Language", "x-a_b", "X-Project-Id"]
    for i in range(300):
        headers: dict[str, str] = {}
        for name in rng.sample(names, rng.randint(0, 5)):
            if name.lower() in {k.lower() for k in headers}:
                continue
            value = text(rng, 0, 6)
            if name.lower() == "content-type":
                value = rng.choice(["application/json", "text/plain", " application/json",
                                    "application/bson", "application/octet-stream"])
            elif name.lower() == "x-sdk-content-sha256":
                value = rng.choice(["UNSIGNED-PAYLOAD", "cd" * 32])
            headers[name] = rng.choice(["", " "]) + value + rng.choice(["", "  "])
        base = rng.choice(BASES)
        host = httpx.URL(base).netloc.decode()
        if rng.random() < 0.3:
            headers["Host"] = host
        tr = importlib.import_module(pkg.__name__ + "._transport")
        path = "/v1/" + "/".join(tr.segment(text(rng, 1, 6), "p") for _ in range(rng.randint(0, 3)))
        query = [(rng.choice(NAMES), text(rng, 0, 4)) for _ in range(rng.randint(0, 3))]
        url = base + path + ("?" + tr.query_string(query) if query else "")
        body = rng.choice([b"", b'{"a": 1}', "中文".encode()])
        method = rng.choice(["GET", "POST", "put"])
        ours = signer.sign(method, url, headers, body, AK, SK, now=FIXED)
        params = {**headers, "X-Sdk-Date": ours.headers["X-Sdk-Date"]}
        sdk = sdkcore_request.SdkRequest(
            method=method, schema=httpx.URL(base).scheme, host=signer.host_from_url(url),
            resource_path=urlsplit(url).path,
            query_params=list(query), header_params=params, body=body or None)
        official = sdkcore_signer.Signer(SimpleNamespace(ak=AK, sk=SK))
        official.sign(sdk)
        assert ours.authorization == sdk.header_params["Authorization"], (i, headers, url)
        if "X-Sdk-Content-Sha256" in ours.headers:
            assert sdk.header_params["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
