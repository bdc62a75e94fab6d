"""The fast example check (example_check.py) against the reference (validate.ExampleChecker,
openapi-schema-validator): the same verdicts and the same words, on every example of both
shipped manuals and on damaged copies of them."""
from __future__ import annotations

import copy
import random
import subprocess
import sys

import pytest

from extractor.example_check import FastExampleChecker
from extractor.validate import ExampleChecker, closed, iter_media_examples

from conftest import ROOT

ECS = ROOT / "manuals" / "otc-ecs-api-ref"


@pytest.fixture(scope="module")
def ecs_built():
    from extractor.pipeline import build_spec
    return build_spec(ECS)


def _leaves(v, path=()):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _leaves(x, path + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from _leaves(x, path + (i,))
    if path:
        yield path


def _damaged(cases, rng):
    """Copies with one leaf replaced (a null, a wrong type, a word) or one member dropped."""
    out = []
    for schema, value in cases:
        for _ in range(3):
            damaged = copy.deepcopy(value)
            paths = list(_leaves(damaged))
            if not paths:
                continue
            path = rng.choice(paths)
            parent = damaged
            for k in path[:-1]:
                parent = parent[k]
            if isinstance(parent, dict) and rng.random() < 0.25:
                del parent[path[-1]]
            else:
                parent[path[-1]] = rng.choice([None, 1, "x", True, 2.5, [], {}, "SSD",
                                               "create", "delete"])
            out.append((schema, damaged))
    return out


@pytest.mark.parametrize("which", ["built", "ecs_built"])
def test_fast_example_check_words_errors_as_the_reference(which, request):
    """build checks examples with jsonschema-rs (example_check.py) and must give exactly
    openapi-schema-validator's messages: on every example of the shipped manual and on
    damaged copies (nulls, wrong types, dropped keys), against the schemas and against
    their closed copies (members no table documents), as check_examples asks."""
    doc = request.getfixturevalue(which).doc
    fast, ref = FastExampleChecker(doc), ExampleChecker(doc)
    cases = [(m["schema"], e["value"]) for _, _, m, e in iter_media_examples(doc)
             if "value" in e and m.get("schema")]
    assert any(ref.errors(s, v) for s, v in cases)           # some do not match
    cases += _damaged(cases, random.Random(15))
    assert len(cases) > 250
    assert [fast.errors(s, v) for s, v in cases] == [ref.errors(s, v) for s, v in cases]
    shut = closed(doc)
    fast, ref = FastExampleChecker(shut), ExampleChecker(shut)
    words = [ref.errors(s, v) for s, v in cases]
    assert any("members no table documents" in m for e in words for m in e)
    assert [fast.errors(s, v) for s, v in cases] == words
    # the manual's variant bodies (a oneOf or anyOf of the operation's schemas) are among them
    roots = [s for s, _ in cases if "oneOf" in s or "anyOf" in s]
    assert roots


@pytest.mark.parametrize("manual", [ROOT / "manuals" / "evs-api-reference.txt", ECS])
def test_build_never_loads_the_reference_validator(manual):
    """Every example of both shipped manuals is checked and worded by the fast checker:
    openapi-schema-validator (slow to import) is not loaded by the build."""
    code = ("import sys; from extractor.pipeline import build_spec; "
            "r = build_spec(sys.argv[1]); assert r.example_counts['invalid'] > 0; "
            "print(sorted(m for m in ('openapi_schema_validator', 'jsonschema') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(manual)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def _doc(schema: dict, components: dict) -> dict:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"post": {"requestBody": {"content": {"application/json": {
                "schema": schema}}}, "responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": components}}


ONE = {"type": "object", "required": ["a"],
       "properties": {"a": {"type": "integer", "nullable": True}, "kind": {"type": "string"}}}
TWO = {"type": "object", "required": ["b"], "properties": {"b": {"type": "string"},
                                                          "kind": {"type": "string"}}}
REFS = [{"$ref": "#/components/schemas/One"}, {"$ref": "#/components/schemas/Two"}]
VALUES = [{"a": 1}, {"a": None}, {"b": "x"}, {"a": None, "b": "x"}, {"a": "x"}, {},
          {"kind": "one", "a": 1}, {"kind": "two", "a": 1}, {"kind": "One", "a": 1},
          {"kind": "", "a": 1}, {"kind": 3, "b": "x"}, [], None, "x"]


@pytest.mark.parametrize("root", [
    {"oneOf": REFS}, {"anyOf": REFS}, {"oneOf": REFS[::-1], "description": "either"},
    {"oneOf": REFS, "discriminator": {"propertyName": "kind", "mapping": {
        "one": "#/components/schemas/One", "two": "#/components/schemas/Two"}}},
    {"anyOf": REFS, "discriminator": {"propertyName": "kind"}}])
def test_root_combinators_are_worded_without_the_reference(root):
    """A oneOf/anyOf at the example's own schema: no branch, several branches (a null that
    only `nullable` lets through), a discriminator that names a branch, names none, is
    missing or empty, or a value that is no object: the reference's words, and the
    reference never consulted."""
    doc = _doc(root, {"One": ONE, "Two": TWO})
    fast, ref = FastExampleChecker(doc), ExampleChecker(doc)
    got = [fast.errors(root, v) for v in VALUES]
    assert got == [ref.errors(root, v) for v in VALUES]
    assert fast._reference is None
    assert any(got)
    if "mapping" in root.get("discriminator", {"mapping": 1}):   # a value names a branch
        assert not all(got)
    if "discriminator" not in root and "oneOf" in root:
        assert any("is valid under each of" in m for e in got for m in e)


