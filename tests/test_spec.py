"""The OpenAPI spec built from the shipped manual."""
import json
import re
import subprocess
import sys
from collections import Counter

import pytest
import yaml

from extractor.lint import lint_spec
from extractor.naming import snake_case
from extractor.pipeline import build_spec, dump_json, dump_yaml
from extractor.validate import iter_media_examples, spec_errors

from conftest import FIXTURES, MANUAL, ROOT


def operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, method, op


def test_valid_oas_30(built):
    assert built.doc["openapi"] == "3.0.3"
    assert built.errors == []


def test_valid_oas_31():
    r = build_spec(MANUAL, oas="3.1")
    assert r.doc["openapi"] == "3.1.0"
    assert spec_errors(r.doc) == []
    # nullable became a type union
    text = json.dumps(r.doc)
    assert '"nullable"' not in text and '"null"' in text


def test_every_section_findable_by_number(built):
    numbers = set()
    for _, _, op in operations(built.doc):
        numbers.add(op["x-source"]["section"])
        numbers |= {v["x-source"]["section"] for v in op.get("x-variants", [])}
    assert len(numbers) == 122
    assert numbers == {s.number for s in built.api.sections}


def test_one_operation_per_method_and_path(built):
    ops = list(operations(built.doc))
    # 110 method+path pairs, `/{version}` and `/{api_version}` being one path
    assert len(ops) == 109
    shared = {f"{m.upper()} {p}": len(op["x-variants"]) for p, m, op in ops if "x-variants" in op}
    assert shared == {
        "GET /": 2, "GET /{api_version}": 2,
        "POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action": 2,
        "POST /v2/{project_id}/volumes/{volume_id}/action": 8,
        "POST /v3/{project_id}/volumes/{volume_id}/action": 4,
    }


def test_variants_selected_by_body_key_or_discriminator(built):
    op = built.doc["paths"]["/v2/{project_id}/volumes/{volume_id}/action"]["post"]
    keys = [v["key"] for v in op["x-variants"]]
    assert keys == ["os-extend", "os-set_bootable", "os-update_readonly_flag",
                    "os-volume_upload_image", "os-attach", "os-detach", "os-reserve", "os-unreserve"]
    assert len(op["requestBody"]["content"]["application/json"]["schema"]["oneOf"]) == 8
    tags = built.doc["paths"]["/v2/{project_id}/cloudvolumes/{volume_id}/tags/action"]["post"]
    schema = tags["requestBody"]["content"]["application/json"]["schema"]
    assert schema["discriminator"]["propertyName"] == "action"
    assert set(schema["discriminator"]["mapping"]) == {"create", "delete"}


def test_operation_ids_unique_and_readable(built):
    ops = list(operations(built.doc))
    top = [op["operationId"] for _, _, op in ops]
    variants = [v["operationId"] for _, _, op in ops for v in op.get("x-variants", [])]
    assert len(top) == len(set(top)) and len(variants) == len(set(variants))
    for _, _, op in ops:        # an operation may share its name with one of its own variants
        others = {v["operationId"] for _, _, o in ops if o is not op for v in o.get("x-variants", [])}
        assert op["operationId"] not in others
    assert all(re.fullmatch(r"[a-z][A-Za-z0-9]*", i) for i in top + variants)
    op = built.doc["paths"]["/v2.1/{project_id}/cloudvolumes"]["post"]
    assert op["operationId"].startswith("createVolume") and op["summary"] == "创建云硬盘"


def test_operation_ids_are_the_sdk_methods_of_the_code_samples(built):
    """snake_case(operationId) is the Python SDK method the section's sample calls."""
    calls = {}
    for _, _, op in operations(built.doc):
        for node in op.get("x-variants") or [op]:
            section = node["x-source"]["section"]
            for sample in op.get("x-codeSamples", []):
                if sample["lang"] == "Python" and f"({section})" in sample["label"]:
                    calls.setdefault(node["operationId"], set()).update(
                        re.findall(r"client\.([a-z_0-9]+)\(", sample["source"]))
    assert len(calls) == 21
    for oid, methods in calls.items():
        assert methods == {snake_case(oid)}, (oid, methods)


