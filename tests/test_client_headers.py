"""Documented response headers on the client's typed result: ``<method>_detailed`` returns a
HeadedResponse whose ``response_headers`` reads each header with its schema's type; a
variant gets only its own headers; a missing required header or a bad value is an
UnexpectedResponseError, as a body that does not match is."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
from test_client_support import Reply, StubServer, generate, import_generated


def headers_spec() -> dict:
    rows = {"X-Rate-Remaining": ({"type": "integer"}, True),
            "X-Class": ({"type": "boolean"}, False),
            "Location": ({"type": "string"}, False)}
    thing = {"type": "object", "properties": {"id": {"type": "string"}}}
    return {
        "openapi": "3.0.3", "info": {"title": "Heads", "version": "1"},
        "components": {"schemas": {
            "Thing": thing,
            "Made": {**thing, "x-source": {"section": "1.2"}},
            "Moved": {**thing, "x-source": {"section": "1.3"}}}},
        "paths": {
            "/things": {"get": {"operationId": "listThings", "responses": {"200": {
                "description": "ok",
                "headers": {name: {"description": f"the {name} header", "required": req,
                                   "schema": schema} for name, (schema, req) in rows.items()},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
            "/things/action": {"post": {
                "operationId": "thingAction",
                "x-variants": [{"operationId": "makeThing", "x-source": {"section": "1.2"}},
                               {"operationId": "moveThing", "x-source": {"section": "1.3"}}],
                "responses": {"200": {
                    "description": "ok",
                    "headers": {"Location": {"required": False, "schema": {"type": "string"},
                                             "x-source": {"section": "1.2"}}},
                    "content": {"application/json": {"schema": {"anyOf": [
                        {"$ref": "#/components/schemas/Made"},
                        {"$ref": "#/components/schemas/Moved"}]}}}}}}},
        },
    }


@pytest.fixture(scope="module")
def heads():
    root = generate(headers_spec(), "heads_client")
    return root, import_generated(root, "heads_client")


@pytest.fixture
def server():
    s = StubServer()
    s.fill = False
    yield s
    s.close()


def test_typed_headers_read_from_a_real_response(heads, server):
    _, pkg = heads
    server.reply(Reply(200, {"id": "a"}, {"X-Rate-Remaining": "7", "X-Class": "true",
                                          "Location": "/things/a"}))
    with pkg.Client(endpoint=server.url) as c:
        r = c.list_things_detailed()
    assert isinstance(r, pkg.DetailedResponse) and r.parsed.id == "a"
    h = r.response_headers
    assert (h.x_rate_remaining, h.x_class, h.location) == (7, True, "/things/a")
    assert [f.name for f in dataclasses.fields(h)] == ["x_rate_remaining", "x_class", "location"]


def test_optional_headers_missing_are_unset(heads, server):
    _, pkg = heads
    server.reply(Reply(200, {"id": "a"}, {"x-rate-remaining": "0"}))   # any case
    with pkg.Client(endpoint=server.url) as c:
        h = c.list_things_detailed().response_headers
    assert h.x_rate_remaining == 0 and h.x_class is pkg.UNSET and h.location is pkg.UNSET


@pytest.mark.parametrize("headers", [{}, {"X-Rate-Remaining": "many"},
                                     {"X-Rate-Remaining": "1", "X-Class": "maybe"}])
def test_a_missing_required_or_bad_header_is_an_unexpected_response(heads, server, headers):
    _, pkg = heads
    server.reply(Reply(200, {"id": "a"}, headers))
    with pkg.Client(endpoint=server.url) as c:
        with pytest.raises(pkg.UnexpectedResponseError, match="headers do not match"):
            c.list_things_detailed()


def test_a_variant_reads_only_its_own_headers(heads, server):
    _, pkg = heads
    server.reply(Reply(200, {"id": "a"}, {"Location": "/x"}))
    server.reply(Reply(200, {"id": "b"}, {"Location": "/y"}))
    with pkg.Client(endpoint=server.url) as c:
        made = c.make_thing_detailed()
        moved = c.move_thing_detailed()
    assert made.response_headers.location == "/x"
    assert not hasattr(moved, "response_headers") and moved.headers["Location"] == "/y"


def test_the_stub_sends_the_documented_headers_the_client_reads(heads, tmp_path):
    """The generated stub answers with a synthesized value for every required header (and
    the dispatched operation's own), which the generated client reads with its type."""
    from test_server_support import run_stub

    from extractor.generate.server import generate_server
    _, pkg = heads
    generate_server(headers_spec(), tmp_path, stem="heads")
    with run_stub(tmp_path, "heads_stub") as stub:
        with pkg.Client(endpoint=f"http://127.0.0.1:{stub.port}", token="t") as c:
            r = c.list_things_detailed()
    assert isinstance(r.response_headers.x_rate_remaining, int)
    assert r.headers["X-Rate-Remaining"] == str(r.response_headers.x_rate_remaining)


@pytest.mark.slow  # mypy on a fresh package, about 25 s
def test_the_headers_package_passes_mypy_strict(heads, tmp_path):
    root, _ = heads
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir",
                        str(tmp_path), "heads_client"], cwd=root, capture_output=True,
                       text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stdout[-3000:]
