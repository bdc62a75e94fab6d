"""The API model read from the shipped manual: counts and one test per section quirk.

Counts are checked against ../shared/manuals/evs-facts.json where it is present
(computed independently from the manual); the parser never reads that file.
"""
import json
from collections import Counter

import pytest

from conftest import FIXTURES, ROOT

FACTS_PATH = ROOT.parent / "shared" / "manuals" / "evs-facts.json"


@pytest.fixture(scope="module")
def facts():
    if not FACTS_PATH.exists():
        pytest.skip("the independent facts file is not beside the project")
    return json.loads(FACTS_PATH.read_text(encoding="utf-8"))


def sec(api, number):
    return next(s for s in api.sections if s.number == number)


def test_headline_counts(api):
    secs = api.sections
    assert len(secs) == 122
    assert sum(s.deprecated for s in secs) == 54
    assert len({(s.method, s.path) for s in secs}) == 110
    assert sum(len(s.request_examples) for s in secs) == 123
    assert sum(len(s.response_examples) for s in secs) == 216
    states = Counter(e.state for s in secs for e in s.request_examples + s.response_examples)
    assert states["valid"] + states["repaired"] + states["unrepairable"] == 273
    assert (states["valid"], states["repaired"], states["unrepairable"]) == (243, 28, 2)


def test_against_independent_facts(api, facts):
    by_number = {s.number: s for s in api.sections}
    assert sorted(by_number) == sorted(f["number"] for f in facts["sections"])
    for f in facts["sections"]:
        s = by_number[f["number"]]
        assert (s.method, s.path, s.deprecated) == (f["method"], f["path"], f["deprecated"]), f["number"]
        assert s.loc.line == f["heading_line"], f["number"]
        assert sorted(c for c, _ in s.status_codes) == sorted(f["final_status_codes"]), f["number"]


def test_iam_links_against_independent_facts(built, facts):
    # linking happens while the spec is built
    by_number = {s.number: s for s in built.api.sections}
    from extractor.api.iam import iam_actions
    wrong = []
    for f in facts["sections"]:
        s = by_number[f["number"]]
        if sorted(iam_actions(s)) != sorted(f["iam_actions"]):
            wrong.append((f["number"], iam_actions(s), f["iam_actions"]))
    assert not wrong
    match = Counter(s.iam_match for s in built.api.sections)
    assert match == {"exact": 60, "ignoring-version-or-param-names": 51, "none": 11}


def _model_tables(api, *, captioned_only=True):
    out = []
    for s in api.sections:
        if captioned_only and s.style == "bullet":
            continue      # the bullet style's `x参数说明` tables carry no caption
        bodies = ([s.request] if s.request else []) + [r.body for r in s.responses.values() if r.body]
        out += [(m.name, frozenset(f.name for f in m.fields)) for b in bodies for m in b.models.values()]
    return out


def test_model_tables(api):
    models = _model_tables(api)
    assert len(models) == 365
    names = Counter(n for n, _ in models)
    assert len(names) == 115
    assert sum(1 for c in names.values() if c > 1) == 44
    assert names["Error"] == 118
    field_sets = {}
    for n, fs in models:
        field_sets.setdefault(n, set()).add(fs)
    assert sorted(n for n, v in field_sets.items() if len(v) > 1) == sorted(
        ["CinderVolumeDetail", "DiskDetail", "VolumeDetail", "VolumeMetadata", "iops", "throughput"])


def test_every_table_row_ends_up_somewhere(api):
    kinds = Counter(f.kind for f in api.findings)
    assert not kinds["table-row-cells"] and not kinds["table-unreadable"]
    assert not kinds["type-unknown"]


def test_reference_tables(api):
    assert len(api.permissions) == 64 and len(api.permissions_appendix) == 64
    assert len(api.error_codes) == 168 and len({e.code for e in api.error_codes}) == 158
    assert [len(s.values) for s in api.status_sets] == [18, 7]
    assert len(api.http_statuses) == 20


# -- section anatomy quirks ----------------------------------------------------------

def test_table_style_section_6_1_1(api):
    s = sec(api, "6.1.1")
    assert (s.method, s.path) == ("POST", "/v2.1/{project_id}/cloudvolumes")
    assert s.description == "创建按需或包周期云硬盘。"
    assert [f.name for f in s.path_params] == ["project_id"]
    assert [f.name for f in s.header_params] == ["X-Auth-Token", "X-Client-Token"]
    assert [f.name for f in s.request.fields][:2] == ["bssParam", "volume"]
    assert set(s.request.models) == {"BssParamForCreateVolume", "CreateVolumeOption",
                                     "CreateVolumeSchedulerHints"}
    assert sorted(s.responses) == [202, 400]
    assert s.responses[202].description == "Accepted"
    assert s.status_codes == [(202, "Accepted"), (400, "Bad Request")]
    assert {c.language for c in s.code_samples} == {"Java", "Python", "Go"}


