"""The generated EVS server stub over real HTTP (uvicorn on 127.0.0.1, a free port):
every operation and variant answers the manual's request with its documented success
status and a schema-valid body; bad requests get clear 4xx answers in the manual's
error format; Prefer; /openapi.json; startup time."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from urllib.parse import quote, urlencode

import pytest
from test_server_support import (PACKAGE, SchemaCheck, answered, load_spec, placeholders, pointer,
                                 run_stub)

from extractor.generate.server import generate_server

DOC = load_spec()
CHECK = SchemaCheck(DOC)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(scope="module")
def stub_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("server")
    generate_server(DOC, root, stem="evs")
    return root


@pytest.fixture(scope="module")
def stub(stub_root):
    with run_stub(stub_root) as running:
        yield running


@pytest.fixture(scope="module")
def synth(stub_root):
    """The stub's own schema synthesizer, for the few bodies the manual has no valid example of
    (the tests validate what it makes before sending it)."""
    sys.path.insert(0, str(stub_root))
    try:
        return importlib.import_module(f"{PACKAGE}.runtime.synth").synthesize
    finally:
        sys.path.remove(str(stub_root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


# -- what the spec says a request and its answer look like ---------------------------------

def targets():
    for path, item in DOC["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                for variant in op.get("x-variants") or [None]:
                    yield pytest.param(path, method, op, variant,
                                       id=(variant or op)["operationId"])


def section(node) -> str | None:
    return (node.get("x-source") or {}).get("section")


def response_examples(op, status):
    content = op["responses"][status].get("content") or {}
    return [ex for media in content.values() for ex in (media.get("examples") or {}).values()]


def expected_status(op, variant) -> str:
    """The documented success status; for a variant, the one its own examples show."""
    ok = sorted((s for s in op["responses"] if s.isdigit() and 200 <= int(s) < 400), key=int)
    if variant:
        def sections(s):
            return {section(ex) for ex in response_examples(op, s)}
        others = {section(v) for v in op["x-variants"] if v is not variant} - {section(variant)}
        own = [s for s in ok if section(variant) in sections(s)]
        free = [s for s in ok if not sections(s) & others]
        ok = own or free or ok
    return ok[0]


def param_ok(path, method, index, value) -> bool:
    param = DOC["paths"][path][method]["parameters"][index]
    kind = param["schema"].get("type")
    if kind == "integer":
        if not value.lstrip("-").isdigit():
            return False
        value = int(value)
    elif kind == "boolean":
        if value.lower() not in ("true", "false"):
            return False
        value = value.lower() == "true"
    elif kind == "array":
        value = [value]
    ptr = pointer("paths", path, method, "parameters", index, "schema")
    return not CHECK.errors(ptr, value)


def fill(schema) -> str:
    return str(schema["enum"][0]) if "enum" in schema else {"integer": "1", "boolean": "true"}.get(
        schema.get("type"), "abc-1")


def build_request(path, method, op, variant, synth):
    """(url, headers, body) for the manual's request example of a target, made valid."""
    target = variant or op
    example = (target.get("x-request-examples") or [None])[0]
    params = op.get("parameters") or []
    values = {}
    if example:
        for tmpl, seg in zip(path.split("/"), example["path"].split("/")):
            if tmpl.startswith("{") and not seg.startswith("{"):
                values[tmpl[1:-1]] = seg
    url = path
    for i, p in enumerate(params):
        if p["in"] == "path":
            value = values.get(p["name"])
            if value is None or not param_ok(path, method, i, value):
                value = fill(p["schema"])
            url = url.replace("{" + p["name"] + "}", quote(value, safe=""))
    declared = {p["name"]: i for i, p in enumerate(params) if p["in"] == "query"}
    query = [(k, v) for k, v in (example or {}).get("query", [])
             if k in declared and param_ok(path, method, declared[k], v)]
    for i, p in enumerate(params):
        if p["in"] == "query" and p.get("required") and p["name"] not in dict(query):
            query.append((p["name"], fill(p["schema"])))
    if query:
        url += "?" + urlencode(query)
    headers = {p["name"]: "value-1" for p in params
               if p["in"] == "header" and p.get("required") and p["name"] != "X-Auth-Token"}
    body = None
    if "requestBody" in op:
        media = op["requestBody"]["content"]["application/json"]
        ptr = (variant["requestBody"]["$ref"][1:] if variant and "requestBody" in variant
               else pointer("paths", path, method, "requestBody", "content", "application/json",
                            "schema"))
        examples = media.get("examples") or {}
        names = [example.get("body")] if example and example.get("body") else []
        names += [n for n, ex in examples.items() if variant is None or section(ex) == section(variant)]
        for name in names:
            ex = examples.get(name) or {}
            if ex.get("x-valid") and not CHECK.errors(ptr, ex["value"]):
                body = ex["value"]
                break
        else:
            schema = DOC
            for part in ptr.strip("/").split("/"):
                schema = schema[part.replace("~1", "/").replace("~0", "~")]
            body = synth(DOC, schema, full=False)
            assert not CHECK.errors(ptr, body), f"no valid request body for {target['operationId']}"
    return url, headers, body


