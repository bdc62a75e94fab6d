"""The generated client making real calls over 127.0.0.1 to a recording HTTP server."""
from __future__ import annotations

import asyncio
import json
import warnings

import pytest
from test_client_support import (
    Reply,
    StubServer,
    body_class,
    evs_client,
    field_class,
    method,
    operation,
    signature_ok,
    spec,
)

AK, SK = "AK-TEST-0001", "sk/with+odd=chars"
# the client methods these tests call, named from the spec's operationIds
SHOW = method("GET", "/v2/{project_id}/cloudvolumes/{volume_id}")
CREATE = method("POST", "/v2.1/{project_id}/cloudvolumes")
ADD_METADATA = method("POST", "/v3/{project_id}/volumes/{volume_id}/metadata")
LIST = method("GET", "/v2/{project_id}/cloudvolumes/detail")
ZONES = method("GET", "/v2/{project_id}/os-availability-zone")
VENDOR_LIST = method("GET", "/v2/{project_id}/os-vendor-volumes/detail")
EXTEND = method("POST", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action")
EXTEND_OLD = method("POST", "/v2/{project_id}/volumes/{volume_id}/action", "os-extend")
EXTEND_V3 = method("POST", "/v3/{project_id}/volumes/{volume_id}/action", "os-extend")
TRANSFERS = method("GET", "/v3/{project_id}/os-volume-transfer")
PROJECT = "p0123456789abcdef"


@pytest.fixture(scope="module")
def pkg():
    return evs_client()


@pytest.fixture
def server():
    s = StubServer()
    yield s
    s.close()


def fast_retry(pkg, **kw):
    return pkg.Retry(backoff=0.01, max_backoff=0.05, **kw)


@pytest.fixture
def client(pkg, server):
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="tok-1",
                    retry=fast_retry(pkg), timeout=5) as c:
        yield c


def extend_body(pkg, size):
    Body = body_class(pkg, EXTEND)
    return Body(os_extend=field_class(pkg, Body, "os-extend")(new_size=size))


def error_rows(code):
    return [e for e in spec()["x-error-codes"] if e["code"] == code]


# --------------------------------------------------------------------------- requests
def test_request_line_token_and_unknown_keys(pkg, server, client):
    server.reply(Reply(200, {"volume": {"id": "v1", "status": "a-status-from-the-future",
                                        "brand_new_field": [1, 2]},
                             "top_level_extra": {"x": None}}))
    result = getattr(client, SHOW)(volume_id="vol 1/é")
    seen = server.seen[-1]
    assert seen.method == "GET"
    assert seen.target == f"/v2/{PROJECT}/cloudvolumes/vol%201%2F%C3%A9"
    assert seen.headers["x-auth-token"] == "tok-1"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["user-agent"].startswith("evs-client/")
    assert "authorization" not in seen.headers and seen.body == b""
    # unknown keys survive, at both levels, and an unlisted enum value is accepted
    assert result.additional_properties == {"top_level_extra": {"x": None}}
    assert result.volume.id == "v1"
    assert result.volume.additional_properties == {"brand_new_field": [1, 2]}
    assert result.volume.status == "a-status-from-the-future"
    assert not result.volume.status.known
    sent = json.loads(json.dumps(result.to_dict()))  # the stub adds always-present keys
    assert sent["top_level_extra"] == {"x": None}
    assert {k: sent["volume"][k] for k in ("id", "status", "brand_new_field")} == {
        "id": "v1", "status": "a-status-from-the-future", "brand_new_field": [1, 2]}


def test_known_enum_value_is_a_member(pkg, server, client):
    server.reply(Reply(200, {"volume": {"status": "available"}}))
    status = getattr(client, SHOW)(volume_id="v").volume.status
    assert status.known and status == "available" and type(status).__name__.endswith("Status")


def test_body_json_names_and_unset_optionals(pkg, server, client):
    Body = body_class(pkg, CREATE)
    Option, Hints = field_class(pkg, Body, "volume"), field_class(
        pkg, Body, "OS-SCH-HNT:scheduler_hints")
    body = Body(
        volume=Option(availability_zone="az1", size=40, volume_type="SSD", image_ref="img-1"),
        os_sch_hnt_scheduler_hints=Hints(dedicated_storage_id="ds-1"),
    )
    server.reply(Reply(200, {"job_id": "j1", "order_id": "o1", "volume_ids": ["v1"]}))
    result = getattr(client, CREATE)(body=body)
    seen = server.seen[-1]
    assert (seen.method, seen.path) == ("POST", f"/v2.1/{PROJECT}/cloudvolumes")
    assert seen.headers["content-type"].startswith("application/json")
    assert seen.json == {
        "volume": {"availability_zone": "az1", "size": 40, "volume_type": "SSD",
                   "imageRef": "img-1"},
        "OS-SCH-HNT:scheduler_hints": {"dedicated_storage_id": "ds-1"},
    }  # no bssParam / server_id / nulls: unset optionals are not sent
    assert result.job_id == "j1"