def test_bullet_style_sections_5_1_and_5_2(api):
    s1, s2 = sec(api, "5.1"), sec(api, "5.2")
    assert s1.style == s2.style == "bullet"
    assert (s1.method, s1.path) == ("GET", "/")
    assert (s2.method, s2.path) == ("GET", "/{api_version}")
    assert [f.name for f in s2.path_params] == ["api_version"]
    assert s1.status_codes == [(300, "正常")] and 300 in s1.responses
    body = s1.responses[300].body
    assert [f.name for f in body.fields] == ["versions"]
    # `Array of objects` linked to the table titled after the field
    assert body.fields[0].type.items.kind == "ref" and body.fields[0].type.items.name == "versions"
    assert set(body.models) == {"versions", "media-types", "links"}
    assert s1.request_examples[0].request_line.path == "/"
    assert s1.response_examples[0].state == "repaired"


def test_request_parameters_none_and_no_header_table(api):
    for number in ("8.2.1.1", "8.2.5.2"):
        assert sec(api, number).request is None
    for number in ("5.1", "5.2", "6.1.4", "6.1.14", "8.2.1.1", "8.2.5.2"):
        assert sec(api, number).header_params == []


def test_path_parameter_table_order_may_differ_from_path(api):
    s = sec(api, "6.5.1")
    assert {f.name for f in s.path_params} == {"project_id", "job_id"}


def test_top_level_array_body_6_1_6(api):
    body = sec(api, "6.1.6").responses[202].body
    assert body.array and body.fields[0].name == ""
    assert body.fields[0].type.items.name == "UnsubscribeVolumeResponseBody"
    error_body = sec(api, "6.1.6").responses[400].body
    assert error_body.array and error_body.fields[0].description.text == ""


def test_whole_body_pseudo_row_4578(api):
    s = sec(api, "6.1.14")
    row = s.request.fields[0]
    assert row.raw_name.strip() == "-" and row.type.kind == "ref"
    assert row.type.name == "RetypeVolumeRequestBody"
    assert any(f.kind == "whole-body-row" and f.loc.line == 4578 for f in api.findings)


def test_dangling_reference_resolved_by_rule_6_2_3(api):
    s = sec(api, "6.2.3")
    f = s.request.fields[0]
    assert f.raw_type.startswith("UpdateSnapshotsOption") and f.type.name == "UpdateSnapshotOption"
    found = [x for x in api.findings if x.kind == "model-reference-dangling"]
    assert len(found) == 1 and found[0].section == "6.2.3" and found[0].loc.line == 5977


def test_same_model_name_differs_by_side_8_2_1_2(api):
    s = sec(api, "8.2.1.2")
    req = s.request.models["VolumeMetadata"]
    resp = s.responses[202].body.models["VolumeMetadata"]
    assert "__system_cmkid" in {f.name for f in req.fields}
    assert "__system__cmkid" in {f.name for f in resp.fields}
    assert req.loc.line == 11452 and resp.loc.line == 11521     # their captions


def test_wrap_spaced_type_strings(api):
    t = sec(api, "6.2.1").request.fields[0]
    assert t.raw_type.startswith("CreateSnaps") and t.type.name == "CreateSnapshotOption"


def test_status_label_forms(api):
    # full-width `状态码：202` and ASCII `状态码: 400`
    assert any(sec(api, n).responses for n in ("6.1.3",))
    for s in api.sections:
        assert set(s.responses) >= {c for c, _ in s.status_codes}, s.number


def test_final_status_table_continued_across_page_break(api):
    s = sec(api, "6.1.3")      # its final status table repeats its header (line 1962)
    assert [c for c, _ in s.status_codes] == [200, 400]


def test_request_line_forms(api):
    assert sec(api, "6.1.4").request_examples[0].request_line.method in (None, "POST")
    ex = sec(api, "6.1.3").request_examples[0].request_line
    assert ex.path == "/v2/{project_id}/cloudvolumes/detail"
    assert ("sort_key", "size") in ex.query


def test_unrepairable_examples_kept_as_text(api):
    bad = [(s.number, e) for s in api.sections for e in s.response_examples if e.state == "unrepairable"]
    assert sorted(n for n, _ in bad) == ["8.2.2.1", "8.2.2.11"]
    assert all(e.raw and e.value is None for _, e in bad)


def test_glued_heading_starts_its_section(api):
    s = sec(api, "8.2.4.12")
    assert s.loc.line == 19639 and (s.method, s.deprecated) == ("DELETE", True)
    assert s.description == "删除云硬盘快照的单个元数据。"


# -- the second manual ------------------------------------------------------------------

