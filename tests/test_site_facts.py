"""Facts the site shows that the spec carries as extensions: error codes per operation
(`x-errors`), in-text cross-references (`x-cross-references`), enum values once, the
snippets, and the search ranking. Real data: the shipped manual and the committed spec."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from extractor.api.build import read_api
from extractor.api.op_errors import _names, _title_hits, operation_errors
from extractor.api.xrefs import find_references, normalize, resolve
from extractor.generate.site import build_model, render_site
from extractor.generate.site.schema import SchemaTrees
from extractor.generate.site.search import build_index, search
from extractor.generate.site.snippets import py_literal

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def api():
    return read_api(MANUAL)


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(spec):
    return build_model(spec, json.loads(FINDINGS.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def files(site):
    return render_site(site)


def operations(spec):
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield method, path, op


def op_page(site, method: str, path: str):
    return next(o for o in site.operations if o.method == method.upper() and o.path == path)


# --------------------------------------------------------------------------- x-errors
def test_longest_title_wins_where_titles_overlap():
    titles = ["扩容云硬盘", "批量扩容云硬盘"]
    assert _title_hits("批量扩容云硬盘失败。", titles) == {"批量扩容云硬盘"}
    assert _title_hits("扩容云硬盘的请求格式错误", titles) == {"扩容云硬盘"}


def test_a_parameter_is_named_as_a_parameter_not_as_a_word():
    assert _names("invalid filter limit!", "limit")
    assert _names("limit param must be an integer.", "limit")
    assert _names("查询云硬盘的URL中limit参数错误。", "limit")
    assert not _names("The Volume Tags is Exceed Max Limit Num.", "limit")
    assert not _names("volume status must be available", "status")
    assert _names("invalid X-Client-Token in header", "X-Client-Token")
    assert not _names("invalid sort_key_2!", "sort_key")


def test_every_operation_code_has_its_evidence(api, spec):
    """Each x-errors entry says why, and the why holds in the manual's data."""
    rows = {}
    for e in api.error_codes:
        rows.setdefault(e.code, []).append(e)
    sections = {s.number: s for s in api.sections}
    checked = 0
    for _m, _p, op in operations(spec):
        for node in [op] + op.get("x-variants", []):
            if "x-errors" not in node or (node is op and op.get("x-variants")):
                continue
            s = sections[node["x-source"]["section"]]
            for e in node["x-errors"]:
                checked += 1
                texts = [" ".join((r.message, r.description, r.remedy)) for r in
                         rows.get(e["code"], [])]
                if e["reason"] == "title":
                    assert e["detail"] == s.base_title
                    assert any(e["detail"] in t for t in texts)
                elif e["reason"] == "parameter":
                    assert e["detail"] in [f.name for f in s.query_params + s.header_params]
                    assert any(_names(t, e["detail"]) for t in texts)
                else:
                    assert e["reason"] == "example"
                    shown = json.dumps([x.value for x in s.response_examples],
                                       ensure_ascii=False)
                    assert e["detail"] in shown
    assert checked > 50


def test_an_example_can_name_a_code_the_table_lacks(api):
    """A code that only an operation's example shows is kept, with the example's status."""
    found = operation_errors(api.sections, api.error_codes)
    table = {e.code for e in api.error_codes}
    extra = [(n, r) for n, rows in found.items() for r in rows if r["code"] not in table]
    assert extra and all(r["reason"] == "example" and r["status"] >= 400 for _, r in extra)


def test_the_shared_operation_gets_the_union_of_its_variants(spec):
    for _m, _p, op in operations(spec):
        codes = {e["code"] for v in op.get("x-variants", []) for e in v.get("x-errors", [])}
        if codes:
            assert codes == {e["code"] for e in op["x-errors"]}


