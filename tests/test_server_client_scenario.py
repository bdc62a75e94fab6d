"""create -> job -> list -> extend -> show -> delete -> 404, through the committed client
(output/client) against the committed stub (output/server) in its stateful mode, over
real sockets on 127.0.0.1, with AK/SK signatures the stub verifies. Client methods are
found from the spec (the operation of a method and path), never typed in."""
from __future__ import annotations

import json

import pytest
from e2e_support import CLIENT_ROOT, SERVER_ROOT, import_client
from spec_lookup import call_name
from test_server_support import PACKAGE, SchemaCheck, answered, load_spec, pointer, run_stub

DOC = load_spec()
CHECK = SchemaCheck(DOC)
AK, SK = "SCENARIOACCESSKEY1", "scenario/secret+key="
PROJECT = "scenario-project"
CREATE = ("post", "/v2.1/{project_id}/cloudvolumes")
JOB = ("get", "/v1/{project_id}/jobs/{job_id}")
LIST = ("get", "/v2/{project_id}/cloudvolumes/detail")
EXTEND = ("post", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action")
SHOW = ("get", "/v2/{project_id}/cloudvolumes/{volume_id}")
DELETE = ("delete", "/v2/{project_id}/cloudvolumes/{volume_id}")


def method(client, operation: tuple[str, str]):
    """The client's method for the spec's operation at (method, path)."""
    http, path = operation
    return getattr(client, call_name(http, path))


def request_example(operation: tuple[str, str]) -> dict:
    http, path = operation
    media = DOC["paths"][path][http]["requestBody"]["content"]["application/json"]
    ptr = pointer("paths", path, http, "requestBody", "content", "application/json", "schema")
    return json.loads(json.dumps(next(ex["value"] for ex in media["examples"].values()
                                      if ex.get("x-valid") and not CHECK.errors(ptr, ex["value"]))))


@pytest.fixture(scope="module")
def pkg():
    module, restore = import_client(CLIENT_ROOT)
    yield module
    restore()


@pytest.fixture(scope="module")
def client(pkg):
    with run_stub(SERVER_ROOT, PACKAGE, "--stateful", "--ak", AK, "--sk", SK) as stub:
        made = pkg.Client(pkg.Config(endpoint=f"http://127.0.0.1:{stub.port}",
                                     project_id=PROJECT, ak=AK, sk=SK, timeout=10,
                                     retry=pkg.Retry(attempts=1)))
        yield made
        made.close()
        assert stub.alive() and "Traceback" not in stub.output()


def test_create_list_extend_delete_then_not_found(pkg, client):
    body = request_example(CREATE)
    body["volume"].update(name="scenario-volume", size=40)
    created = method(client, CREATE)(body=body)
    volume_id = created.volume_ids[0]
    assert len(volume_id) == 36 and volume_id.count("-") == 4

    job = method(client, JOB)(job_id=created.job_id)
    assert job.status == "SUCCESS" and job.entities.volume_id == volume_id

    listed = method(client, LIST)(name="scenario-volume")
    assert listed.count == 1 and [v.id for v in listed.volumes] == [volume_id]
    assert listed.volumes[0].size == 40

    method(client, EXTEND)(volume_id=volume_id, body={"os-extend": {"new_size": 100}})
    shown = method(client, SHOW)(volume_id=volume_id)
    assert (shown.volume.id, shown.volume.name, shown.volume.size) == \
        (volume_id, "scenario-volume", 100)

    method(client, DELETE)(volume_id=volume_id)
    with pytest.raises(pkg.ApiError) as caught:
        method(client, SHOW)(volume_id=volume_id)
    error = caught.value
    assert error.status_code == answered(SHOW[1], SHOW[0], 404)
    assert error.error_code in {r["code"] for r in DOC["x-error-codes"] if r["status"] == 404}
    assert volume_id in error.error_msg
    assert method(client, LIST)(name="scenario-volume").count == 0


def test_a_wrong_secret_key_is_refused(pkg, client):
    config = client.config
    other = pkg.Client(pkg.Config(endpoint=config.endpoint, project_id=PROJECT, ak=AK,
                                  sk="not-the-secret", timeout=10, retry=pkg.Retry(attempts=1)))
    try:
        with pytest.raises(pkg.ApiError) as caught:
            method(other, LIST)()
        assert caught.value.status_code == answered(LIST[1], LIST[0], 401)
        assert "signature" in caught.value.error_msg
    finally:
        other.close()
