"""Spec diff and the update workflow, on the shipped manual, edited copies of it, and
rearranged copies of its spec.

Each edited manual changes one thing the way a new edition would; the expected changes
are what that edit means for the API (worked out from the edit, not from a run).
"""
from __future__ import annotations

import copy
import json
import random
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import MANUAL, ROOT
from spec_lookup import op_id, variant_by_key

from extractor.cli import main
from extractor.diff import collect_changes, diff_specs
from extractor.diff.changelog import add_entry
from extractor.diff.formats import format_json, format_markdown, format_text
from extractor.diff.policy import read_ignore_file
from extractor.diff.rules import RULES
from extractor.diff.schemas import lookup
from extractor.errors import InputError
from extractor.openapi import to_oas31
from extractor.pipeline import build_spec, dump_json, dump_yaml

TEXT = MANUAL.read_text(encoding="utf-8")


# ---- editing the manual ------------------------------------------------------------------
def _heading_end(text: str, heading: str) -> int:
    """End of the body heading line (not the TOC entry, which carries a page number)."""
    m = re.search(r"(?m)^" + re.escape(heading) + r"$", text)
    assert m, heading
    return m.end()


def replace_after(text: str, heading: str, old: str, new: str) -> str:
    """Replace the first `old` after the section heading."""
    at = _heading_end(text, heading)
    i = text.index(old, at)
    return text[:i] + new + text[i + len(old):]


def drop_line(text: str, heading: str | None, prefix: str) -> str:
    """Remove the first line starting with `prefix` (after the heading, if given)."""
    at = _heading_end(text, heading) if heading else 0
    m = re.compile(r"(?m)^" + re.escape(prefix) + r".*\n").search(text, at)
    assert m, prefix
    return text[:m.start()] + text[m.end():]


NEW_SECTION = """6.5.2 查询 job 列表

功能介绍

查询所有Job的执行状态。

调用方法

请参见[如何调用API](#)。

URI

GET /v1/{project_id}/jobs

表 6-253 路径参数

参数\t是否必选\t参数类型\t描述
project_id\t是\tString\t项目ID。获取方法请参见 "获取项目ID" 。

请求参数

表 6-254 请求 Header 参数

参数\t是否必选\t参数类型\t描述
X-Auth-Token\t是\tString\t用户Token。

响应参数

状态码：200

表 6-255 响应 Body 参数

参数\t参数类型\t描述
jobs\tArray of JobSummary objects\tjob列表。

表 6-256 JobSummary

参数\t参数类型\t描述
job_id\tString\tjob的ID。
status\tString\tjob的状态。

请求示例

```
GET https://{endpoint}/v1/{project_id}/jobs
```

响应示例

状态码：200

OK

```
{
  "jobs": [
    {
      "job_id": "4010a32d535527910153552b492c0002",
      "status": "RUNNING"
    }
  ]
}
```

状态码

状态码\t描述
200\tOK

错误码

请参见[错误码](#)。

"""


def add_section(text: str) -> str:
    toc = "6.5.1 查询 job 的状态.....\t266\n"
    assert toc in text
    text = text.replace(toc, toc + "6.5.2 查询 job 列表.....\t270\n", 1)
    at = _heading_end(text, "7 Cinder API") - len("7 Cinder API")
    return text[:at] + NEW_SECTION + text[at:]


def mark_deprecated(text: str) -> str:
    toc = "6.1.15 修改云硬盘 QoS\t149"
    assert toc in text
    text = text.replace(toc, "6.1.15 修改云硬盘 QoS(废弃)\t149", 1)
    return re.sub(r"(?m)^6\.1\.15 修改云硬盘 QoS$", "6.1.15 修改云硬盘 QoS(废弃)", text)


def new_edition(text: str, version: str, date: str) -> str:
    assert "文档版本 01\n发布日期 2025-08-20" in text
    return text.replace("文档版本 01\n发布日期 2025-08-20", f"文档版本 {version}\n发布日期 {date}", 1)