# --------------------------------------------------------------------------- cross-references
@pytest.mark.parametrize("text, title", [
    ("如果需要查询job的状态，请参考：“ 查询job的状态 ”。", "查询job的状态"),
    ("获取方法请参见 \"获取项目ID\" 。", "获取项目ID"),
    ("错误码和其对应的含义请参考错误码说明 。", "错误码说明"),
    ("云硬盘状态，请参见 云硬盘状态 。", "云硬盘状态"),
    ("请参见[错误码](#)。", "错误码"),
    # a link remnant's bullet glyph, with or without space beside it (a PDF's layout
    # decides that white space, as beside CJK text)
    ("接口版本信息列表，请参见 •versions参数说明 。", "versions参数说明"),
    ("接口版本信息列表，请参见 • versions参数说明 。", "versions参数说明"),
    ("挂载信息，请参见 • attachments 参数说明。", "attachments"),
])
def test_reference_forms_are_found(text, title):
    assert [t for _, t, _ in find_references(text)] == [title]


def test_references_resolve_by_title_to_the_manual_sections(api):
    by_norm = {normalize(t): n for n, t, _ in api.outline}
    assert resolve(api, "查询job的状态")[0] == by_norm["查询job的状态"]
    assert resolve(api, "错误码说明")[0] == by_norm["错误码"]      # 说明: a generic suffix
    assert resolve(api, "查询所有的可用分区信息获取", prefix=True)[2] == "查询所有的可用分区信息"
    assert resolve(api, "企业管理用户指南") is None                  # another guide


def test_unresolved_references_are_findings_and_plain_text(spec, files):
    refs = spec["x-cross-references"]
    findings = json.loads(FINDINGS.read_text(encoding="utf-8"))
    messages = [f["message"] for f in findings if f["kind"] == "cross-reference-unresolved"]
    unresolved = [r for r in refs if "section" not in r]
    assert unresolved and all(any(r["phrase"] in m for m in messages) for r in unresolved)
    pages = "".join(files[n] for n in files if n.endswith(".html"))
    linked = set(re.findall(r'<a class="xref" href="[^"]*">([^<]*)</a>', pages))
    assert linked and not linked & {r["title"] for r in unresolved}
    assert any("企业管理用户指南" in r["title"] for r in unresolved)
    assert "企业管理用户指南" in pages                      # shown, as plain text


def test_resolved_references_become_links_on_the_pages(spec, site, files):
    linked = [x for x in site.xrefs if x.url]
    assert {x.title for x in linked} >= {"查询job的状态", "错误码说明"}
    html = "\n".join(v for k, v in files.items() if k.endswith(".html"))
    for x in linked:
        assert re.search(r'<a class="xref" href="(\.\./)?' + re.escape(x.url) + '">', html), x


# --------------------------------------------------------------------------- enums once
@pytest.mark.parametrize("shape", ["map", "list"])
def test_enum_values_are_listed_once_with_their_meaning(shape):
    values, meanings = ["prePaid", "postPaid"], ["包年包月", "按需"]
    descs = dict(zip(values, meanings)) if shape == "map" else meanings
    schema = {"type": "string", "enum": values, "x-enum-descriptions": descs,
              "description": "计费模式。\n取值范围: • prePaid: 包年包月\n• postPaid: 按需\n默认取值: postPaid。"}
    node = SchemaTrees({}).tree({"type": "object", "properties": {"mode": schema}}).children[0]
    assert [(e.value, e.description) for e in node.enum] == list(zip(values, meanings))
    assert node.enum_shown
    assert "包年包月" not in node.text and "默认取值" in node.text


def test_an_enum_the_description_names_is_not_listed_again():
    schema = {"type": "string", "enum": ["SATA", "SAS"], "description": "类型: SATA, SAS"}
    node = SchemaTrees({}).tree(schema)
    assert not node.enum_shown and node.text == "类型: SATA, SAS"


# --------------------------------------------------------------------------- snippets
def test_python_literal_of_every_example_body_evaluates_to_it(site):
    import ast
    bodies = [o.body_example for o in site.operations if o.body_example is not None]
    assert len(bodies) > 20
    for b in bodies:
        assert ast.literal_eval(py_literal(b, 4)) == b


