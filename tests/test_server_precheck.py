"""The stub's compiled validity check (runtime/precheck.py) agrees with the OpenAPI
validator on every schema of the shipped specs (EVS, ECS) it compiles, for the specs'
own example values, synthesized values and broken variants of both; and it compiles
the request-body schemas the stub checks on every request. Imported from a freshly
generated stub."""
from __future__ import annotations

import copy
import importlib
import json
import sys
from urllib.parse import quote

import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from test_server_support import PACKAGE, ROOT, load_spec

from extractor.generate.server import generate_server

SPECS = {"evs": load_spec(),
         "ecs": json.loads((ROOT / "specs" / "ecs" / "ecs.openapi.json").read_text("utf-8"))}


@pytest.fixture(scope="module")
def runtime(tmp_path_factory):
    root = tmp_path_factory.mktemp("precheck")
    generate_server(SPECS["evs"], root, stem="evs")
    sys.path.insert(0, str(root))
    try:
        yield (importlib.import_module(f"{PACKAGE}.runtime.precheck"),
               importlib.import_module(f"{PACKAGE}.runtime.synth"),
               importlib.import_module(f"{PACKAGE}.runtime.spec"))
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def media_schemas(doc: dict, spec_mod) -> list[tuple[str, str, list]]:
    """(kind, pointer, example values) of every JSON request/response body schema."""
    out = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            base = spec_mod.pointer("paths", path, method)
            places = [("request", base + "/requestBody", op.get("requestBody"))]
            places += [("response", base + spec_mod.pointer("responses", k), r)
                       for k, r in op["responses"].items()]
            for kind, ptr, node in places:
                node, ptr = spec_mod.follow(doc, node, ptr)
                for media, spec in ((node or {}).get("content") or {}).items():
                    if "json" in media and isinstance(spec, dict) and "schema" in spec:
                        examples = [e.get("value") for e in (spec.get("examples") or {}).values()
                                    if isinstance(e, dict) and "value" in e]
                        out.append((kind, ptr + spec_mod.pointer("content", media, "schema"),
                                    examples))
    return out


def broken(value: object) -> list:
    """Variants of a value that a schema may reject: each member dropped, retyped,
    nulled; an extra member; the value itself as another type."""
    out: list = [None, "text", 7, 1.5, True, [], {}]
    if isinstance(value, dict):
        for key in list(value)[:8]:
            dropped = dict(value)
            del dropped[key]
            out.append(dropped)
            for other in (None, "x", -1, 2.5, False, [value[key]], {"k": 1}):
                changed = copy.deepcopy(value)
                changed[key] = other
                out.append(changed)
            if isinstance(value[key], (dict, list)):
                out += [{**value, key: inner} for inner in broken(value[key])[7:19]]
        out.append({**value, "unexpected_member": 1})
    if isinstance(value, list) and value:
        out += [[v] for v in broken(value[0])[:20]] + [value + ["x"], []]
    return out


@pytest.mark.parametrize("name", sorted(SPECS))
def test_precheck_agrees_with_the_validator(runtime, name):
    precheck_mod, synth, spec_mod = runtime
    doc = SPECS[name]
    registry = Registry().with_resource("urn:doc", Resource(contents=doc, specification=DRAFT4))
    check = precheck_mod.Precheck(doc)
    compared = compiled = total = 0
    for kind, ptr, examples in media_schemas(doc, spec_mod):
        total += 1
        fast = check.at(ptr)
        if fast is None:
            continue
        compiled += 1
        validator = OAS30Validator({"$ref": f"urn:doc#{quote(ptr, safe='/~')}"},
                                   registry=registry)
        schema = spec_mod.lookup(doc, ptr)
        seeds = examples + [synth.synthesize(doc, schema, full=full, salt="t")
                            for full in (True, False)]
        variants = [b for s in seeds for b in broken(s)]
        if kind == "response":  # big schemas, checked by the same keyword code
            variants = variants[::10]
        for value in seeds + variants:
            try:
                verdict = fast(value)
            except precheck_mod.Unsupported:  # a discriminator naming no schema
                continue
            assert verdict == validator.is_valid(value), (ptr, value)
            compared += 1
    assert compared > 1000
    assert compiled >= 0.9 * total, (compiled, total)


def test_request_bodies_of_the_stub_compile(runtime):
    """Every request-body schema the EVS stub validates on each request is compiled."""
    precheck_mod, _synth, spec_mod = runtime
    doc = SPECS["evs"]
    check = precheck_mod.Precheck(doc)
    missing = [ptr for kind, ptr, _ in media_schemas(doc, spec_mod)
               if kind == "request" and check.at(ptr) is None]
    assert not missing


def test_keywords_outside_the_check_leave_it_to_the_validator(runtime):
    precheck_mod, _synth, _spec = runtime
    doc = {"openapi": "3.0.3", "components": {"schemas": {
        "U": {"type": "array", "uniqueItems": True},
        "P": {"type": "object", "patternProperties": {"^a": {"type": "string"}}},
        "R": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/R"},
                                               "n": {"type": "integer", "nullable": True}}}}}}
    check = precheck_mod.Precheck(doc)
    assert check.at("/components/schemas/U") is None
    assert check.at("/components/schemas/P") is None
    recursive = check.at("/components/schemas/R")
    assert recursive({"next": {"next": {"n": None}}})
    assert not recursive({"next": {"n": "1"}})
