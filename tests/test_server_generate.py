"""Generating the server stub: deterministic, equal to the committed output/server,
regeneration keeps implementations, and hostile spec text stays inert (the stub
still compiles, imports and serves a call)."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from spec_lookup import method_name, op_id, variant_by_key
from test_server_support import COMMITTED, PACKAGE, load_spec, run_stub

from extractor.generate.server import generate_server
from extractor.generate.server.render import TEMPLATES

DOC = load_spec()


def tree(root: Path) -> dict[str, bytes]:
    skip = {"__pycache__", ".pytest_cache"}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not skip & set(p.parts) and ".egg-info" not in p.as_posix()}


def test_two_generations_are_byte_identical(tmp_path):
    first = generate_server(DOC, tmp_path / "a", stem="evs")
    generate_server(DOC, tmp_path / "b", stem="evs")
    assert first and all(p.is_relative_to(tmp_path / "a") for p in first)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_committed_output_equals_a_fresh_generation(tmp_path):
    generate_server(DOC, tmp_path, stem="evs")
    fresh, committed = tree(tmp_path), tree(COMMITTED)
    assert sorted(fresh) == sorted(committed)
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert changed == [], "output/server is stale: regenerate it"


def test_stub_ships_the_spec_files_json(tmp_path):
    # the spec `build` wrote is byte for byte what the stub writes for the parsed document;
    # `generate` ships a JSON spec file as it is, whatever its layout, and writes a YAML one
    spec = COMMITTED.parents[1] / "specs" / "evs.openapi.json"
    generate_server(DOC, tmp_path / "doc", stem="evs")
    assert (tmp_path / "doc" / PACKAGE / "openapi.json").read_bytes() == spec.read_bytes()
    (tmp_path / "specs").mkdir()
    compact = tmp_path / "specs" / "evs.openapi.json"
    compact.write_text(json.dumps(DOC, separators=(",", ":")), encoding="utf-8")
    yaml_spec = tmp_path / "specs" / "evs.openapi.yaml"
    yaml_spec.write_bytes(spec.with_suffix(".yaml").read_bytes())
    for source, out in ((compact, "from-json"), (yaml_spec, "from-yaml")):
        r = subprocess.run([sys.executable, "-m", "extractor", "generate", "server", str(source),
                            "-o", str(tmp_path / out), "-q"], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    shipped = tmp_path / "from-json" / "server" / PACKAGE / "openapi.json"
    assert shipped.read_bytes() == compact.read_bytes()
    written = tmp_path / "from-yaml" / "server" / PACKAGE / "openapi.json"
    assert json.loads(written.read_text("utf-8")) == DOC


def test_no_absolute_paths_or_timestamps(tmp_path):
    generate_server(DOC, tmp_path, stem="evs")
    for name, data in tree(tmp_path).items():
        text = data.decode("utf-8")
        assert str(tmp_path) not in text and str(Path.cwd()) not in text, name


def test_layout_and_names(tmp_path):
    written = generate_server(DOC, tmp_path, stem="evs")
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"pyproject.toml", "README.md", f"{PACKAGE}/__main__.py", f"{PACKAGE}/openapi.json",
            f"{PACKAGE}/registry.py", f"{PACKAGE}/handlers/__init__.py"} <= names
    assert json.loads((tmp_path / PACKAGE / "openapi.json").read_text("utf-8")) == DOC
    meta = tomllib.loads((tmp_path / "pyproject.toml").read_text("utf-8"))
    assert meta["project"]["name"] == "evs-stub"
    assert meta["project"]["scripts"]["evs-stub"] == "evs_stub.__main__:main"
    registry = ast.literal_eval(
        (tmp_path / PACKAGE / "registry.py").read_text("utf-8").split("= ", 1)[1])
    variants = sum(len(op.get("x-variants") or [None]) for item in DOC["paths"].values()
                   for op in item.values())
    assert len(registry) == variants == 122
    create = op_id("post", "/v2.1/{project_id}/cloudvolumes", doc=DOC)
    assert registry[create] == ("tag_6_1", method_name(create))
    resize = variant_by_key("post", "/v3/{project_id}/volumes/{volume_id}/action", "os-extend",
                            doc=DOC)["operationId"]
    assert registry[resize][1] == method_name(resize)


def test_package_name(tmp_path):
    paths = generate_server(DOC, tmp_path, package="my_stub")
    assert (tmp_path / "my_stub" / "registry.py") in paths
    generate_server(DOC, tmp_path / "s", stem="my-api.v2")
    assert (tmp_path / "s" / "my_api_v2_stub").is_dir()
    for bad in ("my-stub", "class", "1x", "a.b", ""):
        if bad:
            with pytest.raises(ValueError):
                generate_server(DOC, tmp_path / "x", package=bad)


def test_regeneration_keeps_handlers_and_drops_stale_generated_files(tmp_path):
    generate_server(DOC, tmp_path, stem="evs")
    mine = tmp_path / PACKAGE / "handlers" / "tag_6_1.py"
    mine.write_text(mine.read_text("utf-8") + "\n# my implementation\n", "utf-8")
    stale = tmp_path / PACKAGE / "base" / "tag_gone.py"
    stale.write_text("x = 1\n", "utf-8")
    written = generate_server(DOC, tmp_path, stem="evs")
    assert mine.read_text("utf-8").endswith("# my implementation\n")
    assert mine not in written and not stale.exists()
    assert (tmp_path / PACKAGE / "handlers" / "tag_6_2.py") not in written


# -- hostile text -----------------------------------------------------------------------------

EVIL = 'q"uo\'te """triple""" \'\'\'t\'\'\' back\\slash \\n\nnew\r\nline {{ 7*7 }} {% if %} ' \
       '</script><b>&amp; | `tick` *star* _u_ [x](y) \x00\x7f\u2028\ud800 import os; os.system("boom")'


def evil_spec() -> dict:
    ok_schema = {"type": "object", "properties": {"message": {"type": "string"}},
                 "description": EVIL}
    example = {"message": EVIL}
    return {
        "openapi": "3.0.3",
        "info": {"title": EVIL, "version": EVIL, "description": EVIL},
        "tags": [{"name": EVIL, "x-section": "1\n2"}, {"name": "class", "x-section": "9"},
                 {"name": "def\"\"\""}],
        "security": [{"k\"ey": []}],
        "components": {
            "securitySchemes": {"k\"ey": {"type": "apiKey", "in": "header", "name": "X-Key",
                                          "description": EVIL}},
            "schemas": {"Evil {{x}} \"S\"": ok_schema,
                        "Body": {"type": "object", "required": ["class"],
                                 "properties": {"class": {"type": "string"}}}},
        },
        "x-error-codes": [{"status": 400, "code": "E\"1", "message": "Malformed request body. "
                           + EVIL}],
        "paths": {
            "/evil/{id\"x}/{{x}}": {"get": {
                "operationId": 'import os; os.system("boom")\n"""', "summary": EVIL,
                "description": EVIL, "tags": [EVIL],
                "parameters": [{"name": "id\"x", "in": "path", "required": True,
                                "schema": {"type": "string"}, "description": EVIL},
                               {"name": "q\"\n", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": EVIL, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Evil%20%7B%7Bx%7D%7D%20%22S%22"},
                    "examples": {"e\"x": {"value": example, "x-valid": True}}}}}}}},
            "/class": {
                "post": {"operationId": "class", "tags": ["class"], "summary": "'''",
                         "requestBody": {"required": True, "content": {"application/json": {
                             "schema": {"oneOf": [{"$ref": "#/components/schemas/Body"}]}}}},
                         "responses": {"201": {"description": "ok"}},
                         "x-variants": [
                             {"operationId": "__init__", "summary": EVIL, "key": "class=a\"b",
                              "requestBody": {"$ref": "#/components/schemas/Body"}},
                             {"operationId": "None", "summary": EVIL, "key": "class=y"}]},
                "get": {"tags": ["def\"\"\""], "summary": EVIL,
                        "responses": {"200": {"description": "ok"}}},
                "delete": {"operationId": "1st {{x}}", "tags": ["def\"\"\""],
                           "responses": {"204": {"description": "ok"}}},
                "put": {"operationId": "mro", "responses": {"200": {"description": "ok"}}},
            },
        },
    }


