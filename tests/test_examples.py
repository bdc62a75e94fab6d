"""Examples: fence merging, request lines, JSON repair and SDK samples, on the shipped manual."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractor.api.examples import (
    FenceBlock,
    example_blocks,
    parse_json_body,
    parse_request_line,
    read_code_samples,
    read_examples,
)
from extractor.blocks import Code, Heading, Loc, Paragraph
from extractor.findings import Findings
from extractor.manual import build_manual
from extractor.sources.text import read_text

MANUAL = Path(__file__).resolve().parents[1] / "manuals" / "evs-api-reference.txt"

# Labels that end an example part (the caller's slicing rule).
PART_END = {"响应示例", "SDK 代码示例", "SDK代码示例", "状态码", "错误码", "响应消息"}
SDK_LABELS = {"SDK 代码示例", "SDK代码示例"}


def _label(b) -> str | None:
    return b.text.strip() if isinstance(b, Paragraph) else None


def _side_of(text: str | None) -> str | None:
    """`请求示例` / `响应示例`, or the bullet style's `- 请求样例:` / `• 响应样例`."""
    if text is None:
        return None
    if text == "请求示例":
        return "request"
    if text == "响应示例":
        return "response"
    if "样例" in text and len(text) < 20:
        return "request" if "请求" in text else "response"
    return None


def example_parts(section):
    """[(side, blocks)] of one section: the blocks after each example label up to the next label."""
    parts, bs, i = [], section.blocks, 0
    while i < len(bs):
        side = _side_of(_label(bs[i]))
        if side is None:
            i += 1
            continue
        j = i + 1
        while j < len(bs) and _label(bs[j]) not in PART_END and not isinstance(bs[j], Heading):
            j += 1
        parts.append((side, bs[i + 1:j]))
        i = j
    return parts


def sdk_parts(section):
    bs = section.blocks
    for i, b in enumerate(bs):
        if _label(b) in SDK_LABELS:
            j = i + 1
            while j < len(bs) and _label(bs[j]) not in ("状态码", "错误码"):
                j += 1
            yield bs[i + 1:j]


@pytest.fixture(scope="module")
def manual():
    return build_manual(read_text(MANUAL))


@pytest.fixture(scope="module")
def parts(manual):
    return [(s, side, blocks) for s in manual.api_sections for side, blocks in example_parts(s)]


@pytest.fixture(scope="module")
def read(parts):
    """All examples of the manual, with the findings they produced."""
    findings = Findings()
    out = {"request": [], "response": []}
    for s, side, blocks in parts:
        for ex in read_examples(blocks, side, section=s.number, findings=findings):
            out[side].append((s.number, ex))
    return out, findings


def _examples(read, number, side=None):
    out, _ = read
    sides = [side] if side else ["request", "response"]
    return [ex for sd in sides for n, ex in out[sd] if n == number]


def _at(read, line):
    out, _ = read
    found = [ex for sd in out.values() for _, ex in sd if ex.loc.line == line]
    assert len(found) == 1, f"no single example at line {line}"
    return found[0]


def _findings(read, kind):
    return [f for f in read[1] if f.kind == kind]


# -- totals ----------------------------------------------------------------------------------

def test_raw_fence_counts(parts):
    raw = Counter()
    for _, side, blocks in parts:
        raw[side] += sum(isinstance(b, Code) for b in blocks)
    assert raw == {"request": 127, "response": 259}


def test_logical_block_counts(parts):
    count = Counter()
    for s, side, blocks in parts:
        for fb in example_blocks(blocks, section=s.number):
            if isinstance(fb, FenceBlock):
                count[side] += 1
                count[side, "body" if fb.body else "line-only"] += 1
    assert count["request"] == 123
    assert count["request", "line-only"] == 66
    assert count["request", "body"] == 57
    assert count["response"] == 216
    assert count["response", "body"] == 216