def test_variant_group_named_by_what_its_variants_share(built):
    paths = built.doc["paths"]
    root = paths["/"]["get"]
    assert root["operationId"] in {v["operationId"] for v in root["x-variants"]}
    tags = paths["/v2/{project_id}/cloudvolumes/{volume_id}/tags/action"]["post"]
    words = set(snake_case(tags["operationId"]).split("_"))
    for v in tags["x-variants"]:
        assert set(snake_case(v["operationId"]).split("_")) - words  # the verb tells them apart
    assert "action" in words


def test_deprecated_operations(built):
    deprecated = 0
    for _, _, op in operations(built.doc):
        if "x-variants" in op:
            deprecated += sum(v["deprecated"] for v in op["x-variants"])
        else:
            deprecated += bool(op.get("deprecated"))
    assert deprecated == 54


def test_auth_is_security_not_a_parameter(built):
    doc = built.doc
    assert doc["security"] == [{"token": []}, {"aksk": []}]
    assert doc["components"]["securitySchemes"]["token"]["name"] == "X-Auth-Token"
    for _, _, op in operations(doc):
        assert not [p for p in op.get("parameters", []) if p["name"] == "X-Auth-Token"]
    assert [f for f in built.api.findings if f.kind == "auth-header-as-security"]


def test_parameters_keep_manual_names_and_constraints(built):
    op = built.doc["paths"]["/v2/{project_id}/cloudvolumes/detail"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert {"limit", "offset", "sort_key", "sort_dir", "X-Client-Token"} & set(params) >= {"limit", "offset"}
    assert params["project_id"]["required"] is True


def test_status_enums_from_the_appendix(built):
    schemas = built.doc["components"]["schemas"]
    with_status_enum = [n for n, s in schemas.items()
                        if s.get("properties", {}).get("status", {}).get("x-enum-source")]
    assert with_status_enum
    titles = {schemas[n]["properties"]["status"]["x-enum-source"]["title"] for n in with_status_enum}
    assert titles == {"云硬盘状态", "云硬盘快照状态"}
    status = schemas[with_status_enum[0]]["properties"]["status"]
    assert len(status["enum"]) in (18, 7) and status["x-enum-descriptions"]


def test_components_named_after_model_tables(built):
    schemas = built.doc["components"]["schemas"]
    assert {"CreateVolumeOption", "BssParamForCreateVolume", "Link"} <= set(schemas)
    assert schemas["CreateVolumeOption"]["x-source"]["section"] == "6.1.1"
    assert schemas["CreateVolumeOption"]["title"] == "CreateVolumeOption"
    conflicts = [f for f in built.api.findings if f.kind == "model-definition-conflict"]
    assert {f.message.split("'")[1] for f in conflicts} >= {
        "VolumeMetadata", "VolumeDetail", "DiskDetail", "iops", "throughput", "CinderVolumeDetail"}
    # maps and top-level arrays
    assert schemas["CreateVolumeOption"]["properties"]["metadata"]["additionalProperties"] == {"type": "string"}
    unsub = built.doc["paths"]["/v2/{project_id}/cloudvolumes/unsubscribe"]["post"]["responses"]
    # 6.1.6: the table says `[数组元素] Array of UnsubscribeVolumeResponseBody objects`, the
    # example is one such object: the schema follows the example, a finding keeps the table
    ref = unsub["202"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    assert ref == "UnsubscribeVolumeResponseBody"
    assert [f for f in built.api.findings if f.kind == "example-array-vs-object" and f.section == "6.1.6"]
    # its 400 table (an array of strings) matches nothing in its example: the table stands
    ref = unsub["400"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    assert schemas[ref]["type"] == "array"


def test_component_names_are_tool_safe(built):
    from extractor.spec_names import RESERVED_TYPE_NAMES, fold, pascal_name
    schemas = built.doc["components"]["schemas"]
    numbers = {s.number.replace(".", "") for s in built.api.sections if s.number.count(".") >= 2}
    for name, schema in schemas.items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert name.lower() not in RESERVED_TYPE_NAMES, name
        assert not any(name.endswith(n) for n in numbers), name      # no section numbers
        if "x-manual-name" in schema:   # the manual's name, and what tells a variant apart
            assert schema["title"].startswith(schema["x-manual-name"])
            assert pascal_name(schema["title"]) in (name, pascal_name(name)) or \
                name.lower() == pascal_name(schema["title"]).lower() + "info"
    titles = [fold(s["title"]) for s in schemas.values() if "title" in s]
    assert len(titles) == len(set(titles))          # generators name classes by title
    assert len({fold(n) for n in schemas}) == len(schemas)
    # the manual's lower-case and hyphenated names become PascalCase, the manual's name kept
    manual_names = {}
    for n, sch in sorted(schemas.items(), key=lambda kv: len(kv[0]), reverse=True):
        if "x-manual-name" in sch:
            manual_names[sch["x-manual-name"]] = n      # the shortest name wins: the base
    assert manual_names["media-types"] == "MediaTypes" and manual_names["iops"] == "Iops"
    # `Error` is a type in most languages: renamed, its name kept in the title
    assert manual_names["Error"] != "Error" and schemas[manual_names["Error"]]["title"] == "Error"
    # two manual names equal after case-folding with one definition: one component
    in_manual = {name for s in built.api.sections if s.request for name in s.request.models
                 if fold(name) == "cinderupdatevolumereadonlyoption"}
    assert len(in_manual) == 2
    assert len([n for n in schemas if fold(n) == "cinderupdatevolumereadonlyoption"]) == 1


def test_variant_definitions_named_by_what_differs(built):
    """A second definition under one manual name gets its API version, else its operation."""
    schemas = built.doc["components"]["schemas"]
    op_ids = {op["operationId"] for _, _, op in operations(built.doc)} | {
        v["operationId"] for _, _, op in operations(built.doc) for v in op.get("x-variants", [])}
    conflicts = [f for f in built.api.findings if f.kind == "model-definition-conflict"]
    assert conflicts
    for f in conflicts:
        manual, named = f.message.split("'")[1], f.message.split("'")[-2]
        base = schemas[named]["x-manual-name"]
        assert base == manual and named != base
        rest = named[len(base):]
        assert re.fullmatch(r"V\d+", rest) or (
            rest.startswith("For") and rest[3:4].lower() + rest[4:] in op_ids), named


def test_tags_ascii_with_the_manuals_title_and_groups(built):
    doc = built.doc
    tags = doc["tags"]
    titles = dict(built.api.tags)
    for t in tags:
        assert t["name"].isascii() and re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]*", t["name"]), t
        assert t["x-displayName"] == titles[t["x-section"]]
        assert titles[t["x-section"]] in t["description"]
    assert len({t["name"].lower() for t in tags}) == len(tags)
    declared = {t["name"] for t in tags}
    for _, _, op in operations(doc):
        assert set(op["tags"]) <= declared
    grouped = [n for g in doc["x-tagGroups"] for n in g["tags"]]
    assert sorted(grouped) == sorted(declared)          # every tag in exactly one group
    names = [g["name"] for g in doc["x-tagGroups"]]
    assert {"API", "Cinder API", "历史 API / Cinder API"} <= set(names)


def test_error_body_shared(built):
    refs = Counter()
    for _, _, op in operations(built.doc):
        r = op["responses"].get("400", {}).get("content", {}).get("application/json", {})
        if "schema" in r:
            refs[r["schema"].get("$ref")] += 1
    assert refs.most_common(1)[0][0] == "#/components/schemas/ErrorResponse"


def test_every_example_attached_and_checked(built):
    examples = list(iter_media_examples(built.doc))
    bodies = sum(1 for s in built.api.sections for e in s.request_examples + s.response_examples
                 if e.state != "none")
    assert len(examples) == bodies == 273
    assert all("x-valid" in ex for *_, ex in examples)
    raw = [ex for *_, ex in examples if "x-raw" in ex]
    assert len(raw) == 2 and all(ex["x-valid"] is False for ex in raw)


def test_only_examples_that_validate_are_example_objects(built):
    """An Example Object always has a value that validates; the manual's other examples stay
    under x-invalid-examples with their finding."""
    from extractor.validate import ExampleChecker, closed
    checker = ExampleChecker(built.doc)
    strict = ExampleChecker(closed(built.doc))
    published = kept = 0
    mismatch = {f.message for f in built.api.findings if f.kind == "example-schema-mismatch"}
    for _, _, op in operations(built.doc):
        bodies = [op.get("requestBody", {})] + list(op["responses"].values())
        for media in (m for b in bodies for m in b.get("content", {}).values()):
            for ex in media.get("examples", {}).values():
                published += 1
                assert "value" in ex and ex["x-valid"] is True
                assert checker.errors(media["schema"], ex["value"]) == []
                assert strict.errors(media["schema"], ex["value"]) == []   # no other members
            for ex in media.get("x-invalid-examples", {}).values():
                kept += 1
                assert ex["x-finding"]
                if ex["x-valid"]:           # matches, but shows members no table documents
                    assert ex["x-finding"].startswith("example-undocumented-key")
                    assert strict.errors(media["schema"], ex["value"])
                elif "value" in ex:
                    assert checker.errors(media["schema"], ex["value"])
                    assert ex["x-finding"].split(": ", 1)[1] in mismatch
            assert media.get("examples", None) != {}
    assert published and published + kept == 273


def _finding(built, kind, section=None):
    return [f for f in built.api.findings if f.kind == kind and (section is None or f.section == section)]


def test_example_type_mismatch_is_a_finding_table_type_stands(built):
    schemas = built.doc["components"]["schemas"]
    assert schemas["CreateVolumeOption"]["properties"]["multiattach"]["type"] == "boolean"
    msgs = [f.message for f in _finding(built, "example-schema-mismatch", "6.1.1")]
    assert any("multiattach" in m for m in msgs) or any("isAutoPay" in m for m in msgs)


def request_schema(doc, method, path):
    """The component a request body refers to."""
    ref = doc["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return doc["components"]["schemas"][ref["$ref"].split("/")[-1]]


def test_key_typo_schema_follows_example(built):
    body = request_schema(built.doc, "post", "/v2.1/{project_id}/cloudvolumes")
    assert "OS-SCH-HNT:scheduler_hints" in body["properties"]
    assert "OS-SCH-HNT:schedule_r_hints" not in body["properties"]
    assert any("schedule_r_hints" in f.message for f in _finding(built, "example-key-typo", "6.1.1"))


def test_trust_tables_reads_tables_literally():
    r = build_spec(MANUAL, trust="tables")
    body = request_schema(r.doc, "post", "/v2.1/{project_id}/cloudvolumes")
    assert "OS-SCH-HNT:schedule_r_hints" in body["properties"]


def test_wrapper_schema_follows_example(built):
    wrapped = {f.section for f in _finding(built, "example-wrapper")}
    assert {"7.1.2", "8.2.1.8"} & wrapped


def test_iam_on_operations(built):
    linked = [op for _, _, op in operations(built.doc) if op["x-iam"].get("actions")]
    assert len(linked) >= 90
    op = built.doc["paths"]["/v2/{project_id}/cloudvolumes"]["post"]
    assert op["x-iam"]["actions"] == ["evs:volumes:create"] and op["x-iam"]["match"] == "exact"
    unlinked = _finding(built, "iam-unlinked-row")
    assert len(unlinked) == 4


def test_error_codes_and_statuses_at_root(built):
    doc = built.doc
    assert len(doc["x-error-codes"]) == 168
    assert Counter(e["code"] for e in doc["x-error-codes"])["EVS.5400"] == 8
    assert len(doc["x-http-statuses"]) == 20
    assert [len(s["values"]) for s in doc["x-status-sets"]] == [18, 7]


def test_x_source_everywhere(built):
    for _, _, op in operations(built.doc):
        assert set(op["x-source"]) == {"section", "title", "line"}
    for name, schema in built.doc["components"]["schemas"].items():
        assert "section" in schema["x-source"], name


def test_deterministic_and_round_trip(built):
    again = build_spec(MANUAL)
    assert dump_yaml(again.doc) == dump_yaml(built.doc)
    assert dump_json(again.doc) == dump_json(built.doc)
    assert yaml.safe_load(dump_yaml(built.doc)) == json.loads(dump_json(built.doc))


def test_committed_spec_is_current():
    """specs/ holds the shipped manual's build with specs/evs.overlay.yaml applied."""
    from extractor.overlay import OverlaySet
    current = build_spec(MANUAL, overlays=OverlaySet(spec_dir=ROOT / "specs"))
    committed = json.loads((ROOT / "specs" / "evs.openapi.json").read_text(encoding="utf-8"))
    assert committed == json.loads(dump_json(current.doc))


def test_second_manual_builds_a_valid_spec():
    r = build_spec(FIXTURES / "second-manual.txt")
    assert r.errors == []
    assert len(list(operations(r.doc))) == 4
    assert all(ex["x-valid"] for *_, ex in iter_media_examples(r.doc))


def test_lint_rules_on_the_built_spec(built):
    problems = lint_spec(built.doc)
    rules = Counter(p.rule for p in problems)
    for clean in ("operation-operationId", "operation-operationId-unique", "path-params",
                  "array-items", "no-$ref-siblings", "operation-success-response",
                  "operation-tags", "oas3-unused-component", "oas3-server-trailing-slash",
                  "typed-enum", "duplicated-entry-in-enum"):
        assert rules[clean] == 0, clean
    assert rules["oas3-valid-media-example"] == 0     # only examples that validate are published


def test_lint_rules_catch_problems(built):
    import copy
    doc = copy.deepcopy(built.doc)
    op = doc["paths"]["/v2.1/{project_id}/cloudvolumes"]["post"]
    del op["operationId"]
    op["parameters"] = [p for p in op.get("parameters", []) if p["in"] != "path"]
    doc["servers"][0]["url"] += "/"
    doc["components"]["schemas"]["Unused"] = {"type": "array"}
    doc["components"]["schemas"]["Bad"] = {"$ref": "#/components/schemas/Error", "description": "x"}
    rules = {p.rule for p in lint_spec(doc)}
    assert {"operation-operationId", "path-params", "oas3-server-trailing-slash",
            "oas3-unused-component", "array-items", "no-$ref-siblings"} <= rules


# -- interoperability: third-party consumers -------------------------------------------

def test_openapi_core_validates_the_manuals_request_examples(built):
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest
    api = OpenAPI.from_dict(built.doc)
    server = built.doc["servers"][0]   # the spec's own server, its variables at their defaults
    host = re.sub(r"\{(\w+)\}", lambda m: server["variables"][m.group(1)]["default"],
                  server["url"])
    checked = 0
    for path, method, op in operations(built.doc):
        for name, ex in op.get("requestBody", {}).get("content", {}).get(
                "application/json", {}).get("examples", {}).items():
            if not ex.get("x-valid"):
                continue
            req = MockRequest(host, method, re.sub(r"\{[^}]+\}", "abc", path),
                              data=json.dumps(ex["value"]), content_type="application/json",
                              headers={"X-Auth-Token": "t"})
            api.validate_request(req)
            checked += 1
    assert checked >= 40


def test_schemathesis_loads_every_operation(built):
    schemathesis = pytest.importorskip("schemathesis")
    schema = schemathesis.openapi.from_dict(built.doc)
    results = list(schema.get_all_operations())
    assert len(results) == 109
    assert all(r.ok() for r in results)


# -- the commands -----------------------------------------------------------------------

def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_build_command_writes_three_files(tmp_path):
    r = run("build", "-o", str(tmp_path), "--stem", "x")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "x.findings.json", "x.openapi.json", "x.openapi.yaml"]
    findings = json.loads((tmp_path / "x.findings.json").read_text(encoding="utf-8"))
    assert {"kind", "severity", "section", "line", "message"} <= set(findings[0])


def test_build_bad_input_leaves_no_output(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("不是手册\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run("build", str(bad), "-o", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert not out.exists()


def test_lint_command_fail_on(tmp_path):
    r = run("lint", "--fail-on", "error")
    assert r.returncode == 1          # the two unrepairable examples are errors
    assert "ERROR example-unrepairable (2)" in r.stdout
    r = run("lint", str(ROOT / "specs" / "evs.openapi.yaml"))
    assert r.returncode == 0 and "WARNING example-repaired (28)" in r.stdout


def test_dependent_actions(built):
    op = built.doc["paths"]["/v2/{project_id}/volumes/{volume_id}"]["put"]
    assert op["x-iam"]["actions"] == ["evs:volumes:update", "evs:volumes:get"]
    assert op["x-iam"]["dependent-actions"] == ["evs:volumes:get"]
    assert [f for f in built.api.findings if f.kind == "iam-dependent-actions"]


def test_field_names_that_are_schema_keywords_count_in_structure():
    from extractor.openapi_schemas import _structure_key
    a = {"type": "object", "properties": {"description": {"type": "string"}, "id": {"type": "string"}}}
    b = {"type": "object", "properties": {"id": {"type": "string", "description": "x"}}}
    assert _structure_key(a) != _structure_key(b)
    assert _structure_key(b) == _structure_key({"type": "object", "properties": {"id": {"type": "string"}}})


def test_site_shows_the_examples_kept_aside(built):
    """The reference site still shows a manual example that does not match its schema,
    with the finding as its note."""
    from extractor.generate.site import build_model
    model = build_model(json.loads(json.dumps(built.doc)))
    shown = []
    for op in model.operations:
        for r in op.responses:
            shown += [e for e in r.examples if e.valid is False]
        shown += [r.body for r in op.requests if r.body is not None and r.body.valid is False]
        for v in op.variants:
            shown += [r.body for r in v.requests if r.body is not None and r.body.valid is False]
    kept = [ex for *_, ex in iter_media_examples(built.doc) if ex["x-valid"] is False]
    assert kept and len({id(e) for e in shown}) >= len(kept) - 2   # two have no request line
    assert all(e.note for e in shown)


def _props_named(doc, name):
    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict) and name in node["properties"]:
                yield node["properties"][name]
            for v in node.values():
                yield from walk(v)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v)
    return list(walk(doc["components"]))


def test_types_decided_by_the_whole_manual(built):
    """Snapshot size: Integer in most tables and the examples, String in a few: integer."""
    tables = Counter(f.raw_type.strip() for s in built.api.sections
                     for b in [s.request] + [r.body for r in s.responses.values()] if b
                     for f in b.fields + [x for m in b.models.values() for x in m.fields]
                     if f.name == "size")
    assert tables["Integer"] > tables["String"] > 0          # the manual is of two minds
    sizes = _props_named(built.doc, "size")
    assert sizes and all(p.get("type") == "integer" for p in sizes)
    decided = _finding(built, "example-type-decided")
    assert {f.section for f in decided if "'size'" in f.message} >= {"7.1.2", "7.1.3", "7.1.4"}
    # the snapshot examples that contradicted the String tables now validate
    for _, _, op in operations(built.doc):
        if op["x-source"]["section"] in ("7.1.3", "7.1.4"):
            media = op["responses"]["200"]["content"]["application/json"]
            exs = {**media.get("examples", {}), **media.get("x-invalid-examples", {})}
            assert exs and all(ex["x-valid"] is True for ex in exs.values())


def test_true_false_string_enum_stays_a_string(built):
    pays = _props_named(built.doc, "isAutoPay")
    assert pays and all(p["type"] == "string" and set(p["enum"]) == {"true", "false"}
                        for p in pays)
    kept = [f for f in _finding(built, "example-type-kept", "6.1.1") if "isAutoPay" in f.message]
    assert kept and '"true"/"false"' in kept[0].message
    # one boolean example against a Boolean the manual agrees on: the table stands
    assert any("multiattach" in f.message for f in _finding(built, "example-type-kept", "6.1.1"))


def test_trust_tables_keeps_the_tables_types():
    r = build_spec(MANUAL, trust="tables")
    assert any(p.get("type") == "string" for p in _props_named(r.doc, "size"))
    assert not [f for f in r.api.findings if f.kind == "example-type-decided"]


@pytest.fixture(scope="module")
def built31():
    return build_spec(MANUAL, oas="3.1")


def _schema_nodes(node, path=""):
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            if k not in ("examples", "x-invalid-examples", "example"):
                yield from _schema_nodes(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _schema_nodes(v, f"{path}/{i}")


@pytest.mark.parametrize("which", ["3.0", "3.1"])
def test_open_objects_and_parallel_enum_descriptions(built, built31, which):
    doc = built.doc if which == "3.0" else built31.doc
    opened = 0
    for where, node in _schema_nodes(doc["components"]):
        types = node.get("type")
        if types == "object" or (isinstance(types, list) and "object" in types):
            assert "properties" in node or "additionalProperties" in node, where
            opened += node.get("additionalProperties") is True
        if "x-enum-descriptions" in node:
            descs, enum = node["x-enum-descriptions"], node["enum"]
            assert isinstance(descs, list) and len(descs) == len(enum), where
            assert all(isinstance(d, str) for d in descs)
    assert opened >= 10              # the manual's `Object` cells and field-less tables
    # the status appendix's descriptions line up with their values
    status = next(n for _, n in _schema_nodes(doc["components"])
                  if isinstance(n.get("x-enum-source"), dict))
    sets = {s["title"]: s for s in doc["x-status-sets"]}
    values = sets[status["x-enum-source"]["title"]]["values"]
    for v in values:
        i = status["enum"].index(v["value"])
        assert status["x-enum-descriptions"][i] == v["description"]


def test_every_operation_documents_the_error_chapters_statuses(built):
    """`错误码: 请参见错误码` in a section: its operation documents every error status the
    error-code chapter lists, with the common error body."""
    chapter = {e["status"] for e in built.doc["x-error-codes"] if e["status"] >= 400}
    assert {400, 401, 403, 404, 500} <= chapter
    pointing = {s.number for s in built.api.sections if "错误码" in s.errors_text}
    assert len(pointing) == 122
    bodies = Counter()
    for path, method, op in operations(built.doc):
        statuses = {int(k) for k in op["responses"]}
        assert chapter <= statuses, (method, path)
        for k, r in op["responses"].items():
            if r.get("x-from") == "error-codes":
                bodies[r["content"]["application/json"]["schema"]["$ref"]] += 1
    assert list(bodies) == ["#/components/schemas/ErrorResponse"]
    cloud_v3 = built.doc["paths"]["/v3/{project_id}/cloudvolumes"]["post"]["responses"]
    assert any(400 <= int(k) < 500 for k in cloud_v3)
    assert _finding(built, "error-responses-from-chapter")


def test_diff_classifies_renames_as_breaking(built):
    """Renaming an operation, a component or a tag breaks generated clients: the diff says so."""
    from extractor.diff import collect_changes
    old = json.loads(json.dumps(built.doc))
    op = old["paths"]["/v2.1/{project_id}/cloudvolumes"]["post"]
    op["operationId"] = "createVolumeV21"
    name = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    old_name = name + "_6_1_1"
    schemas = old["components"]["schemas"]
    schemas[old_name] = schemas.pop(name)
    text = json.dumps(old).replace(f'"#/components/schemas/{name}"',
                                   f'"#/components/schemas/{old_name}"')
    old = json.loads(text)
    old["tags"][1]["name"] = old["tags"][1]["x-displayName"]
    changes = {(c.rule, c.level) for c in collect_changes(old, built.doc)}
    assert {("operation-id-changed", "breaking"), ("schema-renamed", "breaking"),
            ("tag-renamed", "breaking")} <= changes
    assert collect_changes(built.doc, json.loads(json.dumps(built.doc))) == []


def test_build_is_byte_identical_across_hash_seeds(tmp_path):
    """Set order varies with PYTHONHASHSEED; nothing in the spec may depend on it."""
    import os
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "extractor", "build", str(MANUAL), "-o", str(out),
                        "-q"], cwd=ROOT, env=env, check=True, timeout=600)
        outs.append((out / "evs.openapi.json").read_bytes())
    assert outs[0] == outs[1]
