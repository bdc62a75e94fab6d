"""OpenAPI Overlays: corrections applied to every build of the shipped manual.

Made-up corrections exercise each action kind on the real spec; the committed overlay
(specs/evs.overlay.yaml) is checked on the shipped manual and on test editions of it
that fix one corrected error each (edited copies in a tmp dir).
"""
from __future__ import annotations

import copy
import html
import json
import re
import shutil

import pytest
import yaml
from click.testing import CliRunner
from conftest import MANUAL, ROOT

from extractor.cli import main
from extractor.findings import Findings
from extractor.overlay import OverlaySet, read_overlay
from extractor.overlay.apply import apply_overlay, record_findings
from extractor.overlay.locations import jsonpath_of, value_at
from extractor.pipeline import build_spec, dump_json, dump_yaml
from extractor.validate import spec_errors

COMMITTED = ROOT / "specs" / "evs.overlay.yaml"
TEXT = MANUAL.read_text(encoding="utf-8")
METHODS = ("get", "put", "post", "delete", "patch")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def write_overlay(path, actions, title="made-up corrections"):
    path.write_text(yaml.safe_dump({"overlay": "1.0.0", "info": {"title": title, "version": "1"},
                                    "actions": actions}, allow_unicode=True), encoding="utf-8")
    return path


def applied(doc, path):
    """Apply the overlay file at `path` to `doc`; (outcomes, findings by kind)."""
    info = dict(doc["info"])
    outcomes = apply_overlay(doc, read_overlay(path, path.name))
    findings = Findings()
    record_findings(outcomes, info, findings)
    by_kind: dict[str, list] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    return outcomes, by_kind


def operation_with(doc, test):
    """(path, method, operation) of the first operation passing `test`."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item and test(item[method]):
                return path, method, item[method]
    raise AssertionError("no such operation")


def object_schema_with_string_property(doc):
    for name, schema in doc["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            if sub.get("type") == "string" and "enum" not in sub and "maxLength" not in sub:
                return name, prop
    raise AssertionError("no schema with a string property")


def marks(obj):
    return obj.get("x-overlay", [])


def edition(text, version="02", date="2026-01-15"):
    """A later edition: the cover's document version and release date changed."""
    old = re.search(r"文档版本 \S+\n发布日期 \S+", text)
    assert old, "cover version lines"
    return text.replace(old.group(0), f"文档版本 {version}\n发布日期 {date}", 1)


def insert_after(text, heading, anchor, new):
    """Insert `new` after the first line starting with `anchor` below the body heading."""
    at = re.search(r"(?m)^" + re.escape(heading) + r"$", text).end()
    m = re.compile(r"(?m)^" + re.escape(anchor) + r".*\n").search(text, at)
    assert m, anchor
    return text[:m.end()] + new + text[m.end():]


# ---- each action kind on the spec, with made-up corrections ---------------------------------
def test_update_actions_merge_and_carry_provenance(built, tmp_path):
    doc = copy.deepcopy(built.doc)
    path, method, op = operation_with(doc, lambda o: o.get("tags"))
    schema, prop = object_schema_with_string_property(doc)
    op_loc, props_loc = ("paths", path, method), ("components", "schemas", schema, "properties")
    overlay = write_overlay(tmp_path / "fix.yaml", [
        {"target": jsonpath_of(op_loc), "description": "made-up: a clearer summary",
         "update": {"summary": "made-up summary", "externalDocs": {"url": "https://x.invalid"}}},
        {"target": jsonpath_of(props_loc + (prop,)), "description": "made-up: a length limit",
         "update": {"maxLength": 64}},
        {"target": jsonpath_of(props_loc), "description": "made-up: a field the tables miss",
         "update": {"made_up_field": {"type": "integer"}}},
        {"target": jsonpath_of(op_loc + ("tags",)), "description": "made-up: a second tag",
         "update": "made-up-tag"},
    ])
    outcomes, findings = applied(doc, overlay)
    assert [o.status for o in outcomes] == ["applied"] * 4
    assert [f.kind for f in findings["overlay-applied"]] == ["overlay-applied"] * 4
    op = doc["paths"][path][method]
    assert op["summary"] == "made-up summary" and op["externalDocs"]["url"] == "https://x.invalid"
    assert op["tags"][-1] == "made-up-tag"
    assert [(m["file"], m["action"]) for m in marks(op)] == [("fix.yaml", 1), ("fix.yaml", 4)]
    assert marks(op)[0]["description"] == "made-up: a clearer summary"
    props = doc["components"]["schemas"][schema]["properties"]
    assert props[prop]["maxLength"] == 64 and marks(props[prop])[0]["action"] == 2
    # a new field carries the mark itself; the map of names never gets an x- key
    assert marks(props["made_up_field"])[0]["action"] == 3 and "x-overlay" not in props
    assert "x-overlay" not in doc["components"]["schemas"]
    assert spec_errors(doc) == []


