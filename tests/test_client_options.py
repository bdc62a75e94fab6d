"""Per-call options, request ids, error classes, region endpoints, honest types and OAS 3.1
input of the generated client, over real HTTP on 127.0.0.1."""
from __future__ import annotations

import asyncio
import copy
import json
import typing

import pytest
from click.testing import CliRunner
from test_client_support import (
    ROOT,
    Reply,
    StubServer,
    evs_client,
    generate,
    import_generated,
    method,
    spec,
)

from extractor.generate.client import render_client

PROJECT = "p-options"
ZONES = method("GET", "/v2/{project_id}/os-availability-zone")
SHOW = method("GET", "/v2/{project_id}/cloudvolumes/{volume_id}")


@pytest.fixture(scope="module")
def pkg():
    return evs_client()


@pytest.fixture
def server():
    s = StubServer()
    yield s
    s.close()


def fast(pkg, **kw):
    return pkg.Retry(backoff=0.01, max_backoff=0.02, **kw)


# --------------------------------------------------------------------------- per call
def test_per_call_headers_win_case_insensitively(pkg, server):
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t",
                    headers={"x-trace": "config", "accept": "application/json"}) as c:
        getattr(c, ZONES)()
        getattr(c, ZONES)(headers={"X-TRACE": "call", "X-Other": "1"})
        getattr(c, ZONES)()
    first, second, third = server.seen[-3:]
    assert first.headers["x-trace"] == "config" and "x-other" not in first.headers
    assert second.headers["x-trace"] == "call" and second.headers["x-other"] == "1"
    assert third.headers["x-trace"] == "config"  # the call's headers were for that call only


def test_per_call_timeout_and_retry(pkg, server):
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t", timeout=5,
                    retry=fast(pkg)) as c:
        server.reply(Reply(200, {}, delay=0.6))
        with pytest.raises(pkg.RequestTimeoutError) as info:
            getattr(c, ZONES)(timeout=0.2, retry=pkg.Retry(attempts=1))
        assert isinstance(info.value, pkg.TransportError) and info.value.request_id is None
        assert info.value.attempts == 1
        server.seen.clear()
        server.reply(Reply(503))
        with pytest.raises(pkg.ServerError):
            getattr(c, ZONES)(retry=pkg.Retry(attempts=1))  # this call: no retry
        assert len(server.seen) == 1
        server.reply(Reply(503), Reply(200, {"availabilityZoneInfo": []}))
        getattr(c, ZONES)()  # the configured policy retries
        assert len(server.seen) == 3


def test_async_per_call_options(pkg, server):
    async def main():
        async with pkg.AsyncClient(endpoint=server.url, project_id=PROJECT, token="t",
                                   retry=fast(pkg)) as c:
            server.reply(Reply(200, {"availabilityZoneInfo": []}, {"X-Request-Id": "a-1"}))
            zones = await getattr(c, ZONES)(headers={"X-Trace": "async"})
            server.reply(Reply(200, {}, delay=0.6))
            with pytest.raises(pkg.RequestTimeoutError):
                await getattr(c, ZONES)(timeout=0.2, retry=pkg.Retry(attempts=1))
            return zones

    zones = asyncio.run(main())
    assert zones.request_id == "a-1"
    assert server.seen[0].headers["x-trace"] == "async"


# --------------------------------------------------------------------------- request ids
def test_every_response_and_error_has_the_request_id(pkg, server):
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t",
                    retry=pkg.Retry(attempts=1)) as c:
        server.reply(Reply(200, {"volume": {"id": "v"}}, {"X-Request-Id": "r-200"}))
        shown = getattr(c, SHOW)(volume_id="v")
        assert shown.request_id == "r-200"
        assert "request_id" not in shown.to_dict() and shown == type(shown).from_dict(
            shown.to_dict())  # not part of the JSON, nor of equality
        server.reply(Reply(200, {"volume": {"id": "v"}}, {"X-Request-Id": "r-d"}))
        assert getattr(c, SHOW + "_detailed")(volume_id="v").request_id == "r-d"
        server.reply(Reply(404, {"error": {"code": "X", "message": "m"}},
                           {"X-Request-Id": "r-404"}))
        with pytest.raises(pkg.ClientError) as client_error:
            getattr(c, SHOW)(volume_id="v")
        server.reply(Reply(502, b"bad gateway", {"X-Request-Id": "r-502"}))
        with pytest.raises(pkg.ServerError) as server_error:
            getattr(c, SHOW)(volume_id="v")
        server.reply(Reply(200, [1], {"X-Request-Id": "r-bad"}))
        with pytest.raises(pkg.UnexpectedResponseError) as unexpected:
            getattr(c, SHOW)(volume_id="v")
    assert client_error.value.request_id == "r-404" and client_error.value.status == 404
    assert server_error.value.request_id == "r-502" and server_error.value.status == 502
    assert unexpected.value.request_id == "r-bad"
    for err in (client_error.value, server_error.value, unexpected.value):
        assert isinstance(err, pkg.SdkError) and isinstance(err, pkg.ResponseError)
    assert not isinstance(client_error.value, pkg.ServerError)