def retype(heading: str):
    return lambda t: replace_after(t, heading, "new_size\t是\tInteger", "new_size\t是\tString")


def add_required_query(t: str) -> str:
    return replace_after(t, "6.1.3 查询所有云硬盘详情", "name\t否\tString",
                         "tenant_scope\t是\tString\t参数解释 查询范围。\nname\t否\tString")


def add_permission_action(t: str) -> str:
    row = "cloudvolumes /detail\tevs:volumes:li st"
    return replace_after(t, "9.3 云硬盘", row, row + " evs:volumes:get")


# name -> (edit, {(rule, operationId or None, subject)})
EDITS = {
    "response field row removed": (
        lambda t: drop_line(t, "6.2.1 创建云硬盘快照",
                            "volume_id\tString\t参数解释 快照所属的云硬盘ID。"),
        {("response-property-removed", op_id("post", "/v2/{project_id}/cloudsnapshots"),
          "snapshot.volume_id")}),
    "request field Integer -> String": (
        retype("6.1.7 扩容云硬盘"),
        {("request-property-type-changed",
          op_id("post", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action"), "os-extend.new_size")}),
    "new required query parameter": (
        add_required_query,
        {("request-parameter-added-required", op_id("get", "/v2/{project_id}/cloudvolumes/detail"),
          "tenant_scope")}),
    "API section added": (
        add_section, {("operation-added", "listJobs", "listJobs")}),
    "section marked deprecated": (
        mark_deprecated, {("operation-deprecated", "modifyVolumeQos", "")}),
    "error code row removed": (
        lambda t: drop_line(t, "A.1 错误码", "400\tEVS.2088\t"),
        {("error-code-removed", None, "EVS.2088")}),
    "permission row gains an action": (
        add_permission_action,
        {("iam-action-added", op_id("get", "/v2/{project_id}/cloudvolumes/detail"),
          "evs:volumes:get")}),
    "oneOf variant field Integer -> String": (
        retype("8.2.1.21 扩容云硬盘（废弃）"),
        {("request-property-type-changed", variant_by_key(
            "post", "/v2/{project_id}/volumes/{volume_id}/action", "os-extend")["operationId"],
          "os-extend.new_size")}),
}


# A type edited in one table is outvoted by the rest of the manual (api/types.py), so
# these edits are read with --trust tables, against the shipped manual read the same way.
TABLE_TRUST = {"request field Integer -> String", "oneOf variant field Integer -> String"}


def trust_of(name: str) -> str:
    return "tables" if name in TABLE_TRUST else "examples"


@pytest.fixture(scope="module")
def base_specs(built):
    """The shipped manual's spec as each edit's side is read (default or --trust tables)."""
    cache = {"examples": built.doc}

    def get(name: str) -> dict:
        trust = trust_of(name)
        if trust not in cache:
            cache[trust] = build_spec(MANUAL, trust=trust).doc
        return cache[trust]
    return get


@pytest.fixture(scope="module")
def edited_specs(tmp_path_factory):
    """Built lazily, once per edit."""
    cache: dict[str, dict] = {}
    base = tmp_path_factory.mktemp("edited")

    def get(name: str) -> dict:
        if name not in cache:
            text = EDITS[name][0](TEXT)
            assert text != TEXT
            path = base / f"{len(cache)}.txt"
            path.write_text(text, encoding="utf-8")
            result = build_spec(path, trust=trust_of(name))
            assert not result.errors
            cache[name] = result.doc
        return cache[name]
    return get


def key(c) -> tuple:
    return (c.rule, c.operation.operation_id if c.operation else None, c.subject)


def resolves(doc: dict, ptr: str) -> bool:
    return ptr == "" or lookup(doc, "#" + ptr) is not None


def assert_located(changes, old: dict, new: dict) -> None:
    """Every change names an operation (or is a root-table change) and a real location."""
    for c in changes:
        assert resolves(new if c.side == "new" else old, c.pointer), (c.rule, c.pointer)
        if c.operation is not None:
            op = c.operation
            assert op.method and op.path.startswith("/") and op.operation_id and op.section


@pytest.mark.parametrize("name", list(EDITS))
def test_edited_manual_gives_exactly_the_expected_changes(name, base_specs, edited_specs):
    new, old = edited_specs(name), base_specs(name)
    changes = collect_changes(old, new)
    assert {key(c) for c in changes} == EDITS[name][1]
    assert len(changes) == len(EDITS[name][1])
    for c in changes:
        assert c.level == RULES[c.rule].level
    assert_located(changes, old, new)


def test_levels_of_the_edits(base_specs, edited_specs):
    levels = {name: {c.level for c in collect_changes(base_specs(name), edited_specs(name))}
              for name in EDITS}
    assert levels == {
        "response field row removed": {"breaking"},
        "request field Integer -> String": {"breaking"},
        "new required query parameter": {"breaking"},
        "API section added": {"info"},
        "section marked deprecated": {"warning"},
        "error code row removed": {"warning"},
        "permission row gains an action": {"breaking"},
        "oneOf variant field Integer -> String": {"breaking"},
    }


def test_variant_change_names_the_variant_and_its_shared_path(base_specs, edited_specs):
    name = "oneOf variant field Integer -> String"
    [c] = collect_changes(base_specs(name), edited_specs(name))
    assert (c.operation.method, c.operation.path) == \
        ("POST", "/v2/{project_id}/volumes/{volume_id}/action")
    assert (c.operation.variant, c.operation.section) == ("os-extend", "8.2.1.21")
    assert c.pointer.endswith("/properties/new_size")
    assert (c.old, c.new) == ("integer", "string")


def test_error_code_and_location_of_removed_things(built, edited_specs):
    [c] = collect_changes(built.doc, edited_specs("error code row removed"))
    assert c.side == "old" and lookup(built.doc, "#" + c.pointer)["code"] == "EVS.2088"
    [c] = collect_changes(built.doc, edited_specs("response field row removed"))
    assert c.side == "old" and c.pointer.endswith("/properties/volume_id")


# ---- rearranged specs --------------------------------------------------------------------
SET_LISTS = ("parameters", "required", "enum", "oneOf", "anyOf", "x-variants", "actions",
             "x-error-codes")


def shuffled(node, rng: random.Random):
    """The same document with every dict's key order and every set-like list shuffled."""
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        out = {}
        for k, v in items:
            v = shuffled(v, rng)
            if k in SET_LISTS and isinstance(v, list):
                v = list(v)
                rng.shuffle(v)
            out[k] = v
        return out
    if isinstance(node, list):
        return [shuffled(v, rng) for v in node]
    return node


def inlined(doc: dict, *, flatten_allof: bool, only: set[str] | None = None) -> dict:
    """Replace `$ref`s to component schemas by copies of the schemas (all, or `only`)."""
    doc = copy.deepcopy(doc)
    schemas = doc["components"]["schemas"]

    def expand(node, stack=()):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if (only is None or name in only) and name not in stack:
                    return expand(copy.deepcopy(schemas[name]), stack + (name,))
            if flatten_allof and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
                inner = expand(node["allOf"][0], stack)
                rest = {k: expand(v, stack) for k, v in node.items() if k != "allOf"}
                if "$ref" not in inner:
                    return {**inner, **rest}
                return {"allOf": [inner], **rest}
            return {k: expand(v, stack) for k, v in node.items()}
        if isinstance(node, list):
            return [expand(v, stack) for v in node]
        return node
    doc["paths"] = expand(doc["paths"])
    return doc


def count_refs(node) -> int:
    if isinstance(node, dict):
        return ("$ref" in node) + sum(count_refs(v) for v in node.values())
    if isinstance(node, list):
        return sum(count_refs(v) for v in node)
    return 0


def test_reordered_spec_reports_nothing(built):
    doc = built.doc
    other = shuffled(doc, random.Random(7))
    assert list(other["paths"]) != list(doc["paths"])
    assert collect_changes(doc, other) == []
    assert collect_changes(other, doc) == []


@pytest.mark.parametrize("flatten", [False, True])
def test_inlined_refs_report_nothing(built, flatten):
    doc = built.doc
    other = inlined(doc, flatten_allof=flatten)
    assert count_refs(other["paths"]) == 0 < count_refs(doc["paths"])
    assert collect_changes(doc, other) == []
    assert collect_changes(other, doc) == []


def test_inlined_and_reordered_spec_still_shows_a_real_change(built):
    """Inlining must not hide changes: drop a field from one inlined copy only."""
    other = shuffled(inlined(built.doc, flatten_allof=True), random.Random(3))
    op = other["paths"]["/v2/{project_id}/cloudsnapshots"]["post"]
    snapshot = op["responses"]["202"]["content"]["application/json"]["schema"]
    del snapshot["properties"]["snapshot"]["properties"]["size"]
    changes = collect_changes(built.doc, other)
    assert {key(c) for c in changes} == \
        {("response-property-removed", op["operationId"], "snapshot.size")}


def test_oas31_rendering_of_the_same_spec_reports_nothing(built):
    assert collect_changes(built.doc, to_oas31(copy.deepcopy(built.doc))) == []


# ---- oneOf variants, path and method changes (spec-level edits) -------------------------
def test_change_inside_one_oneof_variant_is_reported_for_that_variant_only(built):
    new = copy.deepcopy(built.doc)
    props = new["components"]["schemas"]["BatchDeleteVolumeTagsRequestBody"]["properties"]
    name = min(k for k in props if k != "action")
    del props[name]
    changes = collect_changes(built.doc, new)
    assert {(c.rule, c.operation.operation_id, c.operation.variant, c.subject)
            for c in changes} == \
        {("request-property-removed", "batchDeleteVolumeTags", "action=delete", name)}


def test_variant_removed_added_and_reordered(built):
    path = "/v3/{project_id}/volumes/{volume_id}/action"
    new = copy.deepcopy(built.doc)
    op = new["paths"][path]["post"]
    gone = next(v for v in op["x-variants"] if v.get("key") == "os-update_readonly_flag")
    op["x-variants"].remove(gone)
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    schema["oneOf"].remove(gone["requestBody"])
    op["x-variants"].reverse()
    schema["oneOf"].reverse()
    changes = collect_changes(built.doc, new)
    assert {(c.rule, c.operation.operation_id, c.operation.variant) for c in changes} == \
        {("variant-removed", gone["operationId"], "os-update_readonly_flag")}
    back = collect_changes(new, built.doc)
    assert {(c.rule, c.operation.operation_id) for c in back} == \
        {("variant-added", gone["operationId"])}


def test_single_section_path_gaining_variants(built):
    """An edition where a path had one section, against one where three more share it."""
    path = "/v3/{project_id}/volumes/{volume_id}/action"
    old = copy.deepcopy(built.doc)
    op = old["paths"][path]["post"]
    first = op.pop("x-variants")[0]
    op["requestBody"]["content"]["application/json"]["schema"] = first["requestBody"]
    op.update({"operationId": first["operationId"], "x-source": first["x-source"],
               "x-iam": first["x-iam"]})
    changes = collect_changes(old, built.doc)
    others = [v for v in built.doc["paths"][path]["post"]["x-variants"][1:]]
    assert sorted((c.rule, c.operation.operation_id, c.operation.variant) for c in changes) == \
        sorted(("variant-added", v["operationId"], v["key"]) for v in others)
    assert_located(changes, old, built.doc)


def test_response_anyof_alternative_removed(built):
    new = copy.deepcopy(built.doc)
    schema = new["paths"]["/"]["get"]["responses"]["300"]["content"]["application/json"]["schema"]
    dropped = schema["anyOf"].pop()["$ref"].rsplit("/", 1)[-1]
    changes = collect_changes(built.doc, new)
    assert [(c.rule, c.operation.path, c.old) for c in changes] == \
        [("response-body-oneof-item-removed", "/", dropped)]


def test_path_and_method_changes_pair_by_manual_section(built):
    new = copy.deepcopy(built.doc)
    paths = new["paths"]
    paths["/v2/{project_id}/jobs/{job_id}"] = paths.pop("/v1/{project_id}/jobs/{job_id}")
    qos = paths["/v5/{project_id}/cloudvolumes/{volume_id}/qos"]
    qos["post"] = qos.pop("put")
    changes = collect_changes(built.doc, new)
    assert {(c.rule, c.operation.operation_id, c.old, c.new) for c in changes} == {
        ("operation-path-changed", "showJobStatus", "/v1/{project_id}/jobs/{job_id}",
         "/v2/{project_id}/jobs/{job_id}"),
        ("operation-method-changed", "modifyVolumeQos", "PUT", "POST")}
    assert_located(changes, built.doc, new)


def test_path_parameter_renamed_is_no_change(built):
    new = copy.deepcopy(built.doc)
    text = json.dumps(new["paths"]["/v1/{project_id}/jobs/{job_id}"])
    new["paths"]["/v1/{project_id}/jobs/{id}"] = json.loads(text.replace('"job_id"', '"id"'))
    del new["paths"]["/v1/{project_id}/jobs/{job_id}"]
    assert collect_changes(built.doc, new) == []


def test_operation_removed_depends_on_deprecation(built):
    new = copy.deepcopy(built.doc)
    del new["paths"]["/v1/{project_id}/jobs/{job_id}"]                     # current
    del new["paths"]["/v2/{project_id}/cloudvolumes"]["get"]               # deprecated
    assert {(c.rule, c.level, c.operation.operation_id, c.side)
            for c in collect_changes(built.doc, new)} == {
        ("operation-removed", "breaking", "showJobStatus", "old"),
        ("deprecated-operation-removed", "warning", "listVolumesV2Cloudvolumes", "old")}


def test_schema_rules_on_a_request_field(built):
    """Enum value removed, maxLength narrowed, range narrowed, made required: one each."""
    new = copy.deepcopy(built.doc)
    params = new["paths"]["/v2/{project_id}/cloudvolumes/detail"]["get"]["parameters"]
    by_name = {p["name"]: p for p in params}
    by_name["sort_dir"]["schema"]["enum"].remove("asc")
    by_name["name"]["schema"]["maxLength"] = 64
    by_name["limit"]["schema"]["maximum"] = 1000
    by_name["marker"]["required"] = True
    changes = collect_changes(built.doc, new)
    assert {(c.rule, c.subject, c.level) for c in changes} == {
        ("request-parameter-enum-value-removed", "sort_dir", "breaking"),
        ("request-parameter-max-length-decreased", "name", "breaking"),
        ("request-parameter-max-decreased", "limit", "breaking"),
        ("request-parameter-became-required", "marker", "breaking")}


def test_response_enum_value_added_and_status_removed(built):
    new = copy.deepcopy(built.doc)
    op = new["paths"]["/v2/{project_id}/cloudvolumes/detail"]["get"]
    del op["responses"]["400"]
    param = next(p for p in op["parameters"] if p["name"] == "service_type")
    param["schema"]["enum"].append("NEW")            # a request enum grows: info
    changes = collect_changes(built.doc, new)
    assert {(c.rule, c.level) for c in changes} == {
        ("response-error-status-removed", "warning"),
        ("request-parameter-enum-value-added", "info")}


def test_response_headers_added_removed_and_made_optional():
    """On the ECS spec, the operation documenting a response header: the header gone is
    breaking, a new one info, a required one made optional a warning (names case-blind)."""
    doc = json.loads((ROOT / "specs" / "ecs" / "ecs.openapi.json").read_text(encoding="utf-8"))
    (path, method, status, name), = [
        (p, m, s, h) for p, item in doc["paths"].items() for m, op in item.items()
        for s, r in op["responses"].items() for h in r.get("headers") or {}]

    def edited(edit):
        new = copy.deepcopy(doc)
        edit(new["paths"][path][method]["responses"][status]["headers"])
        return {(c.rule, c.level) for c in collect_changes(doc, new)}
    assert edited(lambda h: h.pop(name)) == {("response-header-removed", "breaking")}
    assert edited(lambda h: h.update({"X-New": {"schema": {"type": "string"}}})) == {
        ("response-header-added", "info")}
    assert edited(lambda h: h.update({name.upper(): h.pop(name)})) == set()
    required = copy.deepcopy(doc)
    required["paths"][path][method]["responses"][status]["headers"][name]["required"] = True
    assert {(c.rule, c.level) for c in collect_changes(required, doc)} == {
        ("response-header-became-optional", "warning")}


# ---- policy: levels, ignore file, exit status ----------------------------------------------
@pytest.fixture()
def spec_pair(built, tmp_path):
    """The shipped spec and a copy with one breaking, one warning and one info change."""
    new = copy.deepcopy(built.doc)
    del new["paths"]["/v1/{project_id}/jobs/{job_id}"]
    new["x-error-codes"] = [r for r in new["x-error-codes"] if r["code"] != "EVS.2088"]
    new["x-error-codes"].append({"status": 400, "code": "EVS.9999", "message": "new",
                                 "description": "d", "remedy": "r"})
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(dump_json(built.doc), encoding="utf-8")
    new_path.write_text(dump_json(new), encoding="utf-8")
    return old_path, new_path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_fail_on_and_level_overrides(spec_pair):
    old, new = spec_pair
    assert run("diff", old, new).exit_code == 0
    r = run("diff", old, new, "--fail-on", "breaking")
    assert r.exit_code == 1     # the last line says which changes crossed the threshold
    assert r.stderr.strip().splitlines()[-1].startswith("doc2spec: --fail-on breaking: ")
    assert "operation-removed" in r.stderr.strip().splitlines()[-1]
    r = run("diff", old, new, "--fail-on", "breaking", "--level", "operation-removed=info")
    assert r.exit_code == 0 and "info      operation-removed" in r.output
    r = run("diff", old, new, "--fail-on", "warning", "--level", "operation-removed=off",
            "--level", "error-code-removed=info")
    assert r.exit_code == 0
    assert "operation-removed" not in r.output
    assert r.output.strip().endswith("2 changes: 0 breaking, 0 warning, 2 info")


def test_ignore_file(spec_pair, tmp_path):
    old, new = spec_pair
    ignore = tmp_path / "ignore.txt"
    ignore.write_text("# acknowledged in review\n"
                      "operation-removed  GET /v1/{project_id}/jobs/{id}   # moved\n"
                      "error-code-removed EVS.2088\n"
                      "*  /x-error-codes/999\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["diff", str(old), str(new), "--ignore", str(ignore),
                                  "--fail-on", "warning", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [c["rule"] for c in data["changes"]] == ["error-code-added"]
    assert sorted(c["rule"] for c in data["ignored"]) == ["error-code-removed",
                                                          "operation-removed"]
    assert data["summary"]["ignored"] == 2
    assert "line 4" in r.stderr and "matched no change" in r.stderr
    entries = read_ignore_file(ignore)
    assert [e.targets for e in entries] == [("GET /v1/{project_id}/jobs/{id}",), ("EVS.2088",),
                                            ("/x-error-codes/999",)]


@pytest.mark.parametrize("args, message", [
    (["--level", "no-such-rule=info"], "unknown rule 'no-such-rule'"),
    (["--level", "operation-removed=fatal"], "level must be one of"),
    (["--ignore", "IGNORE"], "line 1: unknown rule 'operation-gone'"),
])
def test_bad_policy_input_is_a_one_line_error(spec_pair, tmp_path, args, message):
    old, new = spec_pair
    ignore = tmp_path / "IGNORE"
    ignore.write_text("operation-gone listJobs\n", encoding="utf-8")
    args = [str(ignore) if a == "IGNORE" else a for a in args]
    r = subprocess.run([sys.executable, "-m", "extractor", "diff", str(old), str(new), *args],
                       check=False, capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2
    assert message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_side_that_is_not_a_spec_or_manual(tmp_path, spec_pair):
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.3"}', encoding="utf-8")
    r = CliRunner().invoke(main, ["diff", str(spec_pair[0]), str(bad)])
    assert r.exit_code == 2 and "not an OpenAPI document" in r.stderr


def test_manual_against_itself_reports_nothing(built, tmp_path, monkeypatch):
    """A manual side is built on the fly; the shipped manual against its own spec."""
    spec = tmp_path / "evs.openapi.json"
    spec.write_text(dump_json(built.doc), encoding="utf-8")
    monkeypatch.chdir(tmp_path)      # no specs/<stem>.overlay.yaml here: the manual as it is
    r = run("diff", MANUAL, spec, "--fail-on", "warning")
    assert r.exit_code == 0
    assert r.output.splitlines()[-1] == "no changes"


def test_yaml_and_json_sides(built, tmp_path):
    """A spec side may be YAML or JSON (a part of the spec, to keep YAML loading quick)."""
    part = copy.deepcopy(built.doc)
    part["paths"] = {p: item for p, item in part["paths"].items() if p.startswith("/v1/")}
    used = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(part["paths"])))
    while True:
        more = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(
            [part["components"]["schemas"][n] for n in used]))) - used
        if not more:
            break
        used |= more
    part["components"]["schemas"] = {n: part["components"]["schemas"][n] for n in sorted(used)}
    (tmp_path / "a.yaml").write_text(dump_yaml(part), encoding="utf-8")
    (tmp_path / "b.json").write_text(dump_json(part), encoding="utf-8")
    assert run("diff", tmp_path / "a.yaml", tmp_path / "b.json").output.endswith("no changes\n")
    del part["paths"]["/v1/{project_id}/jobs/{job_id}"]["get"]["responses"]["200"]
    (tmp_path / "c.yml").write_text(dump_yaml(part), encoding="utf-8")
    r = run("diff", tmp_path / "b.json", tmp_path / "c.yml", "--fail-on", "breaking")
    assert r.exit_code == 1 and "response-success-status-removed" in r.output


# ---- output formats ------------------------------------------------------------------------
def test_formats_quote_text_from_the_manual_safely(built):
    old = copy.deepcopy(built.doc)
    new = copy.deepcopy(built.doc)
    op = new["paths"]["/v1/{project_id}/jobs/{job_id}"]["get"]
    op["deprecated"] = True
    op["x-source"]["title"] = "<script>alert(1)</script> *x* | `y`\x1b[31m"
    new["info"]["title"] = "<b>EVS</b>"
    result = diff_specs(old, new)
    md = format_markdown(result)
    assert "<script>" not in md and "<b>" not in md
    assert "&lt;script&gt;" in md and "\\*x\\*" in md and "\\|" in md
    text = format_text(result)
    assert "\x1b" not in text and "\\x1b" in text
    data = json.loads(format_json(result))
    [c] = data["changes"]
    assert c["operation"]["title"] == op["x-source"]["title"]
    assert c["operation"]["operationId"] == "showJobStatus"
    assert c["pointer"] == "/paths/~1v1~1{project_id}~1jobs~1{job_id}/get"


def test_text_output_groups_by_operation(spec_pair):
    old, new = spec_pair
    out = run("diff", old, new).output
    lines = out.splitlines()
    op_line = next(i for i, line in enumerate(lines) if line.startswith("GET /v1/"))
    assert "showJobStatus" in lines[op_line] and "§6.5.1" in lines[op_line]
    assert "operation-removed" in lines[op_line + 1]
    assert out.index("GET /v1/") < out.index("Outside operations")
    md = run("diff", old, new, "--format", "markdown").output
    assert md.index("### Breaking changes") < md.index("### Warnings") < \
        md.index("### Other changes")


def test_output_is_deterministic(spec_pair):
    old, new = spec_pair
    outs = {run("diff", old, new, "--format", f).output for f in ("json",) * 2}
    assert len(outs) == 1


# ---- the update workflow -----------------------------------------------------------------
def test_add_entry_puts_the_newest_first():
    text = add_entry(None, "## 01 (2025-08-20)\n\nfirst\n")
    text = add_entry(text, "## 02 (2025-09-30)\n\nsecond\n")
    assert text.startswith("# API changelog")
    assert text.index("## 02") < text.index("## 01")
    assert add_entry(text, "") == text


def test_first_entry_and_heading():
    from extractor.diff.changelog import first_entry
    from extractor.diff.model import DocInfo
    entry = first_entry(DocInfo("云硬盘 API 参考", "01", "2025-08-20"), 109)
    assert entry.startswith("## 01 (2025-08-20)\n") and "109 operations" in entry


def test_update_workflow(built, tmp_path):
    out = tmp_path / "specs"
    out.mkdir()
    (out / "evs.openapi.json").write_text(dump_json(built.doc), encoding="utf-8")
    runner = CliRunner()
    # 1. the same manual again: no changes, no changelog entry, the files build writes
    r = runner.invoke(main, ["update", str(MANUAL), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[-1] == "no changes" and "no entry" in r.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "evs.findings.json", "evs.openapi.json", "evs.openapi.yaml"]
    assert (out / "evs.openapi.json").read_text(encoding="utf-8") == dump_json(built.doc)
    assert (out / "evs.openapi.yaml").read_text(encoding="utf-8") == dump_yaml(built.doc)
    assert json.loads((out / "evs.findings.json").read_text(encoding="utf-8")) == \
        [f.as_dict() for f in built.api.findings]
    (out / "CHANGELOG.md").write_text(add_entry(None, "## 01 (2025-08-20)\n\nfirst\n"),
                                      encoding="utf-8")

    # 2. a new edition with one change: diff printed, files rewritten, entry on top
    manual2 = tmp_path / "evs-02.txt"
    manual2.write_text(new_edition(EDITS["new required query parameter"][0](TEXT), "02",
                                   "2025-09-30"), encoding="utf-8")
    r = runner.invoke(main, ["update", str(manual2), "-o", str(out), "--format", "markdown"])
    assert r.exit_code == 0, r.output
    assert "`request-parameter-added-required`" in r.stdout
    assert "1 change: 1 breaking, 0 warning, 0 info" in r.stdout
    spec2 = json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))
    assert spec2["info"]["version"] == "02"
    assert "tenant_scope" in {p["name"] for p in
                              spec2["paths"]["/v2/{project_id}/cloudvolumes/detail"]["get"]
                              ["parameters"]}
    log = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.startswith("# API changelog")
    assert log.index("## 02 (2025-09-30)") < log.index("## 01 (2025-08-20)")
    entry = log[log.index("## 02"):log.index("## 01")]
    assert "`tenant_scope`" in entry and "request-parameter-added-required" in entry
    assert "### Breaking changes" in entry and "compared with 云硬盘 API 参考 01" in entry


def test_update_of_a_bad_manual_writes_nothing(tmp_path):
    out = tmp_path / "specs"
    bad = tmp_path / "bad.txt"
    bad.write_text("not a manual\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["update", str(bad), "-o", str(out)])
    assert r.exit_code == 2
    assert not out.exists()


def test_load_side_rejects_a_missing_file(tmp_path):
    from extractor.diff import load_side
    with pytest.raises(InputError):
        load_side(tmp_path / "missing.yaml")
