"""The reader on the English HTML export (ECS), checked against facts the tests compute
from the HTML themselves (tests/ecs_facts.py)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from extractor.api.iam import path_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecs_facts import export_facts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ECS = ROOT / "manuals" / "otc-ecs-api-ref"
QUERY = re.compile(r"\{\?[^}]*\}$|\?.*$")


@pytest.fixture(scope="module")
def facts():
    return export_facts(ECS)


@pytest.fixture(scope="module")
def ecs_built():
    from extractor.pipeline import build_spec
    return build_spec(ECS)


@pytest.fixture(scope="module")
def ecs_api(ecs_built):
    return ecs_built.api


def _section_of(api, topic):
    found = [s for s in api.sections if s.loc.topic == topic]
    assert len(found) == 1, topic
    return found[0]


def _findings(api, kind, section=None):
    return [f for f in api.findings if f.kind == kind and
            (section is None or f.section == section)]


def test_language_and_front_end(ecs_api):
    assert (ecs_api.language, ecs_api.front_end) == ("en", "html")
    assert ecs_api.service_abbreviation == "ECS"


def test_every_uri_topic_is_an_operation_with_its_request_line(ecs_api, ecs_built, facts):
    assert len(ecs_api.sections) == facts["api_topic_count"]
    for t in facts["api_topics"]:
        sec = _section_of(ecs_api, t.file)
        method, raw = t.uri_lines[0].split(" ", 1)
        assert (sec.method, sec.path) == (method, QUERY.sub("", raw)), t.file
        if sec.path != raw:
            assert _findings(ecs_api, "uri-query-in-line", sec.number)
        path = sec.path
        if path not in ecs_built.doc["paths"]:
            # another method's spelling of the path, or a repeated name numbered: a finding
            assert (_findings(ecs_api, "path-parameter-names", sec.number)
                    or _findings(ecs_api, "path-parameter-repeated", sec.number)), t.file
            path, = [p for p in ecs_built.doc["paths"] if path_key(p) == path_key(sec.path)]
        op = ecs_built.doc["paths"][path][method.lower()]
        topics = {op["x-source"]["topic"]} | {v["x-source"]["topic"]
                                               for v in op.get("x-variants", [])}
        assert t.file in topics
        # a further request line is a finding naming it
        alternates = _findings(ecs_api, "uri-alternative", sec.number)
        assert len(alternates) == len(t.uri_lines) - 1
        for line, f in zip(t.uri_lines[1:], alternates):
            assert line in f.message


def test_every_parameter_table_row_is_read_or_a_finding(ecs_api, facts):
    """Each row of each table in an API topic is a parameter or field (by its row id),
    or its table is reported unreadable."""
    for t in facts["api_topics"]:
        sec = _section_of(ecs_api, t.file)
        fields = list(sec.path_params) + list(sec.query_params) + list(sec.header_params)
        bodies = ([sec.request] if sec.request else []) + \
            [r.body for r in sec.responses.values() if r.body]
        for b in bodies:
            fields += list(b.fields) + [f for m in b.models.values() for f in m.fields]
        headers = [h for r in sec.responses.values() for h in r.headers]
        said = {f.loc.anchor for f in ecs_api.findings
                if f.kind == "response-header-from-table" and f.loc is not None}
        assert all(h.loc.anchor in said for h in headers)    # a header row says so
        read = {f.loc.anchor for f in fields + headers}
        unreadable = {f.loc.anchor for f in ecs_api.findings
                      if f.kind in ("table-unreadable", "table-in-prose") and f.loc is not None}
        for table in t.tables:
            if table.in_cell or not table.header or table.section.startswith("Example"):
                continue
            if table.id in unreadable:
                continue
            missing = [r for r in table.row_ids if r not in read]
            assert not missing, (t.file, table.caption, missing)


def test_linked_structures_become_models(ecs_api):
    """`For details, see Table 4` (a link to a table of this topic or of the Data
    Structure chapter) makes the field a reference to that table's model."""
    sec = next(s for s in ecs_api.sections if s.loc.topic == "en-us_topic_0020212668.html")
    body = sec.request
    by_name = {f.name: f for m in body.models.values() for f in m.fields}
    nics = by_name["nics"]
    assert nics.type.kind == "array" and nics.type.items.kind == "ref"
    model = body.models[nics.type.items.name]
    assert model.loc.anchor == nics.links[0].split("#")[1]
    publicip = by_name["publicip"]                       # in another topic
    assert publicip.type.kind == "ref"
    foreign = body.models[publicip.type.name]
    assert foreign.loc.topic != sec.loc.topic
    assert _findings(ecs_api, "model-from-other-topic", sec.number)