# --------------------------------------------------------------------------- errors
def test_error_str_is_one_short_line_and_rows_stay_available(pkg, server):
    rows = [e for e in spec()["x-error-codes"] if e["code"] == "EVS.5400"]
    assert len(rows) > 2
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t") as c:
        server.reply(Reply(400, {"error": {"code": "EVS.5400", "message": "not in the manual"}},
                           {"X-Request-Id": "r-1"}))
        with pytest.raises(pkg.ClientError) as info:
            getattr(c, SHOW)(volume_id="v")
        server.reply(Reply(400, {"error": {"code": "EVS.5400", "message": rows[2]["message"]}}))
        with pytest.raises(pkg.ClientError) as matched:
            getattr(c, SHOW)(volume_id="v")
    err = info.value
    text = str(err)
    assert "\n" not in text and len(text) < 200, text
    assert text.startswith("EVS.5400 not in the manual (HTTP 400")
    assert "request id r-1" in text and "Remedy:" in text
    assert (err.error_code, err.error_msg, err.status) == ("EVS.5400", "not in the manual", 400)
    assert [(r.status, r.message, r.description, r.remedy) for r in err.rows] == [
        (r["status"], r["message"], r["description"], r["remedy"]) for r in rows]
    short = str(matched.value)
    assert matched.value.remedy == rows[2]["remedy"]
    assert short.endswith("Remedy: " + " ".join(rows[2]["remedy"].split())[:160]) or \
        short.endswith("...")


# --------------------------------------------------------------------------- endpoints
def tiny(servers=None) -> dict:
    doc = {"openapi": "3.0.3", "info": {"title": "Tiny", "version": "1"},
           "paths": {"/ping": {"get": {"operationId": "ping", "summary": "Ping",
                                       "responses": {"204": {"description": "ok"}}}}}}
    if servers is not None:
        doc["servers"] = servers
    return doc


REGIONAL = [{"url": "https://{service}.{region}.example-cloud.com",
             "variables": {"service": {"default": "tiny"},
                           "region": {"default": "north-1", "enum": ["north-1", "south-2"]}}}]


def test_region_picks_the_documented_endpoint():
    pkg = import_generated(generate(tiny(REGIONAL), "regional_client"), "regional_client")
    assert pkg.Config(region="south-2").base_url == "https://tiny.south-2.example-cloud.com"
    # an endpoint wins over the region; a bare host takes the server URL's scheme
    assert pkg.Config(region="south-2", endpoint="http://127.0.0.1:9").base_url == \
        "http://127.0.0.1:9"
    assert pkg.Config(endpoint="tiny.example.org").base_url == "https://tiny.example.org"
    with pytest.raises(pkg.ConfigError, match="REGION"):
        _ = pkg.Config().base_url
    env = pkg.Config.from_env({"REGIONAL_REGION": "north-1"})
    assert env.base_url == "https://tiny.north-1.example-cloud.com"


def test_region_alone_is_not_enough_when_the_url_does_not_depend_on_it():
    doc = tiny([{"url": "https://{endpoint}", "variables": {"endpoint": {"default": "x"}}}])
    pkg = import_generated(generate(doc, "hosted_client"), "hosted_client")
    assert pkg.Config(endpoint="h.example.com").base_url == "https://h.example.com"
    with pytest.raises(pkg.ConfigError, match="ENDPOINT"):
        _ = pkg.Config(region="north-1").base_url


def test_shipped_client_reads_the_servers_of_the_spec(pkg):
    meta = __import__(pkg.__name__ + "._meta", fromlist=["x"])
    assert meta.SERVER_URL == spec()["servers"][0]["url"]


def test_region_endpoint_reaches_a_server(server):
    host, port = server.url.removeprefix("http://").split(":")
    doc = tiny([{"url": "http://{region}:" + port, "variables": {"region": {"default": "x"}}}])
    pkg = import_generated(generate(doc, "local_client"), "local_client")
    server.reply(Reply(204))
    with pkg.Client(region=host) as c:
        c.ping()
    assert server.seen[-1].headers["host"] == f"{host}:{port}"


