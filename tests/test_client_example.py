"""The generated package's example script (shown in its README): it calls the resource's
life-cycle operations, runs against the generated server stub (uvicorn, loopback) with
the sync and the async client, handles an error the stub answers, and passes
``mypy --strict``."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_client_support import evs_client, method, spec
from test_server_support import COMMITTED, run_stub

# the volume resource's operations, by method and path (their names come from the spec)
LIFE_CYCLE = {
    "list": ("GET", "/v2/{project_id}/cloudvolumes/detail"),
    "create": ("POST", "/v2.1/{project_id}/cloudvolumes"),
    "show": ("GET", "/v2/{project_id}/cloudvolumes/{volume_id}"),
    "change": ("POST", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action"),
    "delete": ("DELETE", "/v2/{project_id}/cloudvolumes/{volume_id}"),
}


@pytest.fixture(scope="module")
def root() -> Path:
    return Path(evs_client().__file__).parents[1]


@pytest.fixture(scope="module")
def script(root) -> str:
    return (root / "example.py").read_text(encoding="utf-8")


def test_readme_shows_the_script(root, script):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"```python\n{script}```" in readme


def test_the_script_calls_the_life_cycle_of_one_resource(script):
    calls = set(re.findall(r"client\.(\w+)\(", script))
    for role, (http, path) in LIFE_CYCLE.items():
        name = method(http, path)
        assert name in calls or "iter_" + name in calls, (role, name)
        assert not spec()["paths"][path][http.lower()].get("deprecated")
    assert "AsyncClient(" in script and "asyncio.gather(" in script
    assert "except ClientError as err:" in script
    assert "cast(" not in script and "type: ignore" not in script


def test_the_script_runs_against_the_stub(root):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVS_")}
    with run_stub(COMMITTED) as stub:
        env.update(EVS_ENDPOINT=f"http://127.0.0.1:{stub.port}", EVS_PROJECT_ID="p-example",
                   EVS_AK="EXAMPLEAK", EVS_SK="example/secret")
        r = subprocess.run([sys.executable, "example.py"], cwd=root, env=env,
                           capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    out = r.stdout
    # "shown" needs an id from the listing (taken after the create)
    for word in ("created", "shown", "changed", "deleted"):
        assert re.search(rf"^{word} \S", out, re.M), (word, out)
    refused = re.search(r"^refused: (\S+) .*\(HTTP 400, .*\)\. Remedy: .+$", out, re.M)
    assert refused, out
    codes = {e["code"] for e in spec()["x-error-codes"]}
    assert refused.group(1) in codes  # the manual's code for a malformed body
    assert re.search(r"^error code \S+ status 400 request id", out, re.M)
    assert re.search(r"^  manual: 400 ", out, re.M)  # the manual's rows for the code
    count = re.search(r"^shown concurrently (\d+)$", out, re.M)
    assert count and int(count.group(1)) >= 1


def test_the_script_without_settings_fails_with_one_clear_line(root):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVS_")}
    r = subprocess.run([sys.executable, "example.py"], cwd=root, env=env,
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode != 0
    assert re.match(r"\w+\.errors\.ConfigError: no (project id|endpoint)", r.stderr.splitlines()[-1])


@pytest.mark.slow  # mypy follows the script into the whole package (about 30 s on 2 cores)
def test_the_script_passes_mypy_strict(root, tmp_path):
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir",
                        str(tmp_path / "cache"), "example.py"], cwd=root, capture_output=True,
                       text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def test_with_a_regional_server_url_the_script_passes_the_region():
    """Once the spec documents ``https://{service}.{region}...``, the script shows
    ``region=`` and the client maps a region to its endpoint."""
    import copy

    from test_client_support import generate, import_generated
    doc = copy.deepcopy(spec())
    doc["servers"] = [{"url": "https://{service}.{region}.example-cloud.com", "variables": {
        "service": {"default": "evs"}, "region": {"default": "north-9"}}}]
    root = generate(doc, "regional_evs_client")
    script = (root / "example.py").read_text(encoding="utf-8")
    assert "Client(region=os.environ.get('REGIONAL_EVS_REGION', 'north-9'))" in script
    compile(script, "example.py", "exec")
    pkg = import_generated(root, "regional_evs_client")
    assert pkg.Config(region="south-1").base_url == "https://evs.south-1.example-cloud.com"
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "picks the documented endpoint `https://{service}.{region}" in readme