def test_remove_actions(built, tmp_path):
    doc = copy.deepcopy(built.doc)
    path, method, op = operation_with(doc, lambda o: len(o.get("parameters") or []) >= 2)
    param = op["parameters"][-1]["name"]
    schema, prop = object_schema_with_string_property(doc)
    overlay = write_overlay(tmp_path / "fix.yaml", [
        {"target": jsonpath_of(("paths", path, method, "parameters"))
         + f"[?@.name == '{param}']", "description": "made-up: not a real parameter",
         "remove": True},
        {"target": jsonpath_of(("components", "schemas", schema, "properties", prop)),
         "description": "made-up: not a real field", "remove": True},
    ])
    count = len(op["parameters"])
    outcomes, _ = applied(doc, overlay)
    assert [o.status for o in outcomes] == ["applied", "applied"]
    op = doc["paths"][path][method]
    assert len(op["parameters"]) == count - 1 and param not in {p["name"] for p in op["parameters"]}
    assert marks(op)[0]["description"] == "made-up: not a real parameter"
    target = doc["components"]["schemas"][schema]
    assert prop not in target["properties"] and "x-overlay" not in target["properties"]
    assert marks(target)[0]["action"] == 2
    assert spec_errors(doc) == []


def test_provenance_never_lands_inside_example_data(built, tmp_path):
    doc = copy.deepcopy(built.doc)
    path, method, op = operation_with(doc, lambda o: any(
        isinstance(ex.get("value"), dict) for r in o.get("responses", {}).values()
        for m in (r.get("content") or {}).values() for ex in (m.get("examples") or {}).values()))
    status, media_type, name = next(
        (s, t, n) for s, r in op["responses"].items() for t, m in (r.get("content") or {}).items()
        for n, ex in (m.get("examples") or {}).items() if isinstance(ex.get("value"), dict))
    loc = ("paths", path, method, "responses", status, "content", media_type, "examples", name)
    overlay = write_overlay(tmp_path / "fix.yaml", [
        {"target": jsonpath_of(loc + ("value",)), "description": "made-up: example key",
         "update": {"made_up_key": 1}}])
    applied(doc, overlay)
    example = value_at(doc, loc)
    assert example["value"]["made_up_key"] == 1 and "x-overlay" not in example["value"]
    assert marks(example)[0]["description"] == "made-up: example key"


def test_missing_and_redundant_actions_are_findings(built, tmp_path):
    doc = copy.deepcopy(built.doc)
    path, method, op = operation_with(doc, lambda o: o.get("summary"))
    overlay = write_overlay(tmp_path / "fix.yaml", [
        {"target": "$.paths['/made/up/path'].get", "description": "made-up: gone",
         "update": {"summary": "x"}},
        {"target": jsonpath_of(("paths", path, method)), "description": "made-up: already so",
         "update": {"summary": op["summary"]}},
    ])
    before = copy.deepcopy(doc)
    outcomes, findings = applied(doc, overlay)
    assert [o.status for o in outcomes] == ["missing", "redundant"]
    assert doc == before                      # nothing changed, nothing marked
    (missing,), (redundant,) = findings["overlay-target-missing"], findings["overlay-now-redundant"]
    assert "fix.yaml action 1" in missing.message and "/made/up/path" in missing.message
    version = doc["info"]["version"]
    assert f"the manual fixed this in edition {version}" in redundant.message
    assert "remove the action" in redundant.message