def test_tables_without_type_column_read_as_strings(ecs_api, facts):
    for t in facts["api_topics"][:40]:
        sec = _section_of(ecs_api, t.file)
        for table in t.tables:
            if table.header == ["Parameter", "Mandatory", "Description"]:
                params = [f for f in sec.path_params + sec.query_params
                          if f.loc.anchor in table.row_ids]
                assert params and all(f.type.kind == "string" for f in params)
                assert any(f.loc.anchor == table.id for f in
                           _findings(ecs_api, "type-column-missing", sec.number))


def test_examples_are_attached(ecs_api, ecs_built, facts):
    for t in facts["api_topics"]:
        sec = _section_of(ecs_api, t.file)
        pres = sum(n for k, n in t.pre_by_section.items() if k.startswith("Example"))
        got = len(sec.request_examples) + len(sec.response_examples)
        assert got >= pres - 1 and got <= pres, (t.file, got, pres)
    counts = ecs_built.example_counts
    assert sum(counts.values()) > 0
    assert not ecs_built.errors


def test_statuses_errors_and_permissions(ecs_api, ecs_built, facts):
    shared = next(t for t in facts["topics"] if t.title == "Returned Values for General Requests")
    success = [int(r.split()[0]) for r in ()] or None
    assert shared.tables
    for s in ecs_api.sections:
        codes = [c for c, _ in s.status_codes]
        # the shared page's success and error statuses (no topic has a status table)
        assert any(200 <= c < 300 for c in codes), s.number
        assert any(400 <= c < 500 for c in codes) and any(c >= 500 for c in codes), s.number
        assert len(set(codes)) == len(codes) <= sum(x.body_rows for x in shared.tables)
    assert len(_findings(ecs_api, "status-from-shared-page")) == facts["api_topic_count"]
    err = next(x for t in facts["topics"] for x in t.tables
               if "Error Code" in x.header and "Error Message" in x.header)
    assert len(ecs_api.error_codes) == err.body_rows
    assert {e.loc.anchor for e in ecs_api.error_codes} == set(err.row_ids)
    perm_rows = {r for t in facts["topics"] for x in t.tables
                 if x.header[:3] == ["Permission", "API", "Action"] for r in x.row_ids}
    assert {p.loc.anchor for p in ecs_api.permissions} == perm_rows
    linked = [s for s in ecs_api.sections if s.iam]
    assert len(linked) > 0.75 * len(ecs_api.sections)
    unlinked = {f.section for f in _findings(ecs_api, "iam-unlinked-operation")}
    assert {s.number for s in ecs_api.sections if not s.iam} == unlinked
    assert success is None


def test_spec_validates_as_30_and_31():
    from extractor.pipeline import build_spec
    for oas in ("3.0", "3.1"):
        built = build_spec(ECS, oas=oas)
        assert not built.errors, (oas, built.errors[:3])
        assert built.doc["openapi"].startswith(oas)


def test_deprecated_topics_are_deprecated(ecs_api, facts):
    for t in facts["api_topics"]:
        sec = _section_of(ecs_api, t.file)
        assert sec.deprecated == t.title.endswith("(Discarded)"), t.file


def test_microversion_topic_keeps_its_constraint(ecs_api):
    sec = next(s for s in ecs_api.sections if "Microversion" in s.title)
    assert "X-OpenStack-Nova-API-Version" in sec.constraints


def _page_text(path: Path) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data):
            self.parts.append(data)

    p = Text()
    p.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(p.parts).split())


def test_microversion_headers_the_prose_asks_for_are_header_parameters(ecs_api, ecs_built,
                                                                       facts):
    """`use the HTTP header X-OpenStack-Nova-API-Version: 2.26` -> an optional header
    parameter defaulting to 2.26 (with a finding); the value is read here from the page."""
    wanted = re.compile(r"header (X-OpenStack-Nova-API-Version): (\d+\.\d+)")
    seen = 0
    for t in facts["api_topics"]:
        m = wanted.search(_page_text(ECS / t.file))
        if not m:
            continue
        sec = _section_of(ecs_api, t.file)
        op = ecs_built.doc["paths"][sec.path][sec.method.lower()]
        params = {p["name"]: p for p in op.get("parameters", []) if p["in"] == "header"}
        assert params[m.group(1)]["schema"].get("default") == m.group(2), t.file
        assert params[m.group(1)]["required"] is False
        assert _findings(ecs_api, "header-from-prose", sec.number)
        seen += 1
    assert seen >= 5