def test_json_body_states(read):
    out, _ = read
    bodies = [ex for sd in out.values() for _, ex in sd if ex.raw]
    states = Counter(ex.state for ex in bodies)
    assert len(bodies) == 273
    assert states == {"valid": 243, "repaired": 28, "unrepairable": 2}


def test_valid_only_after_concatenating_fences(parts):
    merged_valid = 0
    for s, _, blocks in parts:
        for fb in example_blocks(blocks, section=s.number):
            if isinstance(fb, FenceBlock) and fb.fences > 1 and fb.body \
                    and parse_json_body(fb.body)[1] == "valid":
                merged_valid += 1
    assert merged_valid == 19


def test_repair_kinds(read):
    out, _ = read
    kinds = Counter(r for sd in out.values() for _, ex in sd for r in ex.repairs)
    assert kinds == {"junction closers": 10, "wrapped strings": 8, "trailing commas": 5,
                     "missing final closers": 7, "wrong closer": 2}


def test_unrepairable_sections(read):
    bad = _findings(read, "example-unrepairable")
    assert {(f.section, f.loc.line) for f in bad} == {("8.2.2.1", 15928), ("8.2.2.11", 17191)}
    assert all(f.severity == "error" for f in bad)
    for line in (15928, 17191):
        ex = _at(read, line)
        assert ex.state == "unrepairable" and ex.value is None
        assert '"transfers"' in ex.raw and ex.repairs == []


def test_every_repaired_body_has_a_finding(read):
    found = _findings(read, "example-repaired")
    assert len(found) == 28
    assert all(f.severity == "warning" for f in found)
    assert any(f.loc.line == 1058 and "trailing commas (line 1079)" in f.message for f in found)


def test_examples_per_side(read):
    out, _ = read
    assert len(out["request"]) == 123
    assert len(out["response"]) == 216
    # 117 request lines after dropping the artefacts; 6 bodies have none
    assert sum(ex.request_line is not None for _, ex in out["request"]) == 117


def test_statuses(read):
    out, _ = read
    statuses = Counter(ex.status for _, ex in out["response"])
    assert statuses == {400: 119, 200: 72, 202: 22, 300: 1, None: 2}  # None: 5.1, 5.2 (bullets)


def test_whole_manual_reads_again_the_same(parts):
    # a second read with a fresh collector gives the same examples (no hidden state)
    first = [read_examples(blocks, side, section=s.number, findings=Findings())
             for s, side, blocks in parts]
    again = [read_examples(blocks, side, section=s.number, findings=Findings())
             for s, side, blocks in parts]
    assert first == again


# -- request lines in the manual -------------------------------------------------------------

def test_request_line_fenced_alone_1028(read):
    ex = _at(read, 1032)           # the body's fence; the request line stood alone at 1028
    assert ex.request_line.method == "POST"
    assert ex.request_line.path == "/v2.1/{project_id}/cloudvolumes"
    assert ex.title.startswith("在DSS存储池")
    assert ex.state == "valid"


def test_request_line_unfenced_1056(read):
    ex = _at(read, 1058)
    assert ex.request_line.method == "POST"
    assert ex.request_line.raw == "POST https://{endpoint}/v2.1/{project_id}/cloudvolumes"
    assert ex.title.startswith("创建一个共享云硬盘")


def test_request_line_sharing_the_body_fence_1716(read):
    ex = _at(read, 1716)
    assert (ex.request_line.method, ex.request_line.path) == \
        ("PUT", "/v2/{project_id}/cloudvolumes/{volume_id}")
    assert ex.raw.startswith("{") and ex.value == {
        "volume": {"name": "test_volume", "description": "test"}}
    assert ex.title == "更新云硬盘的名称和描述。"


def test_path_without_method_2450(read):
    ex = _at(read, 2450)
    assert ex.request_line.method is None
    assert ex.request_line.path == "/v5/{project_id}/volumes/batch-extend"
    assert ex.value["volumes"][0]["new_size"] == 100
    f = [f for f in _findings(read, "example-request-line") if f.loc.line == 2450]
    assert f and "no method and no host" in f[0].message and f[0].severity == "info"