def test_colon_and_underscore_names_sent_as_spec_keys(pkg, server, client):
    Body = body_class(pkg, ADD_METADATA)
    Metadata = field_class(pkg, Body, "metadata")
    body = Body(metadata=Metadata(hw_passthrough="true", system_cmkid="cmk-1"))
    getattr(client, ADD_METADATA)(volume_id="v1", body=body)
    assert server.seen[-1].json == {"metadata": {"hw:passthrough": "true",
                                                 "__system__cmkid": "cmk-1"}}
    parsed = Metadata.from_dict({"hw:passthrough": "false", "__system__encrypted": "1",
                                   "zzz": 3})
    assert (parsed.hw_passthrough, parsed.system_encrypted) == ("false", "1")
    assert parsed.additional_properties == {"zzz": 3}


def test_query_params_unset_not_sent_and_typed(pkg, server, client):
    server.reply(Reply(200, {"volumes": []}))
    getattr(client, LIST)(limit=5, multiattach=False, name="a b+c")
    seen = server.seen[-1]
    assert seen.path == f"/v2/{PROJECT}/cloudvolumes/detail"
    assert seen.query == [("name", "a b+c"), ("limit", "5"), ("multiattach", "false")]
    assert "name=a%20b%2Bc" in seen.raw_query  # a space is %20, never '+'


def test_project_id_argument_overrides_config_and_missing_is_an_error(pkg, server):
    with pkg.Client(endpoint=server.url, token="t") as c:
        getattr(c, ZONES)(project_id="other")
        assert server.seen[-1].path == "/v2/other/os-availability-zone"
        with pytest.raises(pkg.ConfigError, match="PROJECT_ID"):
            getattr(c, ZONES)()


def test_settings_from_environment(pkg, server, monkeypatch):
    monkeypatch.setenv("EVS_ENDPOINT", server.url)
    monkeypatch.setenv("EVS_PROJECT_ID", "env-project")
    monkeypatch.setenv("EVS_TOKEN", "env-token")
    with pkg.Client() as c:
        getattr(c, ZONES)()
    seen = server.seen[-1]
    assert seen.path == "/v2/env-project/os-availability-zone"
    assert seen.headers["x-auth-token"] == "env-token"


def test_detailed_returns_status_headers_and_body(pkg, server, client):
    server.reply(Reply(200, {"availabilityZoneInfo": []}, {"X-Request-Id": "rid-9"}))
    r = getattr(client, ZONES + "_detailed")()
    assert r.status_code == 200 and r.request_id == "rid-9"
    assert r.headers["x-request-id"] == "rid-9"
    assert r.content == b'{"availabilityZoneInfo": []}'
    assert r.parsed.availability_zone_info == []


# --------------------------------------------------------------------------- AK/SK
def test_aksk_signature_verified_by_server(pkg, server):
    server.reply(Reply(200, {"volumes": []}), Reply(200, {"job_id": "j"}))
    with pkg.Client(endpoint=server.url, project_id=PROJECT, ak=AK, sk=SK) as c:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            getattr(c, VENDOR_LIST)(ids=["id 1", "id2"], name="x y",
                                                       limit=3)
        getattr(c, EXTEND)(volume_id="v1", body=extend_body(pkg, 100))
    get, post = server.seen[-2:]
    assert get.query == [("ids", "id 1"), ("ids", "id2"), ("limit", "3"), ("name", "x y")] or \
        sorted(get.query) == sorted([("ids", "id 1"), ("ids", "id2"), ("limit", "3"),
                                     ("name", "x y")])
    assert [v for k, v in get.query if k == "ids"] == ["id 1", "id2"]  # an array repeats
    assert "%20" in get.raw_query and "+" not in get.raw_query
    for seen in (get, post):
        ok, names = signature_ok(seen, AK, SK)
        assert ok, seen
        assert {"host", "x-sdk-date", "x-project-id"} <= set(names)
        assert seen.headers["x-project-id"] == PROJECT
        assert "x-auth-token" not in seen.headers
    assert "content-type" in signature_ok(post, AK, SK)[1]
    assert post.json == {"os-extend": {"new_size": 100}}
    # the check can fail: a changed body or a wrong key does not verify
    tampered = type(post)(post.method, post.target, post.headers, post.body + b" ")
    assert not signature_ok(tampered, AK, SK)[0]
    assert not signature_ok(post, AK, SK + "x")[0]