def _operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head", "options"):
                yield path, method, op


def test_openapi_core_validates_the_manuals_valid_request_examples(ecs_built):
    """A third-party validator accepts the spec and every request example marked valid."""
    import json as _json

    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest
    api = OpenAPI.from_dict(ecs_built.doc)
    checked = 0
    for path, method, op in _operations(ecs_built.doc):
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        for ex in media.get("examples", {}).values():
            if not ex.get("x-valid"):
                continue
            url = re.sub(r"\{[^}]+\}", "abc", path)
            api.validate_request(MockRequest("https://localhost", method, url,
                                             data=_json.dumps(ex["value"]),
                                             content_type="application/json",
                                             headers={"X-Auth-Token": "t"}))
            checked += 1
    assert checked >= 20


def test_schemathesis_loads_every_operation(ecs_built):
    schemathesis = pytest.importorskip("schemathesis")
    schema = schemathesis.openapi.from_dict(ecs_built.doc)
    results = list(schema.get_all_operations())
    assert len(results) == sum(1 for _ in _operations(ecs_built.doc))
    assert all(r.ok() for r in results)


@pytest.mark.parametrize("target", ["", "CLASS.TXT.json", "en-us_topic_0020212668.html"])
def test_inspect_reports_language_and_front_end(target):
    from click.testing import CliRunner

    from extractor.cli import main
    result = CliRunner().invoke(main, ["inspect", str(ECS / target) if target else str(ECS)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("language / front end"))
    assert line.split()[-3:] == ["en", "/", "html"]
    evs = CliRunner().invoke(main, ["inspect", str(ROOT / "manuals" / "evs-api-reference.txt")])
    assert "zh / text" in evs.output


def test_findings_of_the_english_build_quote_the_manual_in_english(ecs_api, facts):
    """Finding texts quote the manual in its own language: no Chinese words in the
    English build, and the error-chapter finding quotes the topics' own reference."""
    han = re.compile(r"[\u4e00-\u9fff]")
    assert not [f.message for f in ecs_api.findings if han.search(f.message)]
    (chapter,) = _findings(ecs_api, "error-responses-from-chapter")
    quoted = re.search(r"\((?:[^():]+: )?([^()]+)\); each", chapter.message).group(1)
    texts = [s.errors_text for s in ecs_api.sections]
    assert quoted in texts or any(quoted in t for t in texts)


def _sides(api) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for s in api.sections:
        bodies = [("request", s.request)] + [("response", r.body) for r in s.responses.values()]
        for side, body in bodies:
            for name in (body.models if body else {}):
                out.setdefault((s.number, name), set()).add(side)
    return out


def test_a_conflict_compares_tables_of_one_side(ecs_api):
    """A request table and a response table of one name (`server` sent, `server` returned)
    are two structures: an info finding names them apart; a definition conflict is only
    reported between tables of the same side, and names where the other one is."""
    sides = _sides(ecs_api)
    pattern = re.compile(r"model '([^']+)' is defined differently here than at section "
                         r"([\d.]+) \(en-us_topic_\w+\.html#[\w-]+\)")
    conflicts = _findings(ecs_api, "model-definition-conflict")
    shared = _findings(ecs_api, "model-name-shared")
    assert conflicts and shared
    for f in conflicts:
        name, there = pattern.match(f.message).groups()
        assert sides[(f.section, name)] & sides[(there, name)], f.message
    for f in shared:
        name, here, there = re.match(r"model '([^']+)' names a (\w+) table here and a (\w+)",
                                     f.message).groups()
        assert here != there and here in sides[(f.section, name)]


def test_operation_descriptions_label_constraints_in_the_manuals_words(ecs_built):
    """A topic's Constraints part is quoted under the manual's own label, not the Chinese
    edition's (the English spec has no Chinese label)."""
    from extractor import vocab
    label = vocab.label_for("en", "constraints")
    with_constraints = [s for s in ecs_built.api.sections if s.constraints and s.method]
    assert with_constraints and label == "Constraints"
    text = json.dumps(ecs_built.doc["paths"], ensure_ascii=False)
    assert "接口约束" not in text
    assert text.count(f"{label}: ") >= len({(s.method, s.path) for s in with_constraints}) // 2