def test_request_line_without_host_2930(read):
    ex = _at(read, 2934)
    assert (ex.request_line.method, ex.request_line.path) == \
        ("POST", "/v2/{project_id}/cloudvolumes/unsubscribe")
    f = [f for f in _findings(read, "example-request-line") if f.loc.line == 2930]
    assert f and f[0].message.endswith("has no host")


def test_bare_url_without_method_4627(read):
    exs = _examples(read, "6.1.14", "request")
    assert [ex.loc.line for ex in exs] == [4631, 4648]
    for ex in exs:
        assert ex.request_line.method is None
        assert ex.request_line.path == "/v2/{project_id}/volumes/{volume_id}/retype"
    assert exs[0].title.startswith("包周期的云硬盘变更云硬盘类型")


def test_trailing_spaces_19913(read):
    (ex,) = _examples(read, "8.2.5.2", "request")
    assert (ex.request_line.method, ex.request_line.path) == ("GET", "/")
    assert ex.request_line.raw == "GET https://{endpoint}/"
    assert ex.state == "none" and ex.loc.line == 19912


def test_query_list_with_spaces_2147(read):
    ex = _at(read, 2146)
    q = ex.request_line.query
    assert q[0] == ("ids", ("['e92ba908-82f8-4728-b8cc-82f2f56bd461', "
                            "'40g42920-4243-420f-8bb2-a0bd7660fbd8', "
                            "'b1fd8dcc-dd67-4edf-b89e-87c3485112ec']"))
    assert q[1:] == [("offset", "0"), ("limit", "100"), ("sort_key", "size"), ("sort_dir", "asc")]
    assert ex.request_line.path == "/v2/{project_id}/cloudvolumes/detail"
    assert ex.state == "none" and ex.raw == "" and ex.value is None


def test_query_repeated_keys_6369(read):
    ex = _at(read, 6368)
    assert ex.request_line.query == [("id", "c311bb8d-17f1-4e99-aaf9-e132c0391a73"),
                                     ("id", "c7691083-15fa-4045-956c-2bcbfe1b9976"),
                                     ("offset", "0"), ("limit", "100")]


def test_query_usage_true_7578(read):
    ex = _at(read, 7577)
    assert ex.request_line.query == [("usage", "True")]
    assert ex.request_line.path == "/v2/{project_id}/os-quota-sets/{target_project_id}"


@pytest.mark.parametrize("number,line", [("6.1.13", 4481), ("7.1.5", 10412), ("8.2.5.1", 19788)])
def test_artefact_url_in_the_same_fence(read, number, line):
    (ex,) = _examples(read, number, "request")
    assert ex.request_line.method is not None and ex.state == "none"
    f = [f for f in _findings(read, "example-artefact-dropped") if f.loc.line == line]
    assert f and f[0].severity == "info" and f[0].section == number


@pytest.mark.parametrize("number,line", [("6.1.12", 4272), ("6.5.1", 9641)])
def test_artefact_url_in_its_own_fence(read, parts, number, line):
    (ex,) = _examples(read, number, "request")
    assert ex.request_line.method == "GET" and ex.loc.line == line - 4
    f = [f for f in _findings(read, "example-artefact-dropped") if f.loc.line == line]
    assert f and f[0].section == number
    blocks = next(b for s, side, b in parts if s.number == number and side == "request")
    assert sum(isinstance(x, FenceBlock) for x in example_blocks(blocks)) == 1


def test_bullet_style_request_lines(read):
    (a,) = _examples(read, "5.1", "request")
    (b,) = _examples(read, "5.2", "request")
    assert (a.loc.line, a.request_line.method, a.request_line.path) == (669, "GET", "/")
    assert (b.loc.line, b.request_line.path) == (834, "/v2")


# -- response parts --------------------------------------------------------------------------