def test_hostile_spec_stays_inert(tmp_path):
    doc = evil_spec()
    generate_server(doc, tmp_path, stem="evil")
    package = tmp_path / "evil_stub"
    runtime = TEMPLATES / "runtime"
    for source in package.rglob("*.py"):
        if source.parent.name == "runtime" and \
                source.read_bytes() == (runtime / source.name).read_bytes():
            continue  # copied verbatim, the same for every spec (store.py writes files)
        module = ast.parse(source.read_text("utf-8"), str(source))
        assert not [n for n in ast.walk(module) if isinstance(n, (ast.Import, ast.ImportFrom))
                    and any(a.name == "os" for a in n.names)], source
    registry = ast.literal_eval((package / "registry.py").read_text("utf-8").split("= ", 1)[1])
    module, _ = registry['import os; os.system("boom")\n"""']
    base = ast.parse((package / "base" / f"{module}.py").read_text("utf-8"))
    tag = next(n for n in base.body if isinstance(n, ast.Assign))
    assert ast.literal_eval(tag.value) == EVIL
    method = next(n for n in ast.walk(base) if isinstance(n, ast.AsyncFunctionDef))
    assert EVIL in ast.get_docstring(method, clean=False)
    meta = tomllib.loads((tmp_path / "pyproject.toml").read_text("utf-8"))
    assert meta["project"]["description"] == "Server stub for " + EVIL.replace("\ud800", "\ufffd")
    readme = (tmp_path / "README.md").read_text("utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 6  # header + one row per handler
    assert "</script>" not in readme and "&lt;/script&gt;" in readme
    code = "import evil_stub, json; print(json.dumps(sorted(evil_stub.create_app().state.stub.handlers)))"
    env = dict(os.environ, PYTHONPATH=str(tmp_path), PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    assert len(json.loads(out.stdout)) == 6

    with run_stub(tmp_path, "evil_stub") as stub:
        headers = {"X-Key": "k"}
        answer = stub.request("GET", "/evil/a%22b/%7B%7Bx%7D%7D?q%22%0A=5", headers=headers,
                              auth=False)
        assert answer.status == 200, answer.raw
        assert answer.json == {"message": EVIL}
        error = stub.request("GET", "/evil/a/%7B%7Bx%7D%7D?q%22%0A=no", headers=headers,
                             auth=False)
        assert error.status == 400 and error.json["error"]["code"] == "E\"1"
        for value in ('a"b', "y"):
            answer = stub.request("POST", "/class", {"class": value}, headers, auth=False)
            assert answer.status == 201, answer.raw
        assert stub.request("POST", "/class", {"class": "c"}, headers, auth=False).status == 400
        bad = stub.request("POST", "/class", "{", {**headers, "Content-Type": "application/json"},
                           auth=False)
        assert bad.status == 400 and EVIL in bad.json["error"]["message"]
        assert stub.request("GET", "/class", headers=headers, auth=False).status == 200
        assert stub.request("GET", "/class", auth=False).status == 401
        assert stub.alive()


def test_stub_is_pip_installable(tmp_path):
    """pip builds and installs the package (openapi.json included) and it starts up."""
    generate_server(DOC, tmp_path / "src", stem="evs")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "--target", str(site), str(tmp_path / "src")],
                   check=True, capture_output=True, timeout=300)
    assert (site / PACKAGE / "openapi.json").is_file()
    assert (site / PACKAGE / "handlers" / "tag_6_1.py").is_file()
    code = f"import {PACKAGE}; app = {PACKAGE}.create_app(); print(len(app.routes))"
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    assert int(out.stdout) == 1 + len(DOC["paths"])
