"""`doc2spec mock SPEC --stateful`: the spec served at once (a stub generated into a
temporary folder), over real HTTP on 127.0.0.1; its startup report; bad options."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from test_server_support import ROOT, SPEC, Stub, _ready, free_port


def test_mock_serves_a_spec_statefully(tmp_path):
    port = free_port()
    log = tmp_path / "mock.log"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(scratch))
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "extractor", "mock", str(SPEC),
                                    "--stateful", "--port", str(port), "--log-level", "warning",
                                    "--seed", "3"], cwd=tmp_path, env=env, stdout=out,
                                   stderr=subprocess.STDOUT)
    try:
        start = time.perf_counter()
        while process.poll() is None and time.perf_counter() - start < 60 and not _ready(port):
            time.sleep(0.05)
        stub = Stub(port, process, 0.0, log)
        assert stub.alive(), stub.output()
        made = stub.request("POST", "/v2/p/volumes", {"volume": {
            "availability_zone": "az-dc-1", "size": 20, "volume_type": "SSD", "name": "m"}})
        assert made.status == 202, made.raw[:300]
        volume_id = made.json["volume"]["id"]
        assert stub.request("GET", f"/v2/p/volumes/{volume_id}").json["volume"]["name"] == "m"
        assert "stateful: volume (volume_id" in stub.output()
        assert [p.name[:14] for p in scratch.iterdir()] == ["doc2spec-mock-"]
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert list(scratch.iterdir()) == []  # the generated stub is removed on exit


def test_mock_refuses_half_an_aksk_pair():
    result = subprocess.run([sys.executable, "-m", "extractor", "mock", str(SPEC), "--ak", "X"],
                            capture_output=True, text=True, env=dict(os.environ,
                                                                     PYTHONPATH=str(ROOT)))
    assert result.returncode == 2 and "--ak and --sk go together" in result.stderr