def test_status_labels_full_width_and_ascii(read):
    assert _at(read, 1090).status == 202          # 状态码：202 (1086), `Accepted` skipped
    assert _at(read, 1090).title == ""
    assert _at(read, 1773).status == 400          # 状态码: 400 (1769)


def test_glued_label_status_10415(read):
    (ex,) = _examples(read, "7.1.5", "response")
    assert ex.status == 400 and ex.value["error"]["code"] == "EVS.XXX"


def test_text_between_label_and_fence_2962(read):
    ex = _at(read, 2964)
    assert ex.status == 400 and ex.title == ""
    assert ex.value["error"]["code"] == "EVS.2203"


@pytest.mark.parametrize("number,side", [("6.1.10", "request"), ("8.1.1.2", "response")])
def test_none_as_body(read, number, side):
    # 3936 (6.1.10, request) and 10879 (8.1.1.2, response) say `无`
    assert _examples(read, number, side) == []


def test_example_2_without_body_4670(read):
    accepted = [ex for ex in _examples(read, "6.1.14", "response") if ex.status == 202]
    assert [(ex.title, ex.value) for ex in accepted] == [("示例 1", {"job_id": "xxx"})]
    f = [f for f in _findings(read, "example-empty") if f.loc.line == 4670]
    assert f and "示例 2" in f[0].message


def test_bullet_style_response_5_1(read):
    (ex,) = _examples(read, "5.1", "response")
    assert ex.loc.line == 706 and ex.status is None
    assert ex.repairs == ["junction closers"]
    assert [v["id"] for v in ex.value["versions"]] == ["v1.0", "v2.0", "v3.0"]
    assert ex.value["versions"][2]["status"] == "CURRENT"
    assert "],\n" in ex.raw                        # raw keeps the manual's text, merged
    f = [f for f in _findings(read, "example-repaired") if f.loc.line == 706]
    assert "junction closers (lines 720-723)" in f[0].message


def test_missing_final_closers_5_2_904(read):
    (ex,) = _examples(read, "5.2", "response")
    assert ex.loc.line == 869 and ex.repairs == ["missing final closers"]
    assert ex.value["versions"][0]["id"] == "v2.0"


# -- fence merging and repairs on the manual -------------------------------------------------

def test_fences_concatenated_1101_1106(read):
    ex = _at(read, 1101)
    assert ex.state == "valid" and ex.value == {"error": {"message": "XXXX", "code": "XXX"}}


@pytest.mark.parametrize("body,orphan", [(7237, 7246), (7937, 7946), (14801, 14810),
                                         (17449, 17458), (20854, 20863)])
def test_orphan_closer_fences(read, body, orphan):
    ex = _at(read, body)
    assert ex.repairs == ["junction closers"]
    assert ex.raw.rstrip().endswith("}\n}\n}")    # the orphan fence was brought to its body
    f = [f for f in _findings(read, "example-repaired") if f.loc.line == body]
    assert f"lines {orphan + 1}-{orphan + 2}" in f[0].message


def test_junction_closers_12624(read):
    ex = _at(read, 12597)
    assert ex.repairs == ["junction closers"]
    assert ex.value["volume"]["status"] == "creating"
    assert ex.value["volume"]["source_volid"] is None


def test_wrapped_string_2198(read):
    ex = _at(read, 2162)
    assert ex.repairs == ["wrapped strings"]
    assert ex.value["volumes_links"][0]["href"].endswith(
        "/volumes/detail?limit=1&marker=b104b8db-170d-441b-897a-3c8ba9c5a214")


def test_trailing_comma_1079(read):
    ex = _at(read, 1058)
    assert ex.repairs == ["trailing commas"]
    assert ex.value["bssParam"]["isAutoRenew"] is True
    assert ex.value["volume"]["multiattach"] == 1          # values are never changed


@pytest.mark.parametrize("body", [7587, 14204, 869])   # closers missing at 7665, 14226, 904
def test_missing_final_closers(read, body):
    assert _at(read, body).repairs == ["missing final closers"]


