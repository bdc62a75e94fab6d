"""Spec-builder rules the interop tools asked for, on both shipped manuals: unique path
parameter names, one spelling per path, oneOf variants that exclude each other, and error
statuses from the shared pages (in either language)."""
from __future__ import annotations

import re

import pytest

from extractor import vocab
from extractor.api.iam import path_key
from extractor.pipeline import build_spec, default_manual

ECS = "manuals/otc-ecs-api-ref"


@pytest.fixture(scope="module", params=["evs", "ecs"])
def built(request):
    return build_spec(default_manual() if request.param == "evs" else ECS)


def _ops(doc):
    return [(p, m, o) for p, item in doc["paths"].items() for m, o in item.items()]


def test_path_parameters_are_unique_and_declared(built):
    for path, _, op in _ops(built.doc):
        names = re.findall(r"\{([^}]+)\}", path)
        assert len(names) == len(set(names)), path
        declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
        assert declared == set(names), path


def test_a_path_has_one_spelling(built):
    keys = [path_key(p) for p in built.doc["paths"]]
    assert len(keys) == len(set(keys))


def test_repeated_parameter_name_is_numbered_with_a_finding():
    b = build_spec(ECS)
    repeated = [s for s in b.api.sections
                if len(set(n := re.findall(r"\{([^}]+)\}", s.path))) < len(n)]
    assert repeated                          # the export has such URI lines
    found = {f.section for f in b.api.findings if f.kind == "path-parameter-repeated"}
    for s in repeated:
        assert s.number in found
        (path,) = [p for p in b.doc["paths"] if path_key(p) == path_key(s.path)]
        params = {p["name"]: p for p in b.doc["paths"][path][s.method.lower()]["parameters"]
                  if p["in"] == "path"}
        numbered = set(params) - set(re.findall(r"\{([^}]+)\}", s.path))
        assert numbered
        for name in numbered:            # documented by the row of the name it repeats
            base = name.rsplit("_", 1)[0]
            assert params[name]["description"] == params[base]["description"]


def test_action_variants_exclude_each_other(built):
    seen = 0
    for _, _, op in _ops(built.doc):
        schema = op.get("requestBody", {}).get("content", {}).get(
            "application/json", {}).get("schema", {})
        disc = schema.get("discriminator")
        if not disc:
            continue
        for value, ref in disc["mapping"].items():
            prop = built.doc["components"]["schemas"][ref.rsplit("/", 1)[1]]["properties"][
                disc["propertyName"]]
            assert prop.get("enum") == [value]
            seen += 1
    assert seen


def test_every_operation_documents_client_errors(built):
    for path, method, op in _ops(built.doc):
        if path == "/" or not any(s.startswith("2") for s in op["responses"]):
            continue
        assert any(s.startswith("4") for s in op["responses"]), (method, path)


@pytest.mark.parametrize("text, refers", [
    ("请参见错误码。", True), ("See Error Codes.", True), ("see error codes", True),
    ("See Returned Values for General Requests.", False), ("错误码", False)])
def test_error_chapter_reference_in_either_language(text, refers):
    assert bool(vocab.error_chapter_reference_re().search(text)) is refers