# --------------------------------------------------------------------------- errors
def test_error_fields_with_manual_description_and_remedy(pkg, server, client):
    rows = error_rows("EVS.5400")
    assert len(rows) > 1  # the manual repeats this code: the message picks the row
    row = rows[1]
    server.reply(Reply(400, {"error": {"code": "EVS.5400", "message": row["message"]}},
                       {"X-Request-Id": "req-42"}))
    with pytest.raises(pkg.ApiError) as info:
        getattr(client, SHOW)(volume_id="v1")
    err = info.value
    assert (err.status_code, err.error_code, err.error_msg, err.message) == (
        400, "EVS.5400", row["message"], row["message"])
    assert err.request_id == "req-42"
    assert (err.description, err.remedy) == (row["description"], row["remedy"])
    assert err.operation == SHOW and err.method == "GET"
    assert "EVS.5400" in str(err) and row["remedy"] in str(err)
    assert isinstance(err, pkg.ClientError)


def test_error_in_error_code_error_msg_form(pkg, server, client):
    row = error_rows("EVS.2088")[0]
    server.reply(Reply(row["status"], {"error_code": "EVS.2088", "error_msg": "something"}))
    with pytest.raises(pkg.ApiError) as info:
        getattr(client, ZONES)()
    err = info.value
    assert err.status_code == row["status"] and err.error_code == "EVS.2088"
    assert err.error_msg == "something" and err.request_id is None
    assert (err.description, err.remedy) == (row["description"], row["remedy"])


def test_error_without_json_body(pkg, server, client):
    server.reply(Reply(404, b"<html>not found</html>"))
    with pytest.raises(pkg.ApiError) as info:
        getattr(client, ZONES)()
    assert info.value.status_code == 404 and info.value.error_code is None
    assert info.value.description is None and info.value.body is None


def test_success_body_not_as_documented(pkg, server, client):
    server.reply(Reply(200, [1, 2]))
    with pytest.raises(pkg.UnexpectedResponseError) as info:
        getattr(client, ZONES)()
    assert info.value.status_code == 200 and info.value.content == b"[1, 2]"


# --------------------------------------------------------------------------- retries
def test_get_retried_on_503_and_429(pkg, server, client):
    server.reply(Reply(503), Reply(429, headers={"Retry-After": "0"}),
                 Reply(200, {"availabilityZoneInfo": []}))
    assert getattr(client, ZONES)().availability_zone_info == []
    assert len(server.seen) == 3


def test_get_gives_up_after_attempts(pkg, server, client):
    server.reply(Reply(503), Reply(503), Reply(503), Reply(200, {}))
    with pytest.raises(pkg.ApiError) as info:
        getattr(client, ZONES)()
    assert info.value.status_code == 503 and len(server.seen) == 3


def test_post_not_retried(pkg, server, client):
    server.reply(Reply(503), Reply(200, {"job_id": "j"}))
    with pytest.raises(pkg.ApiError) as info:
        getattr(client, EXTEND)(volume_id="v1", body=extend_body(pkg, 1))
    assert info.value.status_code == 503 and len(server.seen) == 1


def test_post_retried_when_configured(pkg, server):
    server.reply(Reply(503), Reply(200, {"job_id": "j"}))
    retry = fast_retry(pkg, methods=frozenset({"GET", "POST"}))
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t", retry=retry) as c:
        getattr(c, EXTEND)(volume_id="v1", body=extend_body(pkg, 1))
    assert len(server.seen) == 2


def test_connection_dropped_retried_for_get_only(pkg, server, client):
    server.reply(Reply(drop=True), Reply(200, {"availabilityZoneInfo": []}))
    getattr(client, ZONES)()
    assert len(server.seen) == 2
    server.reply(Reply(drop=True))
    with pytest.raises(pkg.TransportError):
        getattr(client, EXTEND)(volume_id="v1", body=extend_body(pkg, 1))
    assert len(server.seen) == 3


