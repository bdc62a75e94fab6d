"""Tests of the generated client's AK/SK signer (templates/client/signer.py)."""
from __future__ import annotations

import hashlib
import hmac
import importlib.util
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest

SIGNER_PATH = Path(__file__).resolve().parents[1] / "templates" / "client" / "signer.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("doc2spec_client_signer", SIGNER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


signer = _load()

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

# ---------------------------------------------------------------------------
# The worked example of Huawei Cloud's "API签名指南" (API Request Signing
# Guide), chapter "AK/SK签名认证算法详解" (AK/SK Signing and Authentication
# Algorithm), which walks one request (the VPC service's "query VPC list")
# through its sections:
#   - "构造规范请求" (Constructing a Standard Request): the original request,
#     X-Sdk-Date 20191115T033655Z, the canonical URI with its added trailing
#     "/", the query string, and the hashed canonical request b25362e6...;
#   - "创建待签字符串" (Creating a To-Be-Signed String): the string to sign;
#   - "计算签名" (Calculating the Signature): SK MFyfvK41... gives 7be66680...;
#   - "添加签名信息到请求头" (Adding the Signature to the Request Header): the
#     Authorization value with AK QTWAOYTTINDUT2QVKYUC.
# The guide shows the canonical request step by step rather than as one block;
# CANONICAL below is those steps joined, and is pinned by the published hash.
# (Newer editions of the guide mask the AK as "QTWA***KYUC"; the same full
# values appear in the older editions and in Huawei's SDK tests.)
# ---------------------------------------------------------------------------
EX_AK = "QTWAOYTTINDUT2QVKYUC"
EX_SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
EX_DATE = "20191115T033655Z"
EX_NOW = datetime(2019, 11, 15, 3, 36, 55, tzinfo=UTC)
EX_URL = (
    "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
    "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
)
EX_HEADERS = {
    "Content-Type": "application/json",
    "Host": "service.region.example.com",
    "X-Sdk-Date": EX_DATE,
}
EX_CANONICAL = (
    "GET\n"
    "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
    "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
    "content-type:application/json\n"
    "host:service.region.example.com\n"
    "x-sdk-date:20191115T033655Z\n"
    "\n"
    "content-type;host;x-sdk-date\n"
    + EMPTY_SHA256
)
EX_HASHED_CANONICAL = "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
EX_STRING_TO_SIGN = f"SDK-HMAC-SHA256\n{EX_DATE}\n{EX_HASHED_CANONICAL}"
EX_SIGNATURE = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
EX_AUTHORIZATION = (
    "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
    "SignedHeaders=content-type;host;x-sdk-date, "
    "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
)


class TestPublishedExample:
    def test_date_format(self) -> None:
        assert signer.sdk_date(EX_NOW) == EX_DATE

    def test_canonical_uri_gets_trailing_slash(self) -> None:
        path = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
        assert signer.canonical_uri(path) == path + "/"

    def test_canonical_request(self) -> None:
        canonical = signer.canonical_request("GET", EX_URL, EX_HEADERS, b"")
        assert canonical == EX_CANONICAL
        assert hashlib.sha256(canonical.encode()).hexdigest() == EX_HASHED_CANONICAL

    def test_string_to_sign(self) -> None:
        assert signer.string_to_sign(EX_CANONICAL, EX_DATE) == EX_STRING_TO_SIGN

    def test_signature(self) -> None:
        assert signer.signature(EX_SK, EX_STRING_TO_SIGN) == EX_SIGNATURE

    def test_authorization_header(self) -> None:
        signed = signer.signed_headers(EX_HEADERS)
        assert signed == "content-type;host;x-sdk-date"
        assert signer.authorization_header(EX_AK, signed, EX_SIGNATURE) == EX_AUTHORIZATION

    def test_sign_request_end_to_end(self) -> None:
        # Host and X-Sdk-Date come from the URL and `now`, not from the caller.
        added = signer.sign_request(
            "get", EX_URL, {"Content-Type": "application/json"}, b"", EX_AK, EX_SK, now=EX_NOW
        )
        assert added == {"X-Sdk-Date": EX_DATE, "Authorization": EX_AUTHORIZATION}

    def test_sign_request_query_order_does_not_matter(self) -> None:
        url = EX_URL.replace(
            "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
            "marker=13551d6b-755d-4757-b956-536f674975c0&limit=2",
        )
        added = signer.sign_request(
            "GET", url, dict(EX_HEADERS), b"", EX_AK, EX_SK, now=EX_NOW
        )
        assert added["Authorization"] == EX_AUTHORIZATION


