"""`x-always-present`: the properties every example instance of a response schema shows,
checked against the spec's own examples by a walk written here, and the client types."""
from __future__ import annotations

import json
import re
import typing

import pytest

from extractor.pipeline import build_spec
from test_client_support import evs_client, generate, spec

from conftest import MANUAL

ALWAYS = "x-always-present"
PREFIX = "#/components/schemas/"


@pytest.fixture(scope="module")
def doc30() -> dict:
    return build_spec(MANUAL, validate=False).doc


@pytest.fixture(scope="module")
def built31():
    return build_spec(MANUAL, oas="3.1", validate=False)


def marked(doc: dict) -> dict[str, list[str]]:
    """JSON pointer (under components/schemas) -> the list, for every node carrying one."""
    out: dict[str, list[str]] = {}

    def visit(node, where):
        if isinstance(node, dict):
            if ALWAYS in node:
                out[where] = node[ALWAYS]
            for k, v in node.items():
                visit(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                visit(v, f"{where}/{i}")

    for name, schema in doc["components"]["schemas"].items():
        visit(schema, name)
    return out


def example_instances(doc: dict) -> dict[str, list[set]]:
    """Pointer of a schema node -> the key sets of the example objects it describes."""
    schemas = doc["components"]["schemas"]
    found: dict[str, list[set]] = {}

    def walk(schema, where, value):
        while "$ref" in schema:
            where = schema["$ref"].removeprefix(PREFIX)
            schema = schemas[where]
        if value is None:
            return
        for i, part in enumerate(schema.get("allOf") or []):
            walk(part, f"{where}/allOf/{i}", value)
        if isinstance(value, dict) and schema.get("properties"):
            found.setdefault(where, []).append(set(value))
            for k, v in value.items():
                if k in schema["properties"]:
                    walk(schema["properties"][k], f"{where}/properties/{k}", v)
        if isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
            for k, v in value.items():
                if k not in (schema.get("properties") or {}):
                    walk(schema["additionalProperties"], f"{where}/additionalProperties", v)
        if isinstance(value, list) and "items" in schema:
            for v in value:
                walk(schema["items"], f"{where}/items", v)

    for item in doc["paths"].values():
        for op in item.values():
            for response in op.get("responses", {}).values():
                media = response.get("content", {}).get("application/json", {})
                for ex in media.get("examples", {}).values():
                    if "value" not in ex:
                        continue
                    schema = media["schema"]
                    if "anyOf" in schema:  # the alternative built from the example's section
                        own = [a for a in schema["anyOf"] if schemas[a["$ref"].removeprefix(
                            PREFIX)]["x-source"]["section"] == ex["x-source"]["section"]]
                        if len(own) != 1:
                            continue
                        schema = own[0]
                    walk(schema, "", ex["value"])
    return found


def request_components(doc: dict) -> set[str]:
    """Component names a request body or parameter reaches (refs found in their text)."""
    texts = [json.dumps([op.get("requestBody"), op.get("parameters"), item.get("parameters")])
             for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    names = set(re.findall(r'"#/components/schemas/([^"]+)"', " ".join(texts)))
    while True:
        more = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(
            [doc["components"]["schemas"][n] for n in names]))) - names
        if not more:
            return names
        names |= more


def test_a_property_is_listed_iff_every_example_instance_shows_it(doc30):
    lists = marked(doc30)
    instances = example_instances(doc30)
    requests = request_components(doc30)
    assert len(lists) > 50
    checked = 0
    for where, seen in instances.items():
        if where.split("/")[0] in requests:
            continue
        node = doc30["components"]["schemas"]
        for part in where.split("/"):
            node = node[part]
        always = sorted(p for p in node["properties"] if all(p in keys for keys in seen))
        assert lists.get(where, []) == always, where
        checked += 1
    # no list without an example instance behind it
    assert set(lists) <= set(instances)
    assert checked >= len(lists)


def test_no_list_on_a_schema_a_request_uses(doc30):
    requests = request_components(doc30)
    assert requests
    assert not [w for w in marked(doc30) if w.split("/")[0] in requests]
    bodies = json.dumps([op.get("requestBody") for item in doc30["paths"].values()
                         for op in item.values() if isinstance(op, dict)])
    assert ALWAYS not in bodies


def test_lists_are_sorted_and_the_same_in_oas_31(doc30, built31):
    lists = marked(doc30)
    assert all(v == sorted(v) and v for v in lists.values())
    assert marked(built31.doc) == lists
    rules = [f for f in built31.api.findings if f.kind == "always-present-from-examples"]
    assert len(rules) == 1 and rules[0].severity == "info"


# --------------------------------------------------------------------------- client
def test_a_listed_property_is_typed_without_unset_in_the_shipped_client():
    from extractor.generate.client.schema_types import TypeRegistry
    pkg = evs_client()
    models = __import__(pkg.__name__ + ".models", fromlist=["x"])
    ns = {n: getattr(models, n) for n in models.__all__}
    ns.update(Unset=pkg.Unset, Any=typing.Any)
    registry = TypeRegistry(spec())
    plain = 0
    for name, schema in spec()["components"]["schemas"].items():
        if name not in registry.models or not schema.get(ALWAYS):
            continue
        hints = typing.get_type_hints(ns[registry.models[name].name], localns=ns)
        by_json = {f.json_name: f.name for f in registry.models[name].fields}
        for key in schema["properties"]:
            has_unset = pkg.Unset in typing.get_args(hints[by_json[key]])
            listed = key in schema[ALWAYS] or key in schema.get("required", [])
            assert has_unset is not listed, (name, key)
            plain += listed
    assert plain > 50


def test_the_example_script_guards_only_fields_not_always_present():
    script = (generate(spec(), "plain_evs_client") / "example.py").read_text(encoding="utf-8")
    assert "isinstance(" not in script and "Unset" not in script
    # the same spec without the lists: the script guards the id and the shown item
    bare = json.loads(json.dumps(spec()).replace(f'"{ALWAYS}"', '"x-not-listed"'))
    guarded = (generate(bare, "guarded_evs_client") / "example.py").read_text(
        encoding="utf-8")
    assert "isinstance(listed." in guarded and "isinstance(shown." in guarded
    compile(guarded, "example.py", "exec")