def test_timeout(pkg, server):
    server.reply(Reply(200, {}, delay=1.0))
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t", timeout=0.2,
                    retry=pkg.Retry(attempts=1)) as c, \
            pytest.raises(pkg.TransportError, match="Timeout"):
        getattr(c, ZONES)()


def test_retry_delay_grows_with_jitter(pkg):
    retry = pkg.Retry(backoff=1.0, max_backoff=5.0)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        delays = {retry.delay(attempt) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered
    assert retry.delay(1, "3") == 3.0 and retry.delay(1, "99") == 5.0


# --------------------------------------------------------------------------- deprecation
def test_deprecated_operation_warns_with_replacement(pkg, server, client):
    replaced = operation("POST", "/v2/{project_id}/volumes/{volume_id}/action", "os-extend")
    assert replaced["x-replaced-by"]["operationId"] == operation(
        "POST", "/v3/{project_id}/volumes/{volume_id}/action", "os-extend")["operationId"]
    Body = body_class(pkg, EXTEND_OLD)
    with pytest.warns(DeprecationWarning, match=rf"{EXTEND_OLD} .*{EXTEND_V3}") as record:
        getattr(client, EXTEND_OLD)(volume_id="v1", body=Body(
            os_extend=field_class(pkg, Body, "os-extend")(new_size=2)))
    assert record[0].filename == __file__  # points at the caller
    assert hasattr(client, EXTEND_V3)
    assert server.seen[-1].path == f"/v2/{PROJECT}/volumes/v1/action"
    assert server.seen[-1].json == {"os-extend": {"new_size": 2}}


def test_current_operation_does_not_warn(pkg, server, client):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        getattr(client, ZONES)()


# --------------------------------------------------------------------------- pagination
def _volume_pages(ids):
    def handler(seen):
        q = dict(seen.query)
        limit = int(q.get("limit", "1000"))
        start = ids.index(q["marker"]) + 1 if "marker" in q else int(q.get("offset", "0"))
        page = ids[start:start + limit]
        return Reply(200, {"volumes": [{"id": i} for i in page], "transfers": [
            {"id": i} for i in page]})
    return handler


def test_marker_pagination(pkg, server, client):
    ids = [f"v{i}" for i in range(7)]
    server.handler = _volume_pages(ids)
    got = [v.id for v in getattr(client, "iter_" + LIST)(limit=3, name="n")]
    assert got == ids
    markers = [dict(s.query).get("marker") for s in server.seen]
    assert markers == [None, "v2", "v5"]
    assert all(dict(s.query)["name"] == "n" for s in server.seen)


def test_offset_pagination(pkg, server, client):
    ids = [f"t{i}" for i in range(5)]
    server.handler = _volume_pages(ids)
    got = [t.id for t in getattr(client, "iter_" + TRANSFERS)(limit=2)]
    assert got == ids
    assert [dict(s.query).get("offset") for s in server.seen] == [None, "2", "4"]


def test_pagination_stops_when_server_ignores_paging(pkg, server, client):
    server.handler = lambda seen: Reply(200, {"transfers": [{"id": "a"}, {"id": "b"}]})
    assert [t.id for t in getattr(client, "iter_" + TRANSFERS)()] == ["a", "b"]
    assert len(server.seen) == 2


# --------------------------------------------------------------------------- async
def test_async_client(pkg, server):
    ids = [f"v{i}" for i in range(4)]
    page_handler = _volume_pages(ids)

    async def main():
        async with pkg.AsyncClient(endpoint=server.url, project_id=PROJECT, ak=AK, sk=SK,
                                   retry=fast_retry(pkg)) as c:
            server.reply(Reply(503), Reply(200, {"availabilityZoneInfo": [
                {"zoneName": "az1", "zoneState": {"available": True}}]}))
            zones = await getattr(c, ZONES)()
            server.handler = page_handler
            paged = [v.id async for v in getattr(c, "iter_" + LIST)(limit=3)]
            server.handler = None
            server.reply(Reply(400, {"error": {"code": "EVS.5400", "message": "x"}},
                               {"X-Request-Id": "r1"}))
            with pytest.raises(pkg.ApiError) as info:
                await getattr(c, SHOW)(volume_id="v")
            with pytest.warns(DeprecationWarning, match=LIST):
                await getattr(c, VENDOR_LIST)(ids=["a", "b"])
            detailed = await getattr(c, ZONES + "_detailed")()
            return zones, paged, info.value, detailed

    zones, paged, err, detailed = asyncio.run(main())
    assert zones.availability_zone_info[0].zone_name == "az1"
    assert paged == ids
    assert err.request_id == "r1" and err.error_code == "EVS.5400"
    assert err.description is None and len(err.rows) > 1  # several rows, none matching
    assert len(str(err)) < 200 and "see .rows" in str(err)
    assert detailed.status_code == 200
    assert [v for k, v in server.seen[-2].query if k == "ids"] == ["a", "b"]
    assert all(signature_ok(s, AK, SK)[0] for s in server.seen)


# --------------------------------------------------------------------------- manual examples
def _dump(value):
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


def _argument(name, annotation):
    text = str(annotation)
    if text.startswith("int"):
        return 1
    if text.startswith("bool"):
        return True
    if text.startswith("Sequence"):
        return ["x"]
    return "x"


def op_name(operation_id):
    from extractor.generate.client.names import METHOD_AVOID, identifier
    return identifier(operation_id, "op", METHOD_AVOID)


def _examples_cases():
    """(method name, section or None, HTTP method, status, example value) for every
    readable success example of the spec that matches its schema."""
    cases = []
    for item in spec()["paths"].values():
        for http, op in item.items():
            variants = op.get("x-variants") or [None]
            for v in variants:
                src = v or op
                section = v["x-source"]["section"] if v else None
                for status, resp in op["responses"].items():
                    if int(status) >= 400:
                        continue
                    media = resp.get("content", {}).get("application/json", {})
                    for ex in media.get("examples", {}).values():
                        if "value" not in ex or not ex.get("x-valid"):
                            continue
                        if section and ex["x-source"]["section"] != section:
                            continue
                        name = op_name(src["operationId"])
                        cases.append((name, http.upper(), int(status), ex["value"]))
    return cases


def test_every_success_example_of_the_manual_round_trips(pkg, server, client):
    import inspect
    cases = _examples_cases()
    assert len(cases) > 80
    for name, http, status, value in cases:
        method = getattr(client, name + "_detailed")
        kwargs = {p.name: ({} if p.name == "body" else _argument(p.name, p.annotation))
                  for p in inspect.signature(method).parameters.values()
                  if p.default is p.empty}
        server.reply(Reply(status, value))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            r = method(**kwargs)
        assert server.seen[-1].method == http
        assert r.status_code == status and r.parsed is not None, name
        assert _dump(r.parsed) == value, name


def test_variants_share_the_endpoint_with_their_own_bodies(pkg, server, client):
    op = spec()["paths"]["/v3/{project_id}/volumes/{volume_id}/action"]["post"]
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    for v in op["x-variants"]:
        name = op_name(v["operationId"])
        call = getattr(client, name)
        cls = body_class(pkg, name)
        for req in v["x-request-examples"]:
            value = examples[req["body"]]["value"]
            body = cls.from_dict(value)
            assert body.to_dict() == value
            server.reply(Reply(200))
            call(volume_id="v9", body=body)
            seen = server.seen[-1]
            assert (seen.method, seen.path) == ("POST", f"/v3/{PROJECT}/volumes/v9/action")
            assert seen.json == value and list(seen.json) == [v["key"]]


def test_region_and_host_endpoints(pkg, server):
    port = server.url.rsplit(":", 1)[1]
    with pkg.Client(endpoint=f"http://{{region}}:{port}", region="127.0.0.1",
                    project_id=PROJECT, token="t") as c:
        getattr(c, ZONES)()
    assert server.seen[-1].headers["host"] == f"127.0.0.1:{port}"
    assert pkg.Config(endpoint="evs.example.com").base_url == "https://evs.example.com"
    with pytest.raises(pkg.ConfigError, match="REGION"):
        _ = pkg.Config(endpoint="https://evs.{region}.example.com").base_url
    with pytest.raises(pkg.ConfigError, match="ENDPOINT"):
        _ = pkg.Config().base_url


def test_dot_path_parameters_are_not_normalised_away(pkg, server, client):
    for value, sent in ((".", "%2E"), ("..", "%2E%2E"), ("a.b", "a.b")):
        server.reply(Reply(200, {"volume": {"id": value}}))
        getattr(client, SHOW)(volume_id=value)
        assert server.seen[-1].target == f"/v2/{PROJECT}/cloudvolumes/{sent}"