def test_curl_body_survives_the_shell(site):
    """The -d argument is quoted so bash hands curl exactly the JSON (quotes included)."""
    op = next(o for o in site.operations if o.body_example and "'" not in json.dumps(
        o.body_example))
    snippet = next(s.code for s in op.snippets if s.key == "curl")
    body = dict(op.body_example, note="it's")
    quoted = snippet.split(" -d ", 1)[0] + " -d " + "'" + json.dumps(body).replace(
        "'", "'\\''") + "'"
    out = subprocess.run(["bash", "-c", "printf '%s' " + quoted.split(" -d ", 1)[1]],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == body


def test_client_method_is_the_generated_clients(site):
    """The name shown is a method of the generated client's Client class."""
    client = (ROOT / "output" / "client" / "evs_client" / "client.py").read_text(encoding="utf-8")
    names = set(re.findall(r"^    def ([a-z_0-9]+)\(", client, re.M))
    shown = [o.client_method for o in site.operations] + [
        v.client_method for o in site.operations for v in o.variants]
    assert shown and all(n in names for n in shown)


# --------------------------------------------------------------------------- ranking
def page_of(site, method: str, path: str) -> str:
    return "ops/" + op_page(site, method, path).page


RANKING = [
    # query, method, path of the operation expected first
    ("create volume", "post", "/v2.1/{project_id}/cloudvolumes"),
    ("创建云硬盘", "post", "/v2.1/{project_id}/cloudvolumes"),
    ("扩容", "post", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action"),
    ("扩容云硬盘", "post", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action"),
    ("批量扩容", "post", "/v5/{project_id}/volumes/batch-extend"),
    ("查询云硬盘快照详情列表", "get", "/v2/{project_id}/cloudsnapshots/detail"),
]


@pytest.fixture(scope="module")
def entries(site):
    return build_index(site.operations, site.errors, site.actions, site.status_sets)


@pytest.mark.parametrize("query, method, path", RANKING)
def test_ranking_puts_the_expected_operation_first(site, entries, query, method, path):
    assert search(entries, query)[0][1].url == page_of(site, method, path)


@pytest.mark.parametrize("method, path", [("post", "/v2.1/{project_id}/cloudvolumes"),
                                          ("get", "/v2/{project_id}/cloudvolumes/detail")])
def test_operation_id_and_client_method_find_the_operation_first(site, entries, method, path):
    op = op_page(site, method, path)
    for query in (op.operation_id, op.client_method, op.client_method.upper()):
        top = search(entries, query)[0]
        assert top[1].url == f"ops/{op.page}", query
    stem = re.sub(r"_?v\d+$", "", op.client_method)            # create_volume_v21 -> create_volume
    camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), stem)
    hits = search(entries, camel)
    assert hits[0][1].type == "op" and all(
        e.type == "op" for _, e in hits[:5]), "operations before error codes"


def test_deprecated_operations_rank_below_their_replacements(site, entries):
    pairs = [(o, o.replaced_by.url) for o in site.operations
             if o.deprecated and o.replaced_by and o.replaced_by.url]
    assert pairs
    for old, new_url in pairs:
        hits = [e.url for _, e in search(entries, old.summary)]
        if new_url.split("#")[0] in hits:
            assert hits.index(new_url.split("#")[0]) < hits.index(f"ops/{old.page}"), old.summary


def test_every_error_response_shows_its_body_and_links_to_the_codes(site, files):
    """Each 4xx/5xx response of every operation page: the error body's fields, a link to
    the code table, and its codes (the operation's, else the general code of the status)."""
    general = {e.status: e.code for e in site.general_errors}
    checked = 0
    for op in site.operations:
        html = files[f"ops/{op.page}"]
        for r in op.responses:
            if not r.status.isdigit() or int(r.status) < 400:
                continue
            start = html.index(f'<section class="response" id="status-{r.status}"')
            block = html[start:html.index("</section>", start)]
            assert 'href="../errors.html"' in block, (op.page, r.status)
            assert r.schema is not None, (op.page, r.status)
            if r.same_as:                      # shown once, under the first status with it
                assert f'href="#status-{r.same_as}"' in block
                first = html.index(f'<section class="response" id="status-{r.same_as}"')
                block_first = html[first:html.index("</section>", first)]
                assert 'class="schema-block"' in block_first and r.schema.ref in block_first
            else:
                assert 'class="schema-block"' in block, (op.page, r.status)
            mine = [e.code for e in op.errors if e.status == r.status]
            for code in mine or [general.get(r.status)] * (r.status in general):
                assert f"<code>{code}</code>" in block, (op.page, r.status, code)
            checked += 1
    assert checked > 100
