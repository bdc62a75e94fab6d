"""schemathesis, every check enabled, against the stub in its stateful mode (uvicorn on
127.0.0.1, a configured token), with the OpenAPI links the stub's own inference gives
(``python -m evs_stub.runtime.links``): examples, coverage, fuzzing and stateful
phases, bounded (examples per operation, a fixed seed, scenarios in schemathesis.toml).

The checks hold the stub to the statuses the spec documents (the manual's common
errors, "see 错误码", are documented for every operation).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from test_server_support import PACKAGE, SPEC, load_spec, run_stub

from extractor.generate.server import generate_server

TOKEN = "schemathesis-token"
# The checks a stateless run holds any stub to (other specs' tests use them); the
# stateful run below enables every check.
CHECKS = ("not_a_server_error", "response_schema_conformance", "content_type_conformance",
          "negative_data_rejection", "positive_data_acceptance", "unsupported_method",
          "missing_required_header")
CONFIG = """\
[phases.stateful]
max-steps = 8

[phases.stateful.generation]
max-examples = 40
"""


@pytest.mark.slow
def test_schemathesis_all_checks_against_the_stateful_stub(tmp_path):
    generate_server(load_spec(), tmp_path, stem="evs")
    env = dict(os.environ, NO_COLOR="1", SCHEMATHESIS_TELEMETRY="false",
               PYTHONPATH=str(tmp_path), PYTHONDONTWRITEBYTECODE="1")
    linked = subprocess.run([sys.executable, "-m", f"{PACKAGE}.runtime.links"], cwd=tmp_path,
                            env=env, check=True, capture_output=True, text=True).stdout
    links = sum(len(r.get("links", {})) for item in json.loads(linked)["paths"].values()
                for op in item.values() if isinstance(op, dict)
                for r in op.get("responses", {}).values())
    assert links > 50, "the inference gave (almost) no links"
    (tmp_path / "linked.json").write_text(linked, encoding="utf-8")
    (tmp_path / "schemathesis.toml").write_text(CONFIG, encoding="utf-8")
    with run_stub(tmp_path, PACKAGE, "--stateful", "--token", TOKEN) as stub:
        command = [sys.executable, "-m", "schemathesis.cli", "run", "linked.json",
                   "--url", f"http://127.0.0.1:{stub.port}", "--checks", "all",
                   "--max-examples", "5", "--seed", "20250820", "--workers", "2",
                   "--header", f"X-Auth-Token: {TOKEN}", "--request-timeout", "20",
                   "--phases", "examples,coverage,fuzzing,stateful"]
        result = subprocess.run(command, check=False, cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=1500)
        report = result.stdout[-8000:] + result.stderr[-2000:]
        assert result.returncode == 0, report
        counts = re.search(r"(\d+) generated, (\d+) passed", result.stdout)
        assert counts and counts.group(1) == counts.group(2), report  # 0 failures, 0 errors
        assert "FAILURES" not in result.stdout and "ERRORS" not in result.stdout, report
        operations = sum(1 for item in json.loads(SPEC.read_text())["paths"].values()
                         for key in item if key in ("get", "put", "post", "delete", "patch"))
        assert f"{operations} selected" in result.stdout, report
        assert "Stateful" in result.stdout and "Scenarios:" in result.stdout, report
        assert stub.alive() and "Traceback" not in stub.output()