def test_combinators_below_the_root_go_to_the_reference():
    """A oneOf inside a component: a null in a nullable branch would change the verdict
    that jsonschema-rs (which knows no `nullable`) gives, so the reference decides."""
    inner = {"type": "object", "properties": {"v": {"oneOf": [
        {"type": "integer", "nullable": True}, {"type": "string", "nullable": True}]}}}
    schema = {"$ref": "#/components/schemas/Inner"}
    doc = _doc(schema, {"Inner": inner})
    fast, ref = FastExampleChecker(doc), ExampleChecker(doc)
    values = [{"v": None}, {"v": 1}, {"v": 1.5}]
    assert [fast.errors(schema, v) for v in values] == [ref.errors(schema, v) for v in values]
    assert ref.errors(schema, {"v": None})          # valid under both branches
    assert fast._reference is not None


def test_one_pass_example_check_keeps_the_two_pass_verdicts():
    """check_examples checks an example against its closed schema first and against the
    schema itself only when that fails, or when the schema reaches a `oneOf` (or `not`),
    where closing can let a value through that the schema refuses."""
    from extractor.example_check import FastExampleChecker
    from extractor.findings import Findings
    from extractor.validate import ExampleChecker, check_examples, closed
    one = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    two = {"type": "object", "required": ["a", "b"],
           "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}
    examples = {"both": {"value": {"a": 1, "b": 2}}, "one": {"value": {"a": 1}},
                "other": {"value": {"a": 1, "c": 3}}}
    plain = {"type": "object", "properties": {"a": {"type": "integer"}}}
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"post": {
        "requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Plain"},
            "examples": {"ok": {"value": {"a": 1}}, "extra": {"value": {"a": 1, "c": 2}},
                         "wrong": {"value": {"a": "x"}}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Either"}, "examples": examples}}}}}}},
        "components": {"schemas": {"Either": {"oneOf": [one, two]}, "Plain": plain}}}
    either = {"$ref": "#/components/schemas/Either"}
    # closing lets {a, b} through (only the second branch matches); the schema refuses it
    assert ExampleChecker(closed(doc)).errors(either, {"a": 1, "b": 2}) == []
    assert ExampleChecker(doc).errors(either, {"a": 1, "b": 2})
    findings = Findings()
    counts = check_examples(doc, findings, FastExampleChecker(doc))
    assert counts == {"examples": 6, "valid": 4, "invalid": 2, "unreadable": 0,
                      "undocumented": 2}
    media = doc["paths"]["/x"]["post"]["responses"]["200"]["content"]["application/json"]
    assert list(media["examples"]) == ["one"]
    assert media["x-invalid-examples"]["both"]["x-valid"] is False
    assert media["x-invalid-examples"]["other"]["x-finding"].startswith(
        "example-undocumented-key")
    body = doc["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]
    assert list(body["examples"]) == ["ok"]
    assert body["x-invalid-examples"]["wrong"]["x-valid"] is False
    assert body["x-invalid-examples"]["extra"]["x-finding"].endswith(
        "members no table documents: 'c'")
    assert [f.kind for f in findings] == ["example-schema-mismatch"] * 2




def _reaches_by_search(schemas: dict, name: str, keys: set) -> bool:
    """Whether `name` reaches a schema holding one of `keys`: a plain search, no memo."""
    def holds(node, refs):
        if isinstance(node, dict):
            if keys & node.keys():
                return True
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"].rsplit("/", 1)[-1])
            return any(holds(v, refs) for v in node.values())
        return isinstance(node, list) and any(holds(v, refs) for v in node)
    seen, todo = {name}, [name]
    while todo:
        refs = []
        if holds(schemas[todo.pop()], refs):
            return True
        for r in refs:
            if r not in seen:
                seen.add(r)
                todo.append(r)
    return False


def test_avoids_settles_every_schema_of_a_cycle_from_the_whole_cycle():
    """A and B refer to each other and only A holds `oneOf`: B, first met inside A's walk,
    must not be settled as clear from the half of the cycle seen so far."""
    from extractor.validate import NON_MONOTONE, Avoids
    ref = "#/components/schemas/"
    schemas = {
        "A": {"type": "object", "properties": {"c": {"oneOf": [{"type": "string"}]},
                                               "b": {"$ref": ref + "B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": ref + "A"}}},
        "C": {"type": "object", "properties": {"s": {"type": "string"}}},
    }
    avoids = Avoids({"components": {"schemas": schemas}}, NON_MONOTONE)
    assert avoids({"$ref": ref + "A"}) is False
    assert avoids({"$ref": ref + "B"}) is False
    assert avoids({"$ref": ref + "C"}) is True


def test_avoids_agrees_with_a_plain_search_on_random_ref_graphs():
    from extractor.validate import NON_MONOTONE, Avoids
    rng = random.Random(7)
    ref = "#/components/schemas/"
    for _ in range(300):
        names = [f"S{i}" for i in range(rng.randint(1, 7))]
        schemas = {}
        for n in names:
            props = {f"p{j}": {"$ref": ref + rng.choice(names)}
                     for j in range(rng.randint(0, 3))}
            if rng.random() < 0.2:
                props["x"] = {"oneOf": [{"type": "string"}]}
            schemas[n] = {"type": "object", "properties": props}
        avoids = Avoids({"components": {"schemas": schemas}}, NON_MONOTONE)
        for n in rng.sample(names, len(names)):        # any order of questions
            assert avoids({"$ref": ref + n}) == (not _reaches_by_search(
                schemas, n, set(NON_MONOTONE))), (schemas, n)