@pytest.fixture(scope="module")
def second():
    from extractor.api.build import read_api
    return read_api(FIXTURES / "second-manual.txt")


@pytest.fixture(scope="module")
def second_expected():
    return json.loads((FIXTURES / "second-manual.expected.json").read_text(encoding="utf-8"))


def test_second_manual_parses_fully(second, second_expected):
    exp = second_expected
    assert (second.service, second.doc_version, second.release_date) == (
        exp["cover"]["service"], exp["cover"]["doc_version"], exp["cover"]["release_date"])
    assert second.service_abbreviation == exp["cover"]["service_abbreviation"]
    assert [s.number for s in second.sections] == [s["number"] for s in exp["api_sections"]]
    for s, e in zip(second.sections, exp["api_sections"]):
        assert (s.method, s.path, s.deprecated) == (e["method"], e["path"], e["deprecated"])
        assert [f.name for f in s.path_params] == e["path_params"]
        assert [f.name for f in s.query_params] == e["query_params"]
        assert [f.name for f in s.header_params] == e["header_params"]
        assert [f.name for f in (s.request.fields if s.request else [])] == e["body_fields"]
        assert sorted(s.responses) == e["response_status_codes"]
        assert [c for c, _ in s.status_codes] == e["final_status_table"]
        assert len(s.request_examples) == e["request_examples"]
        for status, exp_body in e["responses"].items():
            body = s.responses[int(status)].body
            assert [f.name for f in body.fields] if body else [] == exp_body["body_fields"]
    perms = exp["permissions"]
    assert [p.actions for p in second.permissions] == [i["actions"] for i in perms["items"]]
    assert [p.path for p in second.permissions] == [i["path"] for i in perms["items"]]
    errs = exp["error_codes"]
    assert len(second.error_codes) == errs["rows"]
    assert len({e.code for e in second.error_codes}) == errs["distinct_codes"]
    assert not [f for f in second.findings if f.severity == "error"]


def test_second_manual_query_constraints(second):
    s = next(x for x in second.sections if x.query_params)
    limit = next(f for f in s.query_params if f.name == "limit")
    assert (limit.description.minimum, limit.description.maximum, limit.description.default) == (1, 1000, "100") \
        or (limit.description.minimum, limit.description.maximum) == (1, 1000)


def test_uri_methods_and_version_prefixes(api):
    methods = Counter(s.method for s in api.sections)
    assert methods == {"GET": 53, "POST": 40, "PUT": 16, "DELETE": 13}
    import re as _re
    prefixes = Counter((_re.match(r"^/(v\d+(?:\.\d+)?)/", s.path) or [None, "none"])[1]
                       for s in api.sections)
    assert prefixes == {"v2": 66, "v3": 41, "v5": 7, "v2.1": 2, "v1": 2, "none": 4}


def test_constraints_and_sdk_samples_kept_apart(api):
    assert sum(1 for s in api.sections if s.constraints) == 21
    with_samples = [s for s in api.sections if s.code_samples]
    assert len(with_samples) == 21
    # SDK samples never leak into request/response examples
    for s in with_samples:
        assert not any("import " in (e.raw or "") for e in s.request_examples + s.response_examples)


def test_sections_without_request_line(api):
    no_line = sorted(s.number for s in api.sections
                     if not any(e.request_line for e in s.request_examples))
    assert {"6.1.9", "6.1.10", "6.1.11", "6.2.7", "8.2.1.1", "8.2.1.28", "8.2.1.29",
            "8.2.1.30", "8.2.1.31"} <= set(no_line)


def test_status_code_sets(api):
    sets = Counter(tuple(sorted(c for c, _ in s.status_codes)) for s in api.sections)
    assert sets[(200, 400)] == 78 and sets[(202, 400)] == 38 and sets[(204, 400)] == 2
    assert sets[(300, 400)] == 1 and sets[(200,)] == 1


def test_table_vs_example_findings(built):
    kinds = {(f.kind, f.section) for f in built.api.findings}
    # array in the table, object in the example (6.1.6)
    assert ("example-schema-mismatch", "6.1.6") in kinds
    # keys only in an example are findings, not fields
    undocumented = [f for f in built.api.findings if f.kind == "example-undocumented-key"]
    assert any("display_name" in f.message for f in undocumented)
    schemas = built.doc["components"]["schemas"]
    assert not any("display_name" in s.get("properties", {}) for s in schemas.values()
                   if s.get("x-source", {}).get("section") in {f.section for f in undocumented
                                                               if "display_name" in f.message})


def test_name_drift_is_reported(built):
    msgs = " ".join(f.message for f in built.api.findings if f.kind == "model-definition-conflict")
    for a, b in (("orderID", "orderId"), ("source_volid", "source_vol_id")):
        assert a in msgs and b in msgs
