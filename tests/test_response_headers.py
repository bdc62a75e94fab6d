"""Response headers in response tables: a table captioned as response headers, and a row of
a response parameter table whose description says its value is returned in a header (the
manual's words, vocabulary data in both languages); the rule on the real manuals."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import vocab
from extractor.api.sections import read_section
from extractor.blocks import Loc, Paragraph, Row, Table
from extractor.findings import Findings
from extractor.manual import Section

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text,side", [
    ("Specifies the local URL of the image, which is returned in the request header.",
     "request"),
    ("The task ID, returned in the response header.", "response"),
    ("The token is contained in the HTTP headers.", ""),
    ("镜像的本地URL，在响应消息头中返回。", "response"),
    ("任务ID，通过响应头返回。", "response"),
])
def test_the_header_phrase_in_both_languages(text, side):
    said = vocab.header_row_phrase(text)
    assert said is not None and said[1] == side


@pytest.mark.parametrize("text", [
    # EVS's X-Auth-Token rows name another API's response header: not this row's place
    "用户Token。 通过调用IAM服务获取用户Token接口获取（响应消息头中X-Subject-Token的值）。",
    "Specifies the image UUID.",
    "Add a microversion using the HTTP request header X-OpenStack-Nova-API-Version.",
    "The response header is empty.",
])
def test_other_mentions_of_headers_are_not_the_phrase(text):
    assert vocab.header_row_phrase(text) is None


def _table(rows, header=("Parameter", "Mandatory", "Type", "Description")):
    return Table(header, tuple(Row(tuple(r), Loc(topic="t.html", anchor=f"row{i}"))
                               for i, r in enumerate(rows)), Loc(topic="t.html", anchor="tab"))


def _section(*blocks) -> Section:
    return Section("1.1", "Creating a thing", Loc(topic="t.html", anchor="top"), list(blocks))


def _p(text: str) -> Paragraph:
    return Paragraph(text, Loc(topic="t.html"))


ROWS = [("Location", "Yes", "String", "The URL, which is returned in the request header."),
        ("thing_id", "Yes", "String", "The thing's ID.")]


def test_a_response_row_that_says_header_is_a_header_with_a_finding():
    findings = Findings()
    api = read_section(_section(_p("URI"), _p("POST /v1/things"), _p("Response"),
                                _table(ROWS)), findings)
    resp = api.responses[200]
    assert [h.name for h in resp.headers] == ["Location"] and resp.headers[0].required
    assert [f.name for f in resp.body.fields] == ["thing_id"]
    said = [f for f in findings if f.kind == "response-header-from-table"]
    assert len(said) == 1 and said[0].loc.anchor == "row0"
    assert "request side" in said[0].message


def test_the_same_words_in_a_request_table_leave_the_row_a_field():
    findings = Findings()
    api = read_section(_section(_p("URI"), _p("POST /v1/things"), _p("Request"),
                                _table(ROWS)), findings)
    assert [f.name for f in api.request.fields] == ["Location", "thing_id"]
    assert not [f for f in findings if f.kind == "response-header-from-table"]


def test_a_response_table_of_only_headers_leaves_no_body():
    findings = Findings()
    api = read_section(_section(_p("URI"), _p("POST /v1/things"), _p("Response"),
                                _table(ROWS[:1])), findings)
    assert api.responses[200].body is None and len(api.responses[200].headers) == 1


def test_a_table_captioned_as_response_headers_gives_headers():
    findings = Findings()
    rows = [("X-Request-Id", "String", "请求ID。"), ("X-Rate", "Integer", "余量。")]
    api = read_section(_section(_p("URI"), _p("GET /v1/things"), _p("响应参数"),
                                _p("状态码：200"), _p("表1 响应 Header 参数"),
                                _table(rows, ("参数", "参数类型", "描述"))), findings)
    resp = api.responses[200]
    assert [h.name for h in resp.headers] == ["X-Request-Id", "X-Rate"]
    assert resp.body is None or not resp.body.fields
    assert [f.kind for f in findings if f.kind.startswith("response-header")] == \
        ["response-header-from-table"]


def _spec_headers(doc: dict) -> list[tuple[str, str, str, dict]]:
    return [(path, method, status, headers)
            for path, item in doc["paths"].items() for method, op in item.items()
            for status, r in op["responses"].items() for headers in [r.get("headers")]
            if headers]


def test_the_ecs_spec_has_the_location_header_and_no_such_body_field():
    """In the committed ECS spec the row is a response header of its variant's section,
    not a property of that section's response body."""
    doc = json.loads((ROOT / "specs/ecs/ecs.openapi.json").read_text(encoding="utf-8"))
    found = _spec_headers(doc)
    assert len(found) == 1
    path, method, status, headers = found[0]
    (name, header), = headers.items()
    src = header["x-source"]["section"]
    # not required: other variants of this operation answer this status without it
    variants = doc["paths"][path][method]["x-variants"]
    assert header["required"] is False and len(variants) > 1
    assert src in {v["x-source"]["section"] for v in variants}
    own = [s for s in doc["components"]["schemas"].values()
           if (s.get("x-source") or {}).get("section") == src and name in s.get("properties", {})]
    assert not own


def test_the_evs_spec_has_no_response_headers():
    """EVS documents no response header in any response table (its X-Subject-Token
    mentions sit in request header rows), so its spec has none."""
    doc = json.loads((ROOT / "specs/evs.openapi.json").read_text(encoding="utf-8"))
    assert _spec_headers(doc) == []


def test_the_ecs_site_lists_each_documented_header_under_its_status():
    import lxml.html
    doc = json.loads((ROOT / "specs/ecs/ecs.openapi.json").read_text(encoding="utf-8"))
    site = ROOT / "output" / "ecs" / "site" / "ops"
    for path, method, status, headers in _spec_headers(doc):
        op = doc["paths"][path][method]
        page = lxml.html.parse(str(site / f"{op['operationId']}.html")).getroot()
        (section,) = page.xpath(f'//section[@id="status-{status}"]')
        rows = section.xpath('.//table[contains(@class, "response-headers")]//tbody/tr')
        assert [r.xpath("string(th)").strip() for r in rows] == list(headers)
        for row, header in zip(rows, headers.values()):
            text = " ".join(row.text_content().split())
            assert " ".join(header["description"].split())[:60] in text
            assert ("required" in text) == header["required"] or "optional" in text
