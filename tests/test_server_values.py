"""The stub's synthesized values (runtime/values.py, synth.py) on the shipped spec:
UUIDs for ids, ISO timestamps for times, sizes within the documented range, the first
enum value, names the manual's examples use; deterministic with a seed. Imported from
a freshly generated stub."""
from __future__ import annotations

import importlib
import re
import sys
from datetime import datetime

import pytest
from test_server_support import PACKAGE, load_spec

from extractor.generate.server import generate_server

DOC = load_spec()
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


@pytest.fixture(scope="module")
def runtime(tmp_path_factory):
    root = tmp_path_factory.mktemp("values")
    generate_server(DOC, root, stem="evs")
    sys.path.insert(0, str(root))
    try:
        yield (importlib.import_module(f"{PACKAGE}.runtime.synth"),
               importlib.import_module(f"{PACKAGE}.runtime.values"))
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def schema_with(pred):
    """The first component property (name, schema) that ``pred`` accepts."""
    for comp in DOC["components"]["schemas"].values():
        for name, prop in (comp.get("properties") or {}).items():
            if pred(name, prop):
                return name, prop
    raise AssertionError("no such property in the spec")


def test_ids_are_uuids_and_times_iso(runtime):
    synth, _ = runtime
    name, prop = schema_with(lambda n, p: n.endswith("_id") and p.get("type") == "string"
                             and "enum" not in p and "example" not in p)
    assert UUID_RE.match(synth.synthesize(DOC, prop, name=name, salt="a"))
    name, prop = schema_with(lambda n, p: n.endswith("_at") and p.get("type") == "string"
                             and "format" not in p)
    value = synth.synthesize(DOC, prop, name=name)
    assert datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None


def test_a_size_lies_in_the_range_its_description_states(runtime):
    synth, values = runtime
    name, prop = schema_with(lambda n, p: n == "size" and p.get("type") == "integer"
                             and values.described_ranges(p))
    ranges = values.described_ranges(prop)
    for salt in ("a", "b", "c", "d"):
        size = synth.synthesize(DOC, prop, name=name, salt=salt)
        assert any(low <= size <= high for low, high in ranges), (size, ranges)


def test_the_first_enum_value(runtime):
    synth, _ = runtime
    name, prop = schema_with(lambda n, p: isinstance(p.get("enum"), list) and len(p["enum"]) > 1
                             and "default" not in p and "example" not in p)
    assert synth.synthesize(DOC, prop, name=name) == prop["enum"][0]


def test_names_come_from_the_manuals_examples(runtime):
    synth, values = runtime
    vocabulary = synth.vocabulary(DOC)
    names = vocabulary.get("name", "volume")
    assert names and not any(values.is_placeholder(n) for n in names)
    name = synth.synthesize(DOC, {"type": "string"}, name="name", parent="volume")
    assert name in names


def test_deterministic_with_a_seed(runtime):
    synth, _ = runtime
    schema = DOC["components"]["schemas"][next(iter(DOC["components"]["schemas"]))]
    same = [synth.synthesize(DOC, schema, seed=1, salt="x") for _ in range(2)]
    assert same[0] == same[1]
    name, prop = schema_with(lambda n, p: n.endswith("_id") and p.get("type") == "string"
                             and "enum" not in p and "example" not in p)
    assert synth.synthesize(DOC, prop, name=name, seed=1) != \
        synth.synthesize(DOC, prop, name=name, seed=2)


def test_placeholders_are_not_vocabulary(runtime):
    _, values = runtime
    for text in ("string", "XXXX", "EVS.XXX", "xxx", ""):
        assert values.is_placeholder(text)
    assert not values.is_placeholder("test_volume_1")
