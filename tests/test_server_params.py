"""The stub on a small spec of its own: header, cookie and array parameters reach the
handler typed and validated; an invalid example is replaced by a synthesized body;
an http bearer scheme; error codes from a different x-error-codes table."""
from __future__ import annotations

import pytest
from test_server_support import SchemaCheck, run_stub

from extractor.generate.server import generate_server

ITEM = {"type": "object", "required": ["id", "name"],
        "properties": {"id": {"type": "integer", "minimum": 1},
                       "name": {"type": "string", "minLength": 2, "maxLength": 4},
                       "tags": {"type": "array", "minItems": 2, "items": {"type": "string"}},
                       "parent": {"$ref": "#/components/schemas/Item"},
                       "note": {"type": "string", "nullable": True}}}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1"},
    "security": [{"bearer": []}],
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                   "schemas": {"Item": ITEM}},
    "x-error-codes": [
        {"status": 400, "code": "IT.0001", "message": "Malformed request url."},
        {"status": 400, "code": "IT.0002", "message": "Malformed request body."},
        {"status": 404, "code": "IT.0404", "message": "Item not found."}],
    "paths": {"/items/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": True,
                        "schema": {"type": "integer", "minimum": 1}}],
        "get": {
            "operationId": "echoItem", "tags": ["items"],
            "parameters": [
                {"name": "X-Trace", "in": "header", "required": True,
                 "schema": {"type": "integer"}},
                {"name": "tags", "in": "query",
                 "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}},
                {"name": "csv", "in": "query", "explode": False,
                 "schema": {"type": "array", "items": {"type": "integer"}}},
                {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
                {"name": "session", "in": "cookie", "schema": {"type": "string", "minLength": 3}}],
            "responses": {"200": {"description": "ok"}}},
        "put": {
            "operationId": "putItem", "tags": ["items"],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Item"}}}},
            "responses": {
                "201": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"},
                    "examples": {"wrong": {"value": {"id": "x"}, "x-valid": False},
                                 "unreadable": {"x-raw": "{id: 1", "x-valid": False}}}}},
                "404": {"description": "missing", "content": {"application/json": {
                    "schema": {"type": "object", "required": ["error"],
                               "properties": {"error": {"type": "object"}}}}}}}}}},
}

ECHO = '''

class Handlers(Handlers):  # noqa: F811
    async def echo_item(self, call: Call):
        return {"path": call.path_params, "query": call.query, "headers": call.headers,
                "cookies": call.cookies}
'''
BEARER = {"Authorization": "Bearer t0ken"}


@pytest.fixture(scope="module")
def stub(tmp_path_factory):
    root = tmp_path_factory.mktemp("items")
    generate_server(SPEC, root, stem="items")
    module = root / "items_stub" / "handlers" / "tag_items.py"
    module.write_text(module.read_text("utf-8") + ECHO, "utf-8")
    with run_stub(root, "items_stub") as running:
        yield running


def get(stub, url, **headers):
    return stub.request("GET", url, headers={**BEARER, "X-Trace": "7", **headers}, auth=False)


def test_parameters_arrive_typed(stub):
    answer = get(stub, "/items/5?tags=a&tags=b&csv=1,2,3&flag=TRUE", Cookie="session=abc")
    assert answer.status == 200, answer.raw
    assert answer.json == {"path": {"id": 5}, "query": {"tags": ["a", "b"], "csv": [1, 2, 3],
                                                         "flag": True},
                           "headers": {"X-Trace": 7}, "cookies": {"session": "abc"}}


@pytest.mark.parametrize("url,headers,words", [
    ("/items/0", {}, "'id'"),
    ("/items/x", {}, "'id'"),
    ("/items/5?tags=c", {}, "'tags'"),
    ("/items/5?csv=1,x", {}, "'csv'"),
    ("/items/5?flag=maybe", {}, "'flag'"),
    ("/items/5", {"X-Trace": "seven"}, "'X-Trace'"),
    ("/items/5", {"Cookie": "session=ab"}, "'session'"),
])
def test_invalid_parameters_are_400(stub, url, headers, words):
    answer = get(stub, url, **headers)
    assert answer.status == 400, answer.raw
    assert answer.json["error"]["code"] == "IT.0001"
    assert answer.json["error"]["message"].startswith("Malformed request url. ")
    assert words in answer.json["error"]["message"]


def test_missing_required_header_is_400(stub):
    answer = stub.request("GET", "/items/5", headers=BEARER, auth=False)
    assert answer.status == 400 and "X-Trace" in answer.json["error"]["message"]


def test_bearer_scheme(stub):
    assert stub.request("GET", "/items/5", headers={"X-Trace": "1"}, auth=False).status == 401
    answer = stub.request("GET", "/items/5", headers={"X-Trace": "1", "Authorization": "Basic x"},
                          auth=False)
    assert answer.status == 401 and "bearer" in answer.json["error"]["message"]


def test_invalid_example_is_replaced_by_a_synthesized_body(stub):
    answer = stub.request("PUT", "/items/5", {"id": 5, "name": "ab"}, BEARER, auth=False)
    assert answer.status == 201, answer.raw
    assert SchemaCheck(SPEC).errors("/components/schemas/Item", answer.json) == []
    assert answer.json != {"id": "x"}


def test_body_errors_use_the_body_code(stub):
    answer = stub.request("PUT", "/items/5", {"id": 5, "name": "toolong"}, BEARER, auth=False)
    assert answer.status == 400
    assert answer.json["error"]["code"] == "IT.0002"
    assert "/name" in answer.json["error"]["message"]


def test_prefer_unreadable_example_and_synthesized_error(stub):
    answer = stub.request("PUT", "/items/5", {"id": 5, "name": "ab"},
                          {**BEARER, "Prefer": "example=unreadable"}, auth=False)
    assert answer.status == 400 and "no readable value" in answer.json["error"]["message"]
    answer = stub.request("PUT", "/items/5", {"id": 5, "name": "ab"},
                          {**BEARER, "Prefer": "code=404"}, auth=False)
    assert answer.status == 404 and isinstance(answer.json["error"], dict)