# --------------------------------------------------------------------------- types
def test_fields_always_present_are_plain_and_checked(server):
    doc = tiny()
    doc["paths"]["/thing"] = {"get": {"operationId": "showThing", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/Thing"}}}}}}}
    doc["components"] = {"schemas": {"Thing": {
        "type": "object", "required": ["id"], "x-always-present": ["name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                       "note": {"type": "string"}}}}}
    pkg = import_generated(generate(doc, "typed_client"), "typed_client")
    thing = __import__("typed_client.models", fromlist=["x"]).Thing
    hints = typing.get_type_hints(thing, localns={"Unset": pkg.Unset})
    assert hints["id"] is str and hints["name"] is str
    assert hints["note"] == str | pkg.Unset
    server.reply(Reply(200, {"id": "1", "name": "n"}), Reply(200, {"id": "1"}))
    with pkg.Client(endpoint=server.url) as c:
        assert c.show_thing().name == "n"
        with pytest.raises(pkg.UnexpectedResponseError, match="name"):
            c.show_thing()


def test_required_request_fields_are_plain_in_the_shipped_client(pkg):
    """Every field the spec marks required or always present is a plain type; the others
    allow Unset."""
    from extractor.generate.client.schema_types import TypeRegistry
    models = __import__(pkg.__name__ + ".models", fromlist=["x"])
    ns = {n: getattr(models, n) for n in models.__all__}
    ns.update(Unset=pkg.Unset, Any=typing.Any)
    registry = TypeRegistry(spec())  # schema name -> class name, as the generator names it
    plain = optional = 0
    for name, schema in spec()["components"]["schemas"].items():
        if name not in registry.models:
            continue
        cls = ns[registry.models[name].name]
        hints = typing.get_type_hints(cls, localns=ns)
        by_json = {f.json_name: f.name for f in registry.models[name].fields}
        for key in schema.get("properties") or {}:
            has_unset = pkg.Unset in typing.get_args(hints[by_json[key]])
            if key in (schema.get("required") or []) + (schema.get("x-always-present") or []):
                assert not has_unset, (name, key)
                plain += 1
            else:
                assert has_unset, (name, key)
                optional += 1
    assert plain > 80 and optional > 500


# --------------------------------------------------------------------------- OAS 3.1
def _build(tmp_path_factory, version: str) -> dict:
    from extractor.cli import main
    out = tmp_path_factory.mktemp("oas" + version.replace(".", ""))
    r = CliRunner().invoke(main, ["build", str(ROOT / "manuals" / "evs-api-reference.txt"),
                                  "--oas", version, "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))


def test_oas31_spec_gives_the_same_client(tmp_path_factory):
    spec30, spec31 = _build(tmp_path_factory, "3.0"), _build(tmp_path_factory, "3.1")
    assert spec31["openapi"].startswith("3.1") and spec30["openapi"].startswith("3.0")
    assert any(isinstance(s.get("type"), list) for s in spec31["components"]["schemas"].values()
               for s in [*s.get("properties", {}).values()])  # 3.1 spellings are present
    assert render_client(spec31, "evs_client") == render_client(spec30, "evs_client")


def test_oas31_nullable_spellings(server):
    doc = copy.deepcopy(tiny())
    doc["openapi"] = "3.1.0"
    doc["paths"]["/thing"] = {"get": {"operationId": "showThing", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/Thing"}}}}}}}
    doc["components"] = {"schemas": {
        "Thing": {"type": ["object", "null"], "required": ["a", "b", "c", "d"], "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]},
            "c": {"type": ["integer", "string"]},
            "d": {"type": ["array", "null"], "items": {"type": "string",
                                                        "enum": ["x", "y", None]}}}},
        "Inner": {"type": "object", "properties": {"x": {"type": "integer"}}}}}
    pkg = import_generated(generate(doc, "oas31_client"), "oas31_client")
    models = __import__("oas31_client.models", fromlist=["x"])
    hints = typing.get_type_hints(models.Thing, localns={
        n: getattr(models, n) for n in models.__all__} | {"Any": typing.Any})
    assert hints["a"] == str | None
    assert hints["b"] == models.Inner | None
    assert hints["c"] is typing.Any
    assert typing.get_args(hints["d"])[1] is type(None)
    server.reply(Reply(200, {"a": None, "b": {"x": 1}, "c": 3, "d": ["x", None]}))
    with pkg.Client(endpoint=server.url) as c:
        thing = c.show_thing()
    assert thing.a is None and thing.b.x == 1 and thing.c == 3 and thing.d[0] == "x"


def test_with_options_shares_the_connections(pkg, server):
    with pkg.Client(endpoint=server.url, project_id=PROJECT, token="t",
                    headers={"X-Trace": "base"}) as c:
        traced = c.with_options(headers={"x-trace": "derived", "X-More": "1"}, timeout=3,
                                retry=pkg.Retry(attempts=1))
        assert traced._transport.http is c._transport.http
        assert traced.config.timeout == 3 and traced.config.retry.attempts == 1
        getattr(traced, ZONES)()
        traced.close()  # the shared pool stays open
        getattr(c, ZONES)()
    derived, base = server.seen[-2:]
    assert derived.headers["x-trace"] == "derived" and derived.headers["x-more"] == "1"
    assert base.headers["x-trace"] == "base" and "x-more" not in base.headers

    async def run():
        async with pkg.AsyncClient(endpoint=server.url, project_id=PROJECT, token="t") as a:
            await getattr(a.with_options(headers={"X-Async": "1"}), ZONES)()
    asyncio.run(run())
    assert server.seen[-1].headers["x-async"] == "1"