# ---------------------------------------------------------------------------
# Independent reference: the rules written out by hand (no signer helpers),
# to check cases the published example does not cover.
# ---------------------------------------------------------------------------
def _reference_authorization(
    canonical: str, date: str, signed: str, ak: str, sk: str
) -> str:
    hashed = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    to_sign = "SDK-HMAC-SHA256\n" + date + "\n" + hashed
    sig = hmac.new(sk.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signed + ", Signature=" + sig


def test_post_with_body_project_id_and_port_against_reference() -> None:
    body = b'{"volume": {"size": 10}}'
    now = datetime(2024, 4, 16, 17, 53, 41, tzinfo=timezone(timedelta(hours=8)))
    added = signer.sign_request(
        "POST",
        "https://evs.cn-north-4.example.com:8443/v2/p1/cloudvolumes?tag=a b&tag=A",
        {"Content-Type": "application/json;charset=utf8 ", "X-Trace": "1"},
        body,
        "AK1",
        "SK1",
        now=now,
        project_id="p1",
    )
    date = "20240416T095341Z"  # 17:53:41 +08:00 in UTC
    canonical = (
        "POST\n"
        "/v2/p1/cloudvolumes/\n"
        "tag=A&tag=a%20b\n"
        "content-type:application/json;charset=utf8\n"
        "host:evs.cn-north-4.example.com:8443\n"
        "x-project-id:p1\n"
        "x-sdk-date:" + date + "\n"
        "x-trace:1\n"
        "\n"
        "content-type;host;x-project-id;x-sdk-date;x-trace\n"
        + hashlib.sha256(body).hexdigest()
    )
    assert added == {
        "X-Sdk-Date": date,
        "X-Project-Id": "p1",
        "Authorization": _reference_authorization(
            canonical, date, "content-type;host;x-project-id;x-sdk-date;x-trace", "AK1", "SK1"
        ),
    }


# --- query canonicalisation -------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ""),
        ("b=2&a=1", "a=1&b=2"),
        ("a=3&b=1&a=1&a=2", "a=1&a=2&a=3&b=1"),  # repeated keys sorted by value
        ("q=a%20b", "q=a%20b"),  # space stays %20
        ("q=a b", "q=a%20b"),  # raw space is encoded as %20, never "+"
        ("q=1+1", "q=1%2B1"),  # "+" in a URL is a literal plus
        ("flag&x=", "flag=&x="),  # missing value keeps the "="
        ("F=1&b=2", "F=1&b=2"),  # character-code order: upper case first
        ("k=~-_.*/:", "k=~-_.%2A%2F%3A"),  # only A-Za-z0-9-_.~ stay unencoded
        ("k=%e4%b8%ad", "k=%E4%B8%AD"),  # UTF-8 as %XY, upper-case hex
        ("&&a=1&", "a=1"),  # empty items skipped
    ],
)
def test_canonical_query_string(query: str, expected: str) -> None:
    assert signer.canonical_query_string(signer.parse_query(query)) == expected


def test_canonical_query_string_from_pairs() -> None:
    pairs = [("name", "x y"), ("id", "2"), ("id", "10")]
    assert signer.canonical_query_string(pairs) == "id=10&id=2&name=x%20y"


# --- header canonicalisation ------------------------------------------------
def test_canonical_headers_lowercase_trim_sort() -> None:
    headers = {"X-Sdk-Date": " 20191115T033655Z", "Host": "h.example.com ", "Content-Type": "a/b"}
    assert signer.canonical_headers(headers) == (
        "content-type:a/b\nhost:h.example.com\nx-sdk-date:20191115T033655Z\n"
    )
    assert signer.signed_headers(headers) == "content-type;host;x-sdk-date"


def test_duplicate_header_names_rejected() -> None:
    with pytest.raises(ValueError):
        signer.canonical_headers({"Content-Type": "a", "content-type": "b"})


def test_sign_request_replaces_caller_authorization_and_keeps_caller_date() -> None:
    headers = {"x-sdk-date": EX_DATE, "authorization": "old", "HOST": "service.region.example.com"}
    added = signer.sign_request("GET", EX_URL, headers, b"", EX_AK, EX_SK)
    assert added["X-Sdk-Date"] == EX_DATE  # the caller's date, as the official signer does
    assert "SignedHeaders=host;x-sdk-date," in added["Authorization"]
    assert headers["authorization"] == "old"  # caller's dict untouched
    later = signer.sign_request("GET", EX_URL, headers, b"", EX_AK, EX_SK,
                                now=EX_NOW + timedelta(seconds=5))
    assert later["X-Sdk-Date"] == "20191115T033700Z"  # an explicit time wins


def test_a_given_host_header_is_signed_as_given() -> None:
    added = signer.sign("GET", EX_URL, {"Host": "Other.example.com:443"}, b"", "a", "s",
                        now=EX_NOW)
    assert "\nhost:Other.example.com:443\n" in added.canonical_request


def test_header_names_with_underscore_are_not_signed() -> None:
    added = signer.sign("GET", EX_URL, {"X_Trace": "1", "X-Ok": "2"}, b"", "a", "s", now=EX_NOW)
    assert "SignedHeaders=host;x-ok;x-sdk-date," in added.authorization
    assert "x_trace" not in added.canonical_request


