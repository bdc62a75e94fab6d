"""An implementation in handlers/ survives regeneration and is what the stub serves."""
from __future__ import annotations

from spec_lookup import method_name, variant_by_key
from test_server_support import PACKAGE, load_spec, run_stub

from extractor.generate.server import generate_server

DOC = load_spec()
RESIZE_V3 = method_name(variant_by_key("post", "/v3/{project_id}/volumes/{volume_id}/action",
                                       "os-extend", doc=DOC)["operationId"])

IMPLEMENTATION = '''

class Handlers(Handlers):  # noqa: F811 - the implementer's overrides
    async def show_volume_v3(self, call: Call) -> Reply:
        return Reply(200, {"volume": {"id": call.path_params["volume_id"], "mine": True}},
                     {"X-Implemented": "yes"})

    def list_volumes_v3(self, call: Call):
        return {"volumes": [], "limit": call.query.get("limit")}

    async def RESIZE_V3(self, call: Call) -> Reply:
        if call.body["os-extend"]["new_size"] > 100:
            return call.error(404, "no room for " + str(call.body["os-extend"]["new_size"]))
        reply = call.mock()
        reply.headers["X-Mocked"] = "yes"
        return reply

    async def delete_volume_v3(self, call: Call) -> Reply:
        raise RuntimeError("bug in my handler")

    async def show_volume_v9(self, call: Call) -> Reply:  # no such operation
        return Reply(200)
'''.replace("RESIZE_V3", RESIZE_V3)


def test_implementation_survives_regeneration_and_is_served(tmp_path):
    generate_server(DOC, tmp_path, stem="evs")
    module = tmp_path / PACKAGE / "handlers" / "tag_8_2_1.py"
    module.write_text(module.read_text("utf-8") + IMPLEMENTATION, "utf-8")
    before = module.read_bytes()
    written = generate_server(DOC, tmp_path, stem="evs")
    assert module.read_bytes() == before and module not in written

    with run_stub(tmp_path) as stub:
        mine = stub.request("GET", "/v3/p/volumes/vol-9")
        assert (mine.status, mine.json) == (200, {"volume": {"id": "vol-9", "mine": True}})
        assert mine.headers["x-implemented"] == "yes"

        listed = stub.request("GET", "/v3/p/volumes?limit=7")
        assert (listed.status, listed.json) == (200, {"volumes": [], "limit": 7})

        small = stub.request("POST", "/v3/p/volumes/v/action", {"os-extend": {"new_size": 10}})
        assert (small.status, small.headers["x-mocked"]) == (200, "yes")
        big = stub.request("POST", "/v3/p/volumes/v/action", {"os-extend": {"new_size": 500}})
        assert big.status == 404
        assert big.json["error"]["message"] == "no room for 500"
        assert big.json["error"]["code"] in {r["code"] for r in DOC["x-error-codes"]
                                             if r["status"] == 404}

        crashed = stub.request("DELETE", "/v3/p/volumes/v")
        assert crashed.status == 500
        assert crashed.json["error"]["code"] in {r["code"] for r in DOC["x-error-codes"]
                                                 if r["status"] == 500}
        # other operations of the module still answer with their mocks
        assert stub.request("GET", "/v3/p/volumes/detail").status == 200
        assert stub.alive()
        log = stub.output()
        assert "bug in my handler" in log
        assert "Handlers.show_volume_v9 serves no operation" in log
        assert "show_volume_v3 serves no operation" not in log