def test_wrong_closer_14491(read):
    ex = _at(read, 14326)
    assert ex.repairs == ["wrong closer"]
    assert ex.value["extensions"][-1]["name"] == "Services"


def test_extra_closers_4330(read):
    ex = _at(read, 4282)
    assert ex.repairs == ["wrapped strings", "wrong closer"]
    assert ex.value["volumes_links"][0]["rel"] == "next"
    assert ex.value["volumes"][0]["wwn"] == " 688860300000d136fa16f48f05992360"  # kept as is


def test_three_repairs_in_one_body_15417(read):
    ex = _at(read, 15417)
    assert ex.repairs == ["junction closers", "wrapped strings", "missing final closers"]
    assert ex.value["os-volume_upload_image"]["image_name"] == "evs-ims-test1027"


# -- unit: request lines ---------------------------------------------------------------------

@pytest.mark.parametrize("text,method,path,query", [
    ("GET https://{endpoint}/v2/{project_id}/types", "GET", "/v2/{project_id}/types", []),
    ("POST /v2/{project_id}/x", "POST", "/v2/{project_id}/x", []),
    ("/v5/{project_id}/volumes/batch-extend", None, "/v5/{project_id}/volumes/batch-extend", []),
    ("https://{endpoint}/v2/a/b", None, "/v2/a/b", []),
    ("GET https://{endpoint}/  ", "GET", "/", []),
    ("GET https://{endpoint}", "GET", "/", []),
    ("GET /x?a=1&a=2&flag", "GET", "/x", [("a", "1"), ("a", "2"), ("flag", "")]),
    ("GET /x?ids=['a', 'b']&limit=1", "GET", "/x", [("ids", "['a', 'b']"), ("limit", "1")]),
])
def test_parse_request_line(text, method, path, query):
    rl = parse_request_line(text)
    assert (rl.method, rl.path, rl.query, rl.raw) == (method, path, query, text.strip())


@pytest.mark.parametrize("text", ["", "{", '"a": 1', "OK", "Accepted", "无", "v2/x", "GET v2/x",
                                  "- 示例 1", "状态码：200"])
def test_not_a_request_line(text):
    assert parse_request_line(text) is None


# -- unit: JSON repairs ----------------------------------------------------------------------

def test_valid_json_needs_no_repair():
    assert parse_json_body('{"a": [1, {"b": "}]"}]}') == ({"a": [1, {"b": "}]"}]}, "valid", [])


def test_repair_junction_closers_auto_closed_fragment():
    # fragment 1 was auto-closed (`]`, `}`); fragment 2 starts by closing the array itself
    text = '{\n"a": [\n1\n]\n}\n],\n"b": 2\n}'
    assert parse_json_body(text, junctions=[5]) == ({"a": [1], "b": 2}, "repaired",
                                                    ["junction closers"])


def test_repair_junction_closers_orphan_fence():
    assert parse_json_body('{\n"a": 1\n}\n}\n}', junctions=[3]) == \
        ({"a": 1}, "repaired", ["junction closers"])


def test_junction_closers_need_a_junction():
    # without a junction the same text is mended by the more invasive `wrong closer`
    assert parse_json_body('{\n"a": 1\n}\n}\n}')[2] == ["wrong closer"]


def test_repair_wrapped_string_joins_without_space():
    assert parse_json_body('{"u": "http://x/?\nlimit=1"}') == \
        ({"u": "http://x/?limit=1"}, "repaired", ["wrapped strings"])


def test_repair_trailing_commas_outside_strings_only():
    assert parse_json_body('{"a": "x,]", "b": [1,],}') == \
        ({"a": "x,]", "b": [1]}, "repaired", ["trailing commas"])


def test_repair_missing_final_closers():
    assert parse_json_body('{"a": [1, {"b": 2}') == \
        ({"a": [1, {"b": 2}]}, "repaired", ["missing final closers"])