# -- every operation and variant --------------------------------------------------------------

@pytest.mark.parametrize("path,method,op,variant", list(targets()))
def test_every_operation_answers_its_example(stub, synth, path, method, op, variant):
    url, headers, body = build_request(path, method, op, variant, synth)
    answer = stub.request(method.upper(), url, body, headers)
    status = expected_status(op, variant)
    assert answer.status == int(status), answer.raw[:500]
    content = op["responses"][status].get("content")
    if not content:
        assert answer.raw == b""
        return
    assert answer.headers["content-type"].startswith("application/json")
    value = answer.json
    ptr = pointer("paths", path, method, "responses", status, "content", "application/json",
                  "schema")
    assert CHECK.errors(ptr, value) == []
    assert placeholders(value) == [], f"placeholder values in {op['operationId']}"
    valid = [ex["value"] for ex in response_examples(op, status) if ex.get("x-valid")
             and (variant is None or section(ex) == section(variant))]
    if valid:  # the manual's own example, when it is valid
        assert value in valid


def test_all_targets_covered():
    ids = [p.id for p in targets()]
    assert len(ids) == len(set(ids)) == 122


# -- error answers ------------------------------------------------------------------------------

def codes(status: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in DOC["x-error-codes"]:
        if row["status"] == status:
            out.setdefault(row["code"], []).append(row["message"])
    return out


def assert_error(answer, status: int, code_status: int = 400, words: str = ""):
    assert answer.status == status, answer.raw
    assert answer.headers["content-type"].startswith("application/json")
    error = answer.json["error"]
    assert set(error) == {"code", "message"}
    assert error["code"] in codes(code_status), error
    assert words.lower() in error["message"].lower(), error
    return error


VOLUME = "/v3/proj-1/volumes/vol-1"
ACTION = VOLUME + "/action"
LIST = "/v3/proj-1/volumes/detail"


def test_query_parameter_of_wrong_type_is_400(stub):
    error = assert_error(stub.request("GET", LIST + "?limit=abc"), 400, words="limit")
    assert any("url" in m.lower() for m in codes(400)[error["code"]])


def test_query_parameter_out_of_range_is_400(stub):
    assert_error(stub.request("GET", LIST + "?limit=5000"), 400,
                 words="limit")


def test_path_parameter_outside_its_enum_is_400(stub):
    assert_error(stub.request("GET", "/v9"), 400, words="api_version")


def test_body_against_schema_is_400(stub):
    error = assert_error(stub.request("POST", ACTION, {"os-extend": {"new_size": "big"}}), 400,
                         words="new_size")
    assert any("body" in m.lower() for m in codes(400)[error["code"]])


def test_missing_required_body_is_400(stub):
    assert_error(stub.request("POST", "/v3/proj-1/volumes", b"",
                              {"Content-Type": "application/json"}), 400, words="required")


def test_body_selecting_no_variant_is_400(stub):
    assert_error(stub.request("POST", ACTION, {"os-unknown": {}}), 400, words="os-extend")


def test_discriminator_value_selects_the_variant(stub):
    url = "/v2/proj-1/cloudvolumes/vol-1/tags/action"
    assert stub.request("POST", url, {"action": "delete", "tags": [{"key": "k"}]}).status == 204
    assert_error(stub.request("POST", url, {"action": "rename", "tags": []}), 400, words="action")


@pytest.mark.parametrize("raw", [b"{bad", b"[1, 2", b'{"a": NaN}', b"\xff\xfe\x00{", b"[" * 100000])
def test_malformed_json_is_400(stub, raw):
    assert_error(stub.request("POST", "/v3/proj-1/volumes", raw,
                              {"Content-Type": "application/json"}), 400, words="body")


def test_wrong_content_type_is_415_where_documented(stub):
    """415 when the operation documents it, else the nearest status it documents."""
    assert_error(stub.request("POST", "/v3/proj-1/volumes", b"volume=1",
                              {"Content-Type": "application/x-www-form-urlencoded"}),
                 answered("/v3/{project_id}/volumes", "post", 415), words="content-type")


def test_oversized_body_is_413_where_documented(stub):
    big = b'{"volume": {"name": "' + b"x" * (1 << 20) + b'"}}'
    assert_error(stub.request("POST", "/v3/proj-1/volumes", big,
                              {"Content-Type": "application/json"}),
                 answered("/v3/{project_id}/volumes", "post", 413), words="limit")


def test_no_error_status_is_undocumented(stub):
    """Every error the stub gives for an operation has a status the operation documents
    (the one operation that documents no error status at all is named at startup)."""
    for path, method in (("/v3/{project_id}/volumes", "post"),
                         ("/v3/{project_id}/volumes/{volume_id}", "get")):
        documented = set(DOC["paths"][path][method]["responses"])
        url = path.replace("{project_id}", "proj-1").replace("{volume_id}", "vol-1")
        for answer in (stub.request(method.upper(), url, auth=False),
                       stub.request(method.upper(), url, b"x", {"Content-Type": "text/plain"}),
                       stub.request(method.upper(), url + "?limit=x")):
            assert str(answer.status) in documented, (path, answer.status, answer.raw[:200])
    undocumented = [f"{m.upper()} {p}" for p, item in DOC["paths"].items()
                    for m, op in item.items()
                    if not any(k[:1] in "45" for k in op["responses"])]
    for label in undocumented:
        assert label in stub.output(), f"{label} documents no error status: not reported"


def test_unknown_path_is_404(stub):
    assert_error(stub.request("GET", "/v3/proj-1/no/such/thing"), 404, 404, words="no operation")


def test_wrong_method_is_405_with_allow(stub):
    answer = stub.request("PATCH", VOLUME)
    assert_error(answer, 405, words="allowed")
    assert set(answer.headers["allow"].replace(" ", "").split(",")) >= {"GET", "PUT", "DELETE"}


def test_server_survives_everything(stub):
    assert stub.alive()
    assert stub.request("GET", LIST).status == 200
    assert "Traceback" not in stub.output()


# -- being liberal with real clients ------------------------------------------------------------

def test_media_type_parameters_are_accepted(stub):
    for media in ("application/json;charset=utf-8", "Application/JSON; charset=UTF-8"):
        answer = stub.request("POST", "/v3/proj-1/volumes/vol-1/metadata",
                              json.dumps({"metadata": {"k": "v"}}), {"Content-Type": media})
        assert answer.status == 200, answer.raw


def test_content_type_on_a_request_without_body(stub):
    assert stub.request("GET", VOLUME, headers={"Content-Type": "application/json"}).status == 200
    assert stub.request("DELETE", VOLUME, headers={"Content-Type": "application/json"}).status == 202


def test_body_without_content_type_is_read_as_json(stub):
    answer = stub.request("POST", "/v3/proj-1/volumes/vol-1/metadata",
                          json.dumps({"metadata": {"k": "v"}}).encode())
    assert answer.status == 200, answer.raw
    assert "metadata" in answer.json


# -- security -------------------------------------------------------------------------------------

AKSK = ("SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, "
        "Signature=8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8")


def test_no_credentials_is_401_where_documented(stub):
    error = assert_error(stub.request("GET", VOLUME, auth=False),
                         answered("/v3/{project_id}/volumes/{volume_id}", "get", 401), 401)
    assert "X-Auth-Token" in error["message"] and "SDK-HMAC-SHA256" in error["message"]


def test_aksk_signature_satisfies_security(stub):
    answer = stub.request("GET", VOLUME, auth=False,
                          headers={"Authorization": AKSK, "X-Sdk-Date": "20250101T000000Z"})
    assert answer.status == 200


@pytest.mark.parametrize("value", ["SDK-HMAC-SHA256", "Bearer abc",
                                   "SDK-HMAC-SHA256 Access=AK, Signature=zz"])
def test_malformed_signature_is_401(stub, value):
    assert_error(stub.request("GET", VOLUME, auth=False, headers={"Authorization": value}),
                 answered("/v3/{project_id}/volumes/{volume_id}", "get", 401), 401)


def test_token_satisfies_the_declared_token_header(stub):
    """A deprecated operation lists X-Auth-Token as a required header: AK/SK still does."""
    path = "/v2/proj-1/cloudvolumes"
    assert stub.request("GET", path).status == 200
    assert stub.request("GET", path, auth=False, headers={"Authorization": AKSK}).status == 200


# -- Prefer -------------------------------------------------------------------------------------

def test_prefer_code_picks_the_documented_status(stub):
    op = DOC["paths"]["/v3/{project_id}/volumes/{volume_id}"]["get"]
    answer = stub.request("GET", VOLUME, headers={"Prefer": "code=400"})
    assert answer.status == 400
    assert answer.json in [ex["value"] for ex in response_examples(op, "400")]
    assert answer.headers["preference-applied"] == "code=400"


def test_prefer_example_picks_a_named_example(stub):
    op = DOC["paths"]["/v2/{project_id}/cloudvolumes/{volume_id}"]["get"]
    name, example = next(iter(op["responses"]["200"]["content"]["application/json"]["examples"]
                              .items()))
    answer = stub.request("GET", "/v2/proj-1/cloudvolumes/vol-1", None,
                          {"Prefer": f"example={name}"})
    assert (answer.status, answer.json) == (200, example["value"])


def test_prefer_code_and_example_together(stub):
    op = DOC["paths"]["/v3/{project_id}/volumes/{volume_id}"]["get"]
    name, example = list(op["responses"]["400"]["content"]["application/json"]["examples"]
                         .items())[-1]
    answer = stub.request("GET", VOLUME, headers={"Prefer": f"code=400, example=\"{name}\""})
    assert (answer.status, answer.json) == (400, example["value"])


def test_prefer_an_undocumented_code_answers_it_with_a_warning(stub):
    op = DOC["paths"]["/v3/{project_id}/volumes/{volume_id}"]["get"]
    code = next(c for c in ("418", "409", "503") if c not in op["responses"])
    answer = stub.request("GET", VOLUME, headers={"Prefer": f"code={code}"})
    assert answer.status == int(code)
    assert set(answer.json["error"]) == {"code", "message"}
    assert "not documented" in answer.headers["warning"] and answer.headers["warning"][:4] == "299 "
    assert answer.headers["preference-applied"] == f"code={code}"


def test_prefer_dynamic_synthesizes_a_fresh_valid_body(stub):
    path = "/v3/{project_id}/volumes/{volume_id}"
    ptr = pointer("paths", path, "get", "responses", "200", "content", "application/json",
                  "schema")
    first, second = (stub.request("GET", VOLUME, headers={"Prefer": "dynamic=true"})
                     for _ in range(2))
    assert first.status == second.status == 200
    assert CHECK.errors(ptr, first.json) == [] and CHECK.errors(ptr, second.json) == []
    assert first.json != second.json
    assert first.json["volume"]["id"] != second.json["volume"]["id"]
    assert first.headers["preference-applied"] == "dynamic=true"


def test_every_response_carries_a_request_id(stub):
    ids = [stub.request("GET", VOLUME).headers["x-request-id"],
           stub.request("GET", VOLUME, auth=False).headers["x-request-id"],
           stub.request("GET", "/no/such/path").headers["x-request-id"]]
    assert len(set(ids)) == 3 and all(ids)
    echoed = stub.request("GET", VOLUME, headers={"X-Request-Id": "trace-42"})
    assert echoed.headers["x-request-id"] == "trace-42"
    assert stub.request("GET", VOLUME, headers={"X-Request-Id": "bad id\u00e9"}) \
        .headers["x-request-id"] != "bad id"


# -- CORS -----------------------------------------------------------------------------------------

def test_a_browser_preflight_from_localhost_is_answered(stub):
    answer = stub.request("OPTIONS", "/v3/proj-1/volumes", auth=False, headers={
        "Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-auth-token, content-type"})
    assert answer.status == 200
    assert answer.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "x-auth-token" in answer.headers["access-control-allow-headers"].lower()
    simple = stub.request("GET", VOLUME, headers={"Origin": "http://127.0.0.1:8000"})
    assert simple.headers["access-control-allow-origin"] == "http://127.0.0.1:8000"


def test_other_origins_get_no_cors_headers(stub):
    answer = stub.request("GET", VOLUME, headers={"Origin": "https://evil.example.com"})
    assert answer.status == 200 and "access-control-allow-origin" not in answer.headers
    preflight = stub.request("OPTIONS", VOLUME, auth=False, headers={
        "Origin": "https://evil.example.com", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_origins_are_configurable(stub_root):
    with run_stub(stub_root, PACKAGE, "--cors-origin", "https://app.example.com") as custom:
        ok = custom.request("GET", VOLUME, headers={"Origin": "https://app.example.com"})
        local = custom.request("GET", VOLUME, headers={"Origin": "http://localhost:3000"})
    assert ok.headers["access-control-allow-origin"] == "https://app.example.com"
    assert "access-control-allow-origin" not in local.headers
    with run_stub(stub_root, PACKAGE, "--no-cors") as plain:
        off = plain.request("GET", VOLUME, headers={"Origin": "http://localhost:3000"})
    assert "access-control-allow-origin" not in off.headers


@pytest.mark.parametrize("prefer,words", [("code=abc", "http status"),
                                          ("code=101", "http status"),
                                          ("example=noSuchExample", "noSuchExample")])
def test_bad_prefer_is_400(stub, prefer, words):
    assert_error(stub.request("GET", VOLUME, headers={"Prefer": prefer}), 400, words=words)


def test_invalid_request_is_400_whatever_it_prefers(stub):
    assert stub.request("GET", LIST + "?limit=x", headers={"Prefer": "code=200"}).status == 400


# -- the spec, startup -------------------------------------------------------------------------

def test_serves_the_spec(stub):
    answer = stub.request("GET", "/openapi.json", auth=False)
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json == DOC


def test_app_builds_from_a_fresh_interpreter(stub_root):
    """Import and app construction work in a clean process (startup time: benchmarks/server.py)."""
    code = "import evs_stub; app = evs_stub.create_app(); print(type(app).__name__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=stub_root, capture_output=True,
                         text=True, check=True, env=dict(os.environ, PYTHONPATH=str(stub_root),
                                                         PYTHONDONTWRITEBYTECODE="1"))
    assert out.stdout.strip()
