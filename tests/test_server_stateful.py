"""The stub's stateful mode (``python -m evs_stub --stateful``) over real HTTP on
127.0.0.1: items created, listed, shown, changed by actions and deleted as the paths
say; jobs; persistence; configured credentials with verified signatures. Paths and
bodies come from the spec (the manual's request examples)."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
from test_server_support import (PACKAGE, ROOT, SchemaCheck, answered, load_spec, placeholders,
                                 pointer, run_stub)

from extractor.generate.server import generate_server

DOC = load_spec()
CHECK = SchemaCheck(DOC)
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
CREATE = "/v2/{project_id}/volumes"  # its answer carries the item ({"volume": {...}})
SHOW = "/v2/{project_id}/volumes/{volume_id}"
LIST = "/v2/{project_id}/volumes/detail"
ACTION = "/v2/{project_id}/volumes/{volume_id}/action"
JOB_CREATE = "/v2.1/{project_id}/cloudvolumes"  # its answer carries job_id and volume_ids
JOB = "/v1/{project_id}/jobs/{job_id}"
PROJECT = "proj-1"


def url(template: str, **values: str) -> str:
    values.setdefault("project_id", PROJECT)
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def request_body(path: str, method: str = "post") -> dict:
    """The manual's first valid request example for an operation."""
    media = DOC["paths"][path][method]["requestBody"]["content"]["application/json"]
    ptr = pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
    for example in media["examples"].values():
        if example.get("x-valid") and not CHECK.errors(ptr, example["value"]):
            return json.loads(json.dumps(example["value"]))
    raise AssertionError(f"no valid request example for POST {path}")


def schema_ok(path: str, method: str, status: int, value) -> None:
    ptr = pointer("paths", path, method, "responses", str(status), "content",
                  "application/json", "schema")
    assert CHECK.errors(ptr, value) == [], (path, value)
    assert placeholders(value) == []


@pytest.fixture(scope="module")
def stub_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("stateful")
    generate_server(DOC, root, stem="evs")
    return root


@pytest.fixture(scope="module")
def stub(stub_root):
    with run_stub(stub_root, PACKAGE, "--stateful") as running:
        yield running


def create(stub, name: str, size: int = 20) -> dict:
    body = request_body(CREATE)
    body["volume"].update(name=name, size=size)
    answer = stub.request("POST", url(CREATE), body)
    assert answer.status == 202, answer.raw[:300]
    schema_ok(CREATE, "post", 202, answer.json)
    return answer.json["volume"]


def test_create_assigns_an_id_and_applies_the_request_fields(stub):
    made = create(stub, "scenario-a", 30)
    assert UUID_RE.match(made["id"])
    assert (made["name"], made["size"]) == ("scenario-a", 30)
    shown = stub.request("GET", url(SHOW, volume_id=made["id"]))
    assert shown.status == 200
    schema_ok(SHOW, "get", 200, shown.json)
    assert shown.json["volume"]["id"] == made["id"]
    assert shown.json["volume"]["name"] == "scenario-a" and shown.json["volume"]["size"] == 30
    # the same item through another version's path: the same resource
    other = stub.request("GET", url("/v3/{project_id}/volumes/{volume_id}", volume_id=made["id"]))
    assert other.status == 200 and other.json["volume"]["name"] == "scenario-a"


def test_list_filters_and_pages(stub):
    ids = [create(stub, f"page-{i}")["id"] for i in range(5)]
    listed = stub.request("GET", url(LIST) + "?" + urlencode({"name": "page-2"}))
    assert listed.status == 200
    schema_ok(LIST, "get", 200, listed.json)
    assert [v["id"] for v in listed.json["volumes"]] == [ids[2]]
    everything = [v["id"] for v in
                  stub.request("GET", url(LIST) + "?limit=1000").json["volumes"]]
    assert everything[-5:] == ids
    first = stub.request("GET", url(LIST) + f"?limit=2&marker={ids[0]}").json["volumes"]
    assert [v["id"] for v in first] == ids[1:3]
    offset = everything.index(ids[0])
    paged = stub.request("GET", url(LIST) + f"?offset={offset + 3}&limit=10").json["volumes"]
    assert [v["id"] for v in paged] == ids[3:]


def test_an_action_updates_the_mapped_field(stub):
    made = create(stub, "extend-me", 20)
    extended = stub.request("POST", url(ACTION, volume_id=made["id"]),
                            {"os-extend": {"new_size": 120}})
    assert 200 <= extended.status < 300, extended.raw[:300]
    assert stub.request("GET", url(SHOW, volume_id=made["id"])).json["volume"]["size"] == 120


def test_delete_removes_and_the_item_is_not_found(stub):
    made = create(stub, "delete-me")
    deleted = stub.request("DELETE", url(SHOW, volume_id=made["id"]))
    assert 200 <= deleted.status < 300
    gone = stub.request("GET", url(SHOW, volume_id=made["id"]))
    assert gone.status == answered(SHOW, "get", 404)
    error = gone.json["error"]
    not_found = {r["code"] for r in DOC["x-error-codes"] if r["status"] == 404}
    assert error["code"] in not_found and made["id"] in error["message"]
    # below the deleted item too, and in the listing
    below = stub.request("GET", url("/v2/{project_id}/volumes/{volume_id}/metadata",
                                    volume_id=made["id"]))
    assert below.status == answered("/v2/{project_id}/volumes/{volume_id}/metadata", "get", 404)
    listed = stub.request("GET", url(LIST) + "?limit=1000").json["volumes"]
    assert made["id"] not in {v["id"] for v in listed}