def test_repair_wrong_closer():
    assert parse_json_body('{"a": [1, 2}\n}') == ({"a": [1, 2]}, "repaired", ["wrong closer"])


def test_repair_extra_closers():
    assert parse_json_body('{"a": [{"b": 1}]\n}]\n}') == \
        ({"a": [{"b": 1}]}, "repaired", ["wrong closer"])


def test_repairs_combine():
    value, state, repairs = parse_json_body('{"a": "x",\n"b": [1, 2,\n}')
    assert (value, state) == ({"a": "x", "b": [1, 2]}, "repaired")
    assert repairs == ["trailing commas", "missing final closers", "wrong closer"]


def test_unrepairable():
    assert parse_json_body('{"a": [1], {"b": 2}}') == (None, "unrepairable", [])


# -- unit: read_examples on small block lists ------------------------------------------------

def _p(text, line):
    return Paragraph(text, Loc(line=line))


def _c(text, line):
    return Code(text, Loc(line=line))


def test_merge_rule_on_small_blocks():
    f = Findings()
    blocks = [_p("状态码：200", 1), _p("OK", 3), _c('{\n"a": [', 5), _c('1 ]\n}', 9),
              _c('{"b": 1}', 13), _c('}', 17)]
    exs = read_examples(blocks, "response", section="x", findings=f)
    assert [(e.loc.line, e.value, e.state) for e in exs] == [
        (5, {"a": [1]}, "valid"), (13, {"b": 1}, "repaired")]
    assert exs[1].repairs == ["junction closers"] and exs[0].status == 200
    assert [x.kind for x in f] == ["example-repaired"]


def test_request_line_without_body_then_new_title():
    f = Findings()
    blocks = [_p("- one", 1), _c("GET https://{endpoint}/v1/a", 3), _p("- two", 6),
              _p("DELETE https://{endpoint}/v1/a", 8), _p("https://{endpoint}/v1/a", 9)]
    exs = read_examples(blocks, "request", section="x", findings=f)
    assert [(e.title, e.request_line.method, e.loc.line, e.state) for e in exs] == [
        ("one", "GET", 3, "none"), ("two", "DELETE", 8, "none")]
    assert [x.kind for x in f] == ["example-artefact-dropped"]


# -- SDK code samples ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def samples(manual):
    findings = Findings()
    out = []
    for s in manual.api_sections:
        for blocks in sdk_parts(s):
            out += [(s.number, c) for c in read_code_samples(blocks, section=s.number,
                                                             findings=findings)]
    return out, findings


def test_code_sample_counts(manual, samples):
    out, _ = samples
    fences = sum(isinstance(b, Code) for s in manual.api_sections for bl in sdk_parts(s)
                 for b in bl)
    assert fences == 118
    assert len({n for n, _ in out}) == 21
    assert Counter(c.language for _, c in out) == {"Java": 23, "Python": 23, "Go": 23}


def test_code_sample_split_by_page_break_1121(samples):
    out, _ = samples
    java = [c for n, c in out if n == "6.1.1" and c.language == "Java"]
    assert [c.loc.line for c in java] == [1121, 1202]
    assert "body.withOsSCHHNTSchedulerHints" in java[0].source      # the 1179 fragment


def test_code_lines_outside_the_fence_6992(samples):
    out, findings = samples
    java = next(c for n, c in out if n == "6.2.6" and c.language == "Java")
    assert "\nsecurity risks. It is recommended" in java.source
    assert 'String ak = System.getenv("CLOUD_SDK_AK");' in java.source
    assert {(f.section, f.loc.line) for f in findings if f.kind == "code-sample-split"} == \
        {("6.2.6", 6992), ("6.4.4", 8831)}


def test_code_samples_stop_at_more():
    blocks = [_p("Java", 1), _c("class A {}", 3), _p("更多", 6), _c("not a sample", 8)]
    samples = read_code_samples(blocks, section="x", findings=Findings())
    assert [(c.language, c.source) for c in samples] == [("Java", "class A {}")]
