"""The stateful inference (runtime/resources.py) on the second manual's spec (ECS):
an id parameter below another resource's item is a resource of its own, lists whose
items wrap the item in one property are stateful, a parameter naming a field
(``keypair_name``) lets the client name the item, and the startup report names the
list operations left to the mock. Paths and bodies come from the spec; the stub runs
over real HTTP on 127.0.0.1."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest
from test_server_support import ROOT, run_stub

from extractor.generate.server import generate_server
from extractor.generate.server.inference import _runtime, stateful_report

DOC = json.loads((ROOT / "specs" / "ecs" / "ecs.openapi.json").read_text("utf-8"))
PACKAGE = "ecs_stub"
PARAM = re.compile(r"\{([^{}/]*)\}")
PROJECT = "proj-1"


@pytest.fixture(scope="module")
def inference():
    resources, spec = _runtime()
    index = spec.SpecIndex(DOC)
    return resources.Inference(DOC, index), index, resources


def item_paths() -> dict[str, list[tuple[str, bool]]]:
    """id parameter -> [(item path, whether an item parameter comes before it)]."""
    out: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for path in DOC["paths"]:
        segs = path.strip("/").split("/")
        if len(segs) < 2 or not PARAM.fullmatch(segs[-1]) or PARAM.search(segs[-2]):
            continue
        nested = any(PARAM.fullmatch(s) and not PARAM.search(segs[i - 1])
                     and not re.fullmatch(r"v\d+(\.\d+)*", segs[i - 1])
                     for i, s in enumerate(segs[:-2]) if i)
        out[PARAM.fullmatch(segs[-1]).group(1)].append((path, nested))
    return out


def role_at(inference, path: str, method: str):
    inf, index, _ = inference
    op = index.by_path[path][method]
    return inf.roles.get(op.pointer)


def test_an_id_below_another_item_is_a_resource_of_its_own(inference):
    mixed = {p: paths for p, paths in item_paths().items()
             if {n for _, n in paths} == {True, False}}
    assert mixed, "the spec has an id parameter both at the top and below an item"
    checked = 0
    for paths in mixed.values():
        top = {role_at(inference, p, "GET").resource.name for p, nested in paths
               if not nested and "GET" in _methods(p) and role_at(inference, p, "GET")}
        below = {role_at(inference, p, m).resource.name for p, nested in paths if nested
                 for m in _methods(p) if role_at(inference, p, m)}
        if top and below:
            assert not top & below, (top, below)
            checked += 1
    assert checked


def _methods(path: str) -> list[str]:
    return [m.upper() for m in DOC["paths"][path] if m in ("get", "put", "post", "delete")]


def test_lists_of_wrapped_items_are_stateful(inference):
    inf, index, resources = inference
    wrapped = []
    for op in index.operations:
        role = inf.role(op)
        if role is None or role.kind != "list":
            continue
        schema, _ = resources.response_schema(DOC, op, role.success)
        for name, sub in resources.properties(DOC, schema).items():
            items = resources.resolve(DOC, sub.get("items")) if sub.get("type") == "array" else None
            props = resources.properties(DOC, items) if isinstance(items, dict) else {}
            if len(props) == 1 and resources.schema_type(next(iter(props.values()))) == "object":
                wrapped.append((op, role, name, next(iter(props))))
    assert wrapped
    for _op, role, name, inner in wrapped:
        assert (role.list_key, role.list_wrapper) == (name, inner)


def test_the_report_names_lists_left_to_the_mock(inference):
    inf, index, resources = inference
    lines = stateful_report(DOC)
    unlisted = [op.label for op in index.operations
                if (role := inf.role(op)) is not None and role.kind == "list"
                and role.list_key is None]
    assert unlisted
    line = next(x for x in lines if "list operations" in x)
    assert all(label in line for label in unlisted)


def example(path: str, method: str = "post") -> dict:
    media = DOC["paths"][path][method]["requestBody"]["content"]["application/json"]
    return next(e["value"] for e in media["examples"].values() if e.get("x-valid"))


def url(template: str, **values: str) -> str:
    values.setdefault("project_id", PROJECT)
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


@pytest.fixture(scope="module")
def stub(tmp_path_factory):
    root = tmp_path_factory.mktemp("ecs-stateful")
    generate_server(DOC, root, stem="ecs")
    with run_stub(root, PACKAGE, "--stateful") as running:
        yield running


def _keyed_collection(inference):
    """(collection path, item path, key field, list path) of the resource whose id
    parameter names a field."""
    inf, index, _ = inference
    for op in index.operations:
        role = inf.role(op)
        if role is not None and role.kind == "create" and role.resource.key_field:
            item = next(o.path for o in index.operations
                        if (r := inf.role(o)) is not None and r.resource is role.resource
                        and r.kind == "show")
            listing = next(o.path for o in index.operations
                           if (r := inf.role(o)) is not None and r.resource is role.resource
                           and r.kind == "list" and r.list_wrapper)
            return op.path, item, role.resource.key_field, role.resource.id_param, listing
    raise AssertionError("no resource keyed by a named field")


def test_a_client_named_item_is_created_listed_and_deleted(stub, inference):
    create, item, key, param, listing = _keyed_collection(inference)
    body = example(create)
    wrapper = next(iter(body))
    body[wrapper][key] = "demo-key-1"
    made = stub.request("POST", url(create), body)
    assert made.status // 100 == 2, made.raw[:300]
    assert made.json[wrapper][key] == "demo-key-1"
    shown = stub.request("GET", url(item, **{param: "demo-key-1"}))
    assert shown.status == 200 and shown.json[wrapper][key] == "demo-key-1"
    listed = stub.request("GET", url(listing))
    entries = next(v for v in listed.json.values() if isinstance(v, list))
    assert {"demo-key-1"} <= {e[wrapper][key] for e in entries}
    assert stub.request("DELETE", url(item, **{param: "demo-key-1"})).status // 100 == 2
    assert stub.request("GET", url(item, **{param: "demo-key-1"})).status == 404


def test_an_item_made_below_a_server_is_not_a_top_level_item(stub, inference):
    inf, index, _ = inference
    nested = next((op, inf.role(op)) for op in index.operations
                  if (r := inf.role(op)) is not None and r.kind == "create"
                  and any(p != "project_id" for p in r.scope)
                  and any(x.resource is not r.resource and x.resource.id_param ==
                          r.resource.id_param for x in inf.roles.values()))
    op, role = nested
    top_show = next(o.path for o in index.operations
                    if (r := inf.role(o)) is not None and r.kind == "show" and not
                    [p for p in r.scope if p != "project_id"]
                    and r.resource.id_param == role.resource.id_param)
    values = {p: "srv-1" for p in role.scope if p != "project_id"}
    made = stub.request("POST", url(op.path, **values), example(op.path))
    assert made.status // 100 == 2, made.raw[:300]
    new_id = made.json[role.wrapper]["id"] if role.wrapper else made.json["id"]
    nested_show = next(o.path for o in index.operations
                       if (r := inf.role(o)) is not None and r.resource is role.resource
                       and r.kind == "show" and set(r.scope) == set(role.scope))
    assert stub.request("GET", url(nested_show, **values,
                                   **{role.resource.id_param: new_id})).status == 200
    assert stub.request("GET", url(top_show, **{role.resource.id_param: new_id})).status == 404