def test_a_content_type_other_than_json_sends_an_unsigned_payload() -> None:
    added = signer.sign("PUT", EX_URL, {"Content-Type": "text/plain"}, b"data", "a", "s",
                        now=EX_NOW)
    assert added.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert added.canonical_request.endswith("\nUNSIGNED-PAYLOAD")
    json_body = signer.sign("PUT", EX_URL, {"Content-Type": "application/json;charset=utf-8"},
                            b"data", "a", "s", now=EX_NOW)
    assert "X-Sdk-Content-Sha256" not in json_body.headers
    assert json_body.canonical_request.endswith("\n" + signer.hash_payload(b"data"))


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Svc.Example.com/v1", "svc.example.com"),
        ("https://svc.example.com:443/v1", "svc.example.com"),
        ("http://svc.example.com:80/v1", "svc.example.com"),
        ("https://svc.example.com:20004/v1", "svc.example.com:20004"),
        ("http://114.115.204.40:443/v1", "114.115.204.40:443"),
        ("https://user:pw@svc.example.com/v1", "svc.example.com"),
        ("https://[::1]:8443/v1", "[::1]:8443"),
        ("https://[::1]/v1", "[::1]"),
    ],
)
def test_host_from_url(url: str, host: str) -> None:
    assert signer.host_from_url(url) == host


# --- canonical URI / trailing slash -----------------------------------------
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", "/"),
        ("/", "/"),
        ("/v1/vpcs", "/v1/vpcs/"),
        ("/v1/vpcs/", "/v1/vpcs/"),
        ("/v1/a b/c", "/v1/a%20b/c/"),
        ("/v1/a%20b", "/v1/a%20b/"),  # already encoded: not double-encoded
        ("/v1/x:y@z", "/v1/x%3Ay%40z/"),
        ("/v1/a%2Fb", "/v1/a/b/"),  # decoded, then split: an encoded "/" separates
        ("/v1/a%252F", "/v1/a%252F/"),  # decoded once only
        ("/v1/%ZZ%", "/v1/%25ZZ%25/"),  # a stray "%" is a literal percent
        ("/v1/%e4%b8%ad~", "/v1/%E4%B8%AD~/"),
    ],
)
def test_canonical_uri(path: str, expected: str) -> None:
    assert signer.canonical_uri(path) == expected


def test_trailing_slash_in_url_does_not_change_signature() -> None:
    a = signer.sign_request("GET", "https://h.example.com/v1/x", {}, b"", "ak", "sk", now=EX_NOW)
    b = signer.sign_request("GET", "https://h.example.com/v1/x/", {}, b"", "ak", "sk", now=EX_NOW)
    assert a == b


# --- body hashing -----------------------------------------------------------
def test_hash_payload() -> None:
    assert signer.hash_payload(b"") == EMPTY_SHA256
    assert signer.hash_payload(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_body_changes_signature() -> None:
    url = "https://h.example.com/v1/x"
    a = signer.sign_request("POST", url, {}, b"{}", "ak", "sk", now=EX_NOW)
    b = signer.sign_request("POST", url, {}, b"{ }", "ak", "sk", now=EX_NOW)
    assert a["Authorization"] != b["Authorization"]


def test_content_sha256_header_replaces_body_hash() -> None:
    headers = {"Host": "h.example.com", "X-Sdk-Date": EX_DATE, "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"}
    canonical = signer.canonical_request("PUT", "https://h.example.com/o", headers, b"data")
    assert canonical.endswith("\nUNSIGNED-PAYLOAD")
    # without a body the empty hash is signed, whatever the header says
    canonical = signer.canonical_request("PUT", "https://h.example.com/o", headers, b"")
    assert canonical.endswith("\n" + EMPTY_SHA256)


def test_content_sha256_header_must_be_ascii() -> None:
    with pytest.raises(ValueError, match="X-Sdk-Content-Sha256"):
        signer.sign("PUT", EX_URL, {"X-Sdk-Content-Sha256": "é"}, b"x", "a", "s", now=EX_NOW)


# --- keys and time ----------------------------------------------------------
def test_different_secret_keys_give_different_signatures() -> None:
    a = signer.sign_request("GET", EX_URL, {}, b"", EX_AK, EX_SK, now=EX_NOW)
    b = signer.sign_request("GET", EX_URL, {}, b"", EX_AK, EX_SK + "x", now=EX_NOW)
    assert a["Authorization"] != b["Authorization"]
    assert signer.signature("k1", EX_STRING_TO_SIGN) != signer.signature("k2", EX_STRING_TO_SIGN)


def test_naive_datetime_rejected() -> None:
    with pytest.raises(ValueError):
        signer.sdk_date(datetime(2019, 11, 15, 3, 36, 55))


def test_default_now_is_current_utc() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    stamp = datetime.strptime(signer.sdk_date(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= stamp <= datetime.now(UTC)