def test_bad_overlays_fail_in_one_line(tmp_path):
    cases = {
        "no-target.yaml": [{"update": {"a": 1}}],
        "bad-path.yaml": [{"target": "$.paths[?", "update": {}}],
        "no-effect.yaml": [{"target": "$.info"}],
    }
    for name, actions in cases.items():
        r = run("build", MANUAL, "-o", tmp_path / "out", "--overlay",
                write_overlay(tmp_path / name, actions))
        assert r.exit_code == 2, (name, r.output)
        assert len(r.stderr.strip().splitlines()) == 1 and "action 1" in r.stderr, r.stderr
        assert "Traceback" not in r.output
    assert not (tmp_path / "out").exists()


def test_unparsable_overlay_names_the_place(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("overlay: 1.0.0\ninfo: {title: x\nactions: [\n", encoding="utf-8")
    r = run("build", MANUAL, "-o", tmp_path / "out", "--overlay", bad)
    assert r.exit_code == 2, r.output
    # one line: the problem, then where it is (not PyYAML's context line alone)
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "not a YAML/JSON overlay: did not find expected ',' or '}' at line 3" in r.stderr
    assert "(while parsing a flow mapping)" in r.stderr


def test_scalar_target_is_refused(built, tmp_path):
    from extractor.errors import InputError
    doc = copy.deepcopy(built.doc)
    overlay = write_overlay(tmp_path / "fix.yaml", [{"target": "$.info.title", "update": "x"}])
    with pytest.raises(InputError, match="select the object that holds it"):
        applied(doc, overlay)


# ---- the committed overlay ---------------------------------------------------------------
@pytest.fixture(scope="module")
def overlaid():
    """The shipped manual built with the committed overlay, as `build` into specs/ does."""
    return build_spec(MANUAL, overlays=OverlaySet(spec_dir=COMMITTED.parent))


def test_committed_overlay_applies_every_action(overlaid):
    actions = read_overlay(COMMITTED, COMMITTED.name).actions
    kinds = [f.kind for f in overlaid.api.findings if f.kind.startswith("overlay-")]
    assert kinds == ["overlay-applied"] * len(actions)
    assert overlaid.errors == []
    # every action names its evidence in the manual (sections and lines), and each line it
    # cites holds the key the action is about
    lines = TEXT.split("\n")
    for a in actions:
        assert re.search(r"§\d+(\.\d+)+", a.description), a.index
        cited = [int(n) for n in re.findall(r"\b(\d{4,5})\b", a.description)]
        assert cited, a.index
        keys = set(re.findall(r"[\w-]+:[\w-]+", a.target + json.dumps(a.update if a.has_update
                                                                   else None)))
        for n in cited:
            assert any(k in lines[n - 1] for k in keys | {"HW:availability_zone"}), (a.index, n)
    text = json.dumps(overlaid.doc, ensure_ascii=False)
    for a in actions:
        assert f'"file": "evs.overlay.yaml", "action": {a.index}' in text


def test_committed_overlay_is_in_the_regenerated_spec(overlaid):
    """tools/regenerate runs `doc2spec build`, which picks up specs/evs.overlay.yaml."""
    assert "doc2spec build" in (ROOT / "tools" / "regenerate").read_text(encoding="utf-8")
    committed = json.loads((ROOT / "specs" / "evs.openapi.json").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(overlaid.doc))


def test_committed_overlay_corrections(overlaid):
    schemas = overlaid.doc["components"]["schemas"]
    with_zone = [s for s in schemas.values() if "HW:availability_zone" in s.get("properties", {})]
    assert not [s for s in schemas.values() if "XX:availability_zone" in s.get("properties", {})]
    assert [m["action"] for s in with_zone for m in marks(s["properties"]["HW:availability_zone"])
            ] == [1]
    volume = next(s for s in schemas.values()
                  if s.get("x-source", {}).get("section") == "8.2.1.16"
                  and s["x-source"].get("title") == "CinderVolumeDetail")
    for key in ("os-vol-mig-status-attr:migstat", "os-vol-mig-status-attr:name_id"):
        assert volume["properties"][key]["type"] == "string"
        assert volume["properties"][key]["nullable"] is True     # the example sends null


@pytest.mark.parametrize("oas", ["3.0", "3.1"])
def test_overlays_on_both_openapi_versions(oas, tmp_path):
    made_up = write_overlay(tmp_path / "mine.yaml", [
        {"target": "$.info", "description": "made-up: a contact", "update": {
            "contact": {"name": "made-up maintainer"}}},
        {"target": "$.components.schemas[?@['x-source'].section == '8.2.1.16' && "
                   "@['x-source'].title == 'CinderVolumeDetail'].properties",
         "description": "made-up: the same fields again", "update": {
             "os-vol-mig-status-attr:migstat": {"type": "string", "nullable": True}}},
    ])
    result = build_spec(MANUAL, oas=oas, overlays=OverlaySet((made_up,), COMMITTED.parent))
    assert result.errors == [] and result.doc["openapi"].startswith(oas)
    outcome = {f.message.split(" (")[0].split(":")[0]: f.kind for f in result.api.findings
               if f.kind.startswith("overlay-")}
    assert outcome == {"evs.overlay.yaml action 1": "overlay-applied",
                       "evs.overlay.yaml action 2": "overlay-applied",
                       "evs.overlay.yaml action 3": "overlay-applied",
                       "mine.yaml action 1": "overlay-applied",
                       "mine.yaml action 2": "overlay-now-redundant"}
    assert result.doc["info"]["contact"]["name"] == "made-up maintainer"
    migstat = next(s for s in result.doc["components"]["schemas"].values()
                   if s.get("x-source", {}).get("section") == "8.2.1.16"
                   and s["x-source"].get("title") == "CinderVolumeDetail"
                   )["properties"]["os-vol-mig-status-attr:migstat"]
    if oas == "3.1":
        assert migstat["type"] == ["string", "null"] and "nullable" not in migstat
    else:
        assert migstat["type"] == "string" and migstat["nullable"] is True


def test_build_is_deterministic_and_names_overlays_without_machine_paths(overlaid, tmp_path):
    """The CLI's build in a fresh folder equals the fixture's build byte for byte."""
    out = tmp_path / "specs"
    out.mkdir()
    shutil.copy(COMMITTED, out / "evs.overlay.yaml")
    extra = write_overlay(tmp_path / "extra.yaml", [
        {"target": "$.info", "description": "made-up", "update": {"x-made-up": 1}}])
    r = run("build", MANUAL, "-o", out, "--overlay", extra, "-q")
    assert r.exit_code == 0, r.output
    expected = copy.deepcopy(overlaid.doc)
    apply_overlay(expected, read_overlay(extra, "extra.yaml"))
    assert (out / "evs.openapi.json").read_text(encoding="utf-8") == dump_json(expected)
    assert (out / "evs.openapi.yaml").read_text(encoding="utf-8") == dump_yaml(expected)
    # an overlay outside the spec's folder and the current one is named by its name only
    assert expected["info"]["x-overlay"][0]["file"] == "extra.yaml"
    written = (out / "evs.openapi.json").read_text("utf-8") + (out / "evs.findings.json"
                                                                 ).read_text("utf-8")
    assert str(tmp_path) not in written and str(ROOT) not in written


# ---- new editions: update reports what the manual fixed ------------------------------------
@pytest.fixture()
def specs_dir(overlaid, tmp_path):
    """A specs/ folder as committed: the spec of edition 01 and the overlay."""
    out = tmp_path / "specs"
    out.mkdir()
    shutil.copy(COMMITTED, out / "evs.overlay.yaml")
    (out / "evs.openapi.json").write_text(dump_json(overlaid.doc), encoding="utf-8")
    return out


def test_update_reports_a_redundant_action(specs_dir, tmp_path):
    # edition 02 documents the two fields of §8.2.1.16 that the committed overlay adds
    rows = ("os-vol-mig-status-attr:migstat\tString\t预留属性。\n"
            "os-vol-mig-status-attr:name_id\tString\t预留属性。\n")
    fixed = insert_after(TEXT, "8.2.1.16 查询单个云硬盘详情", "os-vol-tenant-attr:tenant_id\t", rows)
    manual = tmp_path / "evs-02.txt"
    manual.write_text(edition(fixed), encoding="utf-8")
    r = run("update", manual, "-o", specs_dir)
    assert r.exit_code == 0, r.output
    attention = [line for line in r.stderr.splitlines() if line.startswith("!!")]
    assert attention[0] == "!! overlay: 1 action(s) need attention"
    assert len(attention) == 2 and "overlay-now-redundant: evs.overlay.yaml action 3" in attention[1]
    assert "the manual fixed this in edition 02 (2026-01-15)" in attention[1]
    assert "remove the action" in attention[1]
    spec = json.loads((specs_dir / "evs.openapi.json").read_text(encoding="utf-8"))
    volume = next(s for s in spec["components"]["schemas"].values()
                  if s.get("x-source", {}).get("section") == "8.2.1.16"
                  and s["x-source"].get("title") == "CinderVolumeDetail")
    migstat = volume["properties"]["os-vol-mig-status-attr:migstat"]
    assert migstat["type"] == "string" and "x-overlay" not in migstat   # the manual's own now
    kinds = [f["kind"] for f in json.loads((specs_dir / "evs.findings.json").read_text("utf-8"))]
    assert kinds.count("overlay-now-redundant") == 1 and kinds.count("overlay-applied") == 2


def test_update_reports_a_target_that_vanished(specs_dir, tmp_path):
    # edition 02 spells the extra spec key in its examples as its tables do
    assert TEXT.count('"XX:availability_zone"') == 2
    manual = tmp_path / "evs-02.txt"
    manual.write_text(edition(TEXT.replace('"XX:availability_zone"', '"HW:availability_zone"')),
                      encoding="utf-8")
    r = run("update", manual, "-o", specs_dir)
    assert r.exit_code == 0, r.output
    attention = [line for line in r.stderr.splitlines() if line.startswith("!!")]
    assert attention[0] == "!! overlay: 2 action(s) need attention"
    assert [re.search(r"(overlay-\S+): evs.overlay.yaml (action \d)", a).groups()
            for a in attention[1:]] == [("overlay-target-missing", "action 1"),
                                        ("overlay-target-missing", "action 2")]
    assert all("matches nothing in edition 02" in a for a in attention[1:])
    spec = json.loads((specs_dir / "evs.openapi.json").read_text(encoding="utf-8"))
    zone = [s["properties"]["HW:availability_zone"] for s in spec["components"]["schemas"].values()
            if "HW:availability_zone" in s.get("properties", {})]
    assert zone and not any("x-overlay" in z for z in zone)


def test_diff_and_lint_on_a_manual_see_the_overlay(tmp_path, monkeypatch):
    from extractor.diff import load_side
    (tmp_path / "specs").mkdir()
    shutil.copy(COMMITTED, tmp_path / "specs" / "evs.overlay.yaml")
    monkeypatch.chdir(tmp_path)
    doc = load_side(MANUAL)
    assert '"file": "evs.overlay.yaml"' in json.dumps(doc)
    r = run("lint", MANUAL, "--json")
    kinds = [p["kind"] for p in json.loads(r.stdout)]
    assert kinds.count("overlay-applied") == len(read_overlay(COMMITTED, "x").actions)


# ---- the site ----------------------------------------------------------------------------
def test_site_marks_corrected_values(overlaid, tmp_path):
    spec = tmp_path / "evs.openapi.json"
    spec.write_text(json.dumps(overlaid.doc, ensure_ascii=False), encoding="utf-8")
    r = run("site", spec, "-o", tmp_path / "site", "-q")
    assert r.exit_code == 0, r.output
    action = read_overlay(COMMITTED, "x").actions[2]
    pages = {p.name: html.unescape(re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8")))
             for p in (tmp_path / "site" / "ops").glob("*.html")}
    marked = [name for name, text in pages.items()
              if f"corrected by overlay: {action.description}" in text]
    # the pages of §8.2.1.16 (the only schema the action changed), and no other
    assert marked and all("§8.2.1.16" in pages[n] for n in marked)
    assert all("os-vol-mig-status-attr:migstat" in pages[n] for n in marked)
    first = read_overlay(COMMITTED, "x").actions[0].description
    assert any(f"corrected by overlay: {first}" in text for text in pages.values())


# ---- suggestions ---------------------------------------------------------------------------
def test_suggested_overlay_applies_cleanly(built, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)                    # no specs/ here: the manual as it is
    r = run("lint", MANUAL, "--suggest-overlay", "draft.yaml")
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "specs").exists()       # nothing applied, nothing written but the draft
    draft = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    raw = built                                   # the same build, without overlays
    texts = {f.kind: [] for f in raw.api.findings}
    for f in raw.api.findings:
        where = " ".join(x for x in (f"§{f.section}" if f.section else "",
                                     f"line {f.loc.line}" if f.loc and f.loc.line else "") if x)
        texts[f.kind].append(f"{where}: {f.message}")
    by_kind: dict[str, int] = {}
    for action in draft["actions"]:
        kind = next(k for k, ts in texts.items() if any(action["description"].startswith(t)
                                                        for t in ts))
        by_kind[kind] = by_kind.get(kind, 0) + 1
    assert set(by_kind) <= {"example-schema-mismatch", "example-undocumented-key",
                            "example-key-typo"}
    assert set(by_kind) >= {"example-undocumented-key", "example-key-typo"} & set(texts)

    out = tmp_path / "out"
    r = run("build", MANUAL, "-o", out, "--overlay", tmp_path / "draft.yaml", "-q")
    assert r.exit_code == 0, r.output
    findings = json.loads((out / "evs.findings.json").read_text(encoding="utf-8"))
    kinds = [f["kind"] for f in findings]
    assert kinds.count("overlay-applied") == len(draft["actions"])
    assert "overlay-target-missing" not in kinds and "overlay-now-redundant" not in kinds
    spec = json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))
    # every key an example alone showed is now a field of the schema that example uses
    for f in raw.api.findings:
        m = re.search(r"the example has the key '(?:.+\.)?([^.']+)'", f.message)
        if f.kind == "example-undocumented-key" and m:
            assert f'"{m.group(1)}": {{' in json.dumps(spec, ensure_ascii=False), m.group(1)
    assert kinds.count("example-schema-mismatch") < [f.kind for f in raw.api.findings].count(
        "example-schema-mismatch") or "example-schema-mismatch" not in by_kind
    # suggesting again on the corrected spec finds nothing new for the fixed type conflicts
    r = run("lint", out / "evs.openapi.json", "--suggest-overlay")
    again = yaml.safe_load(r.stdout) if r.stdout.strip() else {"actions": []}
    assert len(again["actions"]) < len(draft["actions"])


def test_suggest_overlay_never_writes_over_a_manual_or_an_applied_overlay(tmp_path):
    manual = tmp_path / "m.txt"
    manual.write_text("not read\n", encoding="utf-8")
    for target in (manual, tmp_path / "evs.overlay.yaml"):
        r = run("lint", str(ROOT / "specs" / "evs.openapi.json"), "--suggest-overlay", target)
        assert r.exit_code == 2 and "--suggest-overlay" in r.stderr, r.output
    assert manual.read_text(encoding="utf-8") == "not read\n"
    assert not (tmp_path / "evs.overlay.yaml").exists()
