"""Starting the stub does not import the schema validator libraries (about 0.35 s of
imports); the first request that needs validation loads them, and validates."""
from __future__ import annotations

import json
import subprocess
import sys

from test_server_support import PACKAGE, load_spec

from extractor.generate.server import generate_server

HEAVY = ("openapi_schema_validator", "jsonschema", "referencing")
PROBE = f"""
import json, sys
from starlette.testclient import TestClient
from {PACKAGE} import create_app
app = create_app()
before = sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
path = sys.argv[1]
with TestClient(app) as client:
    r = client.post(path, json={{"volume": {{"size": "not a number"}}}},
                    headers={{"X-Auth-Token": "t"}})
after = sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
print(json.dumps({{"before": before, "after": after, "status": r.status_code,
                  "body": r.json()}}))
"""


def create_path(doc: dict) -> str:
    """A concrete POST path whose body schema has a volume object (the create operation)."""
    for path, item in doc["paths"].items():
        if path.endswith("/cloudvolumes") and "post" in item:
            return path.replace("{project_id}", "p1")
    raise AssertionError("no POST .../cloudvolumes in the spec")


def test_validators_load_on_first_use(tmp_path):
    doc = load_spec()
    generate_server(doc, tmp_path, stem="evs")
    out = subprocess.run([sys.executable, "-c", PROBE, create_path(doc)], cwd=tmp_path,
                         capture_output=True, text=True, check=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    assert "openapi_schema_validator" in result["after"]
    assert result["status"] == 400, result
    assert "does not match the schema at /volume" in json.dumps(result["body"])