def test_an_unknown_item_is_not_found(stub):
    answer = stub.request("PUT", url(SHOW, volume_id="no-such-volume"), {"volume": {"name": "x"}})
    assert answer.status == answered(SHOW, "put", 404)


def test_an_asynchronous_create_makes_a_successful_job(stub):
    body = request_body(JOB_CREATE)
    answer = stub.request("POST", url(JOB_CREATE), body)
    assert answer.status == 202, answer.raw[:300]
    job_id, volume_id = answer.json["job_id"], answer.json["volume_ids"][0]
    job = stub.request("GET", url(JOB, job_id=job_id))
    assert job.status == 200
    schema_ok(JOB, "get", 200, job.json)
    assert job.json["status"] == "SUCCESS" and job.json["job_id"] == job_id
    assert job.json["entities"]["volume_id"] == volume_id
    assert not [k for k in job.json if k.startswith(("error", "fail"))]  # it succeeded
    assert stub.request("GET", url("/v2/{project_id}/cloudvolumes/{volume_id}",
                                   volume_id=volume_id)).status == 200
    assert stub.request("GET", url(JOB, job_id="no-such-job")).status == answered(JOB, "get", 404)


def test_the_startup_report_names_what_stays_stateless(stub):
    out = stub.output()
    assert re.search(r"stateful: volume \(volume_id; created by POST", out)
    assert re.search(r"stateful: job \(job_id; made by the answers of \d+ operations", out)
    assert "stateless: type (type_id): nothing creates its items" in out
    assert "GET /v2/{project_id}/os-availability-zone" in out


def test_values_are_deterministic_with_a_seed(stub_root):
    def first_id(*extra):
        with run_stub(stub_root, PACKAGE, "--stateful", *extra) as s:
            return create(s, "seeded")["id"]
    assert first_id("--seed", "7") == first_id("--seed", "7") != first_id("--seed", "8")


def test_state_persists_in_a_file_written_atomically(stub_root, tmp_path):
    state = tmp_path / "state" / "evs.json"
    with run_stub(stub_root, PACKAGE, "--stateful", "--state", str(state)) as first:
        made = create(first, "persisted", 40)
    assert json.loads(state.read_text())["format"] == 1
    assert [p.name for p in state.parent.iterdir()] == ["evs.json"]  # no temporary left
    assert oct(state.stat().st_mode & 0o777) == oct(0o644 & ~_umask())
    with run_stub(stub_root, PACKAGE, "--stateful", "--state", str(state)) as second:
        shown = second.request("GET", url(SHOW, volume_id=made["id"]))
        assert shown.status == 200 and shown.json["volume"]["size"] == 40
        assert create(second, "after-restart")["id"] != made["id"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- configured credentials -----------------------------------------------------------------

def _signer():
    spec = importlib.util.spec_from_file_location("stub_test_signer",
                                                  ROOT / "templates" / "client" / "signer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_only_the_configured_token_is_accepted(stub_root):
    path = url(LIST)
    with run_stub(stub_root, PACKAGE, "--token", "right-token") as s:
        assert s.request("GET", path, headers={"X-Auth-Token": "right-token"}).status == 200
        wrong = s.request("GET", path, headers={"X-Auth-Token": "wrong-token"})
        assert wrong.status == answered(LIST, "get", 401)
        assert "token" in wrong.json["error"]["message"]
        assert s.request("GET", path, auth=False).status == answered(LIST, "get", 401)


def test_aksk_signatures_are_verified(stub_root):
    signer = _signer()
    ak, sk = "AKTESTACCESSKEY01", "test/secret+key="
    path = url(ACTION, volume_id="vol-1")
    body = json.dumps({"os-extend": {"new_size": 10}}).encode()
    with run_stub(stub_root, PACKAGE, "--ak", ak, "--sk", sk) as s:
        target = f"http://127.0.0.1:{s.port}{path}"
        headers = {"Content-Type": "application/json"}

        def signed(secret: str, access: str = ak, payload: bytes = body) -> int:
            added = signer.sign_request("POST", target, headers, payload, access, secret)
            return s.request("POST", path, payload, {**headers, **added}, auth=False).status
        assert 200 <= signed(sk) < 300
        assert signed("not-the-secret") == answered(ACTION, "post", 401)
        assert signed(sk, access="OTHERACCESSKEY") == answered(ACTION, "post", 401)
        tampered = signer.sign_request("POST", target, headers, body, ak, sk)
        other = json.dumps({"os-extend": {"new_size": 99}}).encode()
        assert s.request("POST", path, other, {**headers, **tampered}, auth=False).status \
            == answered(ACTION, "post", 401)
        # a token is not accepted when only AK/SK is configured
        assert s.request("POST", path, body, headers).status == answered(ACTION, "post", 401)


def test_any_well_formed_credentials_by_default(stub):
    assert stub.request("GET", url(LIST), headers={"X-Auth-Token": "anything"}).status == 200


def test_the_stub_is_still_clean(stub):
    assert stub.alive() and "Traceback" not in stub.output()


def test_no_state_file_without_stateful(stub_root, tmp_path):
    """--state alone is refused with a message (and the stub does not start)."""
    with pytest.raises(RuntimeError, match="--state needs --stateful"):
        with run_stub(stub_root, PACKAGE, "--state", str(tmp_path / "s.json")):
            pass
    assert not Path(tmp_path / "s.json").exists()
