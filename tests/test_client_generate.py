"""Client generation: determinism, the committed golden record, the CLI, naming, safety."""
from __future__ import annotations

import ast
import inspect
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_client_support import (
    ROOT,
    SPEC,
    Reply,
    StubServer,
    evs_client,
    generate,
    import_generated,
    method,
    spec,
)

from extractor.generate.client import default_package, generate_client, render_client
from extractor.generate.client.docs import docstring
from extractor.generate.client.write import write_tree
from extractor.generate.client.names import METHOD_AVOID, class_identifier, identifier

GOLDEN = ROOT / "output" / "client"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not IGNORED & set(p.relative_to(root).parts)}


def snake(op_id: str) -> str:
    return identifier(op_id, "op", METHOD_AVOID)


# --------------------------------------------------------------------------- golden
def test_generation_is_deterministic(tmp_path):
    doc = spec()
    a, b = tmp_path / "a" / "client", tmp_path / "b" / "client"
    generate_client(doc, a, "evs_client")
    generate_client(json.loads(json.dumps(doc)), b, "evs_client")
    c = tmp_path / "c" / "client"  # another interpreter, another hash seed
    code = ("import json, sys; from pathlib import Path\n"
            "from extractor.generate.client import generate_client\n"
            "generate_client(json.load(open(sys.argv[1])), Path(sys.argv[2]), 'evs_client')\n")
    subprocess.run([sys.executable, "-c", code, str(SPEC), str(c)], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONHASHSEED": "4321"})
    ta, tb, tc = tree(a), tree(b), tree(c)
    assert ta == tb == tc
    assert not any(str(tmp_path).encode() in data for data in ta.values())  # no paths


def test_committed_output_equals_fresh_generation():
    assert GOLDEN.is_dir(), "output/client is missing: run doc2spec generate client"
    fresh = {k: v.encode() for k, v in render_client(spec(), "evs_client").items()}
    committed = tree(GOLDEN)
    assert sorted(committed) == sorted(fresh)
    stale = [k for k in fresh if committed[k] != fresh[k]]
    assert not stale, f"regenerate output/client: {stale[:5]}"


def test_output_is_the_same_with_jinjas_optimizer(monkeypatch):
    """The environments compile without Jinja's constant folding (template_cache.compile_options):
    the generated files are those the optimizer's code writes."""
    from extractor.generate.client import render
    from extractor.generate.template_cache import compile_options
    monkeypatch.setenv("DOC2SPEC_NO_CACHE", "1")
    assert compile_options()["optimized"] is False
    plain = render_client(spec(), "evs_client")
    monkeypatch.setattr(render, "compile_options", lambda: {**compile_options(), "optimized": True})
    assert render._environment().optimized
    assert render_client(spec(), "evs_client") == plain


def test_signer_copied_verbatim():
    files = render_client(spec(), "evs_client")
    shipped = (ROOT / "templates" / "client" / "signer.py").read_text(encoding="utf-8")
    assert files["evs_client/signer.py"] == shipped


# --------------------------------------------------------------------------- methods
def _operations():
    for path, item in spec()["paths"].items():
        for http, op in item.items():
            yield path, http, op


def test_one_method_per_operation_and_variant():
    client = evs_client().Client
    expected, shared = set(), set()
    for _, _, op in _operations():
        variants = op.get("x-variants") or []
        if variants:
            shared.add(snake(op["operationId"]))
        for src in variants or [op]:
            name = snake(src["operationId"])
            expected.add(name)
            method = getattr(client, name)
            doc = inspect.getdoc(method)
            assert doc.startswith(src["summary"]), name
            description = src.get("description") or ""
            assert description.split("\n")[0].strip() in doc
            assert hasattr(client, name + "_detailed")
    public = {n for n, _ in inspect.getmembers(client, inspect.isfunction)
              if not n.startswith("_") and not n.endswith("_detailed")
              and not n.startswith("iter_") and n not in ("close", "with_options")}
    assert public == expected
    # a shared method+path has only its variants' methods (its own id may be one of them)
    assert not (shared - expected) & public
    assert len(expected) == sum(len(op.get("x-variants") or [1]) for *_, op in _operations())


def test_async_client_mirrors_sync():
    pkg = evs_client()
    sync = {n for n, _ in inspect.getmembers(pkg.Client, inspect.isfunction)} - {
        "close", "__enter__", "__exit__"}
    aio = {n for n, _ in inspect.getmembers(pkg.AsyncClient, inspect.isfunction)
           } - {"aclose", "__aenter__", "__aexit__"}
    assert sync == aio
    zones = method("GET", "/v2/{project_id}/os-availability-zone")
    listing = method("GET", "/v2/{project_id}/cloudvolumes/detail")
    assert inspect.iscoroutinefunction(getattr(pkg.AsyncClient, zones))
    assert inspect.isasyncgenfunction(getattr(pkg.AsyncClient, "iter_" + listing))


def test_parameters_typed_required_and_keyword_only():
    client = evs_client().Client
    for path, _, op in _operations():
        for src in op.get("x-variants") or [op]:
            sig = inspect.signature(getattr(client, snake(src["operationId"])))
            params = {p.name: p for p in sig.parameters.values() if p.name != "self"}
            assert all(p.kind is p.KEYWORD_ONLY for p in params.values())
            for prm in op.get("parameters", []):
                if prm["in"] == "header" and prm["name"] == "X-Auth-Token":
                    assert "x_auth_token" not in params  # auth is configured, not passed
                    continue
                p = params[re.sub(r"\W", "_", prm["name"]).lower()]
                if prm["name"] == "project_id":
                    assert p.default is None  # from the config when omitted
                elif prm.get("required"):
                    assert p.default is p.empty, (path, prm["name"])
                else:
                    assert p.default is not p.empty
                want = {"string": "str", "integer": "int", "boolean": "bool",
                        "array": "Sequence["}[prm["schema"]["type"]]
                assert want in str(p.annotation) or "enum" in prm["schema"]
            if op.get("requestBody", {}).get("required") and (
                    "x-variants" not in op or src.get("requestBody")):
                assert params["body"].default is params["body"].empty


def test_import_is_lazy():
    root = Path(evs_client().__file__).parents[1]
    code = ("import sys, evs_client\n"
            "assert 'httpx' not in sys.modules, 'httpx'\n"
            "assert not [m for m in sys.modules if m.startswith('evs_client.models.')]\n"
            "assert 'evs_client.client' not in sys.modules\n"
            "evs_client.Client\n"
            "assert 'httpx' in sys.modules\n"
            "assert len([m for m in sys.modules if m.startswith('evs_client.models.')]) < 5\n")
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


# --------------------------------------------------------------------------- naming
@pytest.mark.parametrize(("name", "expected"), [
    ("OS-SCH-HNT:scheduler_hints", "os_sch_hnt_scheduler_hints"),
    ("hw:passthrough", "hw_passthrough"),
    ("__system__cmkid", "system_cmkid"),
    ("imageRef", "image_ref"),
    ("os-vendor-extended:lock_check_endpoint", "os_vendor_extended_lock_check_endpoint"),
    ("media-types", "media_types"),
    ("gigabytes_ESSD2", "gigabytes_essd2"),
    ("createVolumeV21", "create_volume_v21"),
    ("class", "class_"), ("import", "import_"), ("None", "none"), ("match", "match"),
    ("str", "str_"), ("self", "self_"), ("2fa", "x_2fa"), ("中文", "x"), ("", "x"),
    ('a"b\\c', "a_b_c"),
])
def test_identifier(name, expected):
    assert identifier(name, "x") == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("ErrorResponse_6_1_6", "ErrorResponse616"), ("MediaTypes", "MediaTypes"),
    ("Any", "AnyModel"), ("123", "M123"),
    ("weird\"name", "WeirdName"), ("class", "Class"),
])
def test_class_identifier(name, expected):
    assert class_identifier(name, "M") == expected


def test_docstring_literal_round_trips_any_text():
    rng = random.Random(7)
    alphabet = ['"', '"""', "'", "\\", "\\N", "\n", "{", "}", "%", " ", "\t", "\r", "\x00",
                "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\ufeff", "\u2028", "\ud800",
                "a", "中", "\U0001f600", "#"]
    for i in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        indent = ("    ", "        ")[i % 2]          # the indents the templates pass
        literal = docstring(text, indent)
        compile(f"def f():\n{indent}{literal}\n", "<doc>", "exec")
        expected = [line.rstrip() for line in text.strip("\n").split("\n")]
        while len(expected) > 1 and not expected[-1]:
            expected.pop()
        lines = ast.literal_eval(literal).split("\n")
        if len(expected) > 1:
            assert lines[-1] == indent
            lines = lines[:1] + [x.removeprefix(indent) for x in lines[1:-1]]
        assert lines == expected


def test_default_package_name():
    assert default_package(spec()) == "evs_client"  # from the IAM action namespace
    assert default_package({}) == "api_client"
    assert default_package({}, "my-service") == "my_service_client"


# --------------------------------------------------------------------------- CLI
def _run(args):
    from extractor.cli import main
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_cli_generate_client_with_package(tmp_path):
    r = _run(["generate", "client", str(SPEC), "-o", str(tmp_path), "--package", "foo_sdk"])
    assert r.exit_code == 0, r.output
    root = tmp_path / "client"
    assert (root / "foo_sdk" / "client.py").exists() and (root / "pyproject.toml").exists()
    assert 'ENV_PREFIX = \'FOO_SDK_\'' in (root / "foo_sdk" / "_meta.py").read_text()
    assert 'name = "foo-sdk"' in (root / "pyproject.toml").read_text()
    r = _run(["generate", "client", str(SPEC), "-o", str(tmp_path)])
    assert r.exit_code == 0 and (root / "evs_client").is_dir()
    assert not (root / "foo_sdk").exists()  # replaced as a whole
    assert (root / "evs_client" / "_meta.py").read_text().count("'EVS_'") == 1


def test_cli_errors_are_one_line(tmp_path):
    r = _run(["generate", "client", str(SPEC), "-o", str(tmp_path), "--package", "no pe"])
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1
    (tmp_path / "client").mkdir()
    (tmp_path / "client" / "mine.txt").write_text("keep me")
    r = _run(["generate", "client", str(SPEC), "-o", str(tmp_path)])
    assert r.exit_code == 2 and "not generated by doc2spec" in r.output
    assert (tmp_path / "client" / "mine.txt").read_text() == "keep me"


def test_cli_without_server_generator(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "extractor.generate.server", None)  # import fails
    r = _run(["generate", "server", str(SPEC), "-o", str(tmp_path)])
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1
    assert "server generator" in r.output
    r = _run(["generate", "all", str(SPEC), "-o", str(tmp_path)])
    assert r.exit_code == 0 and (tmp_path / "client" / "evs_client").is_dir()
    assert not (tmp_path / "server").exists()


def test_write_tree_replaces_generated_tree_atomically(tmp_path):
    out = tmp_path / "client"
    write_tree(out, {"pyproject.toml": "# Generated by doc2spec\n", "a/old.py": "x"})
    write_tree(out, {"pyproject.toml": "# Generated by doc2spec\n", "b/new.py": "y"})
    assert tree(out) == {"pyproject.toml": b"# Generated by doc2spec\n", "b/new.py": b"y"}
    assert [p.name for p in tmp_path.iterdir()] == ["client"]  # no temp leftovers


def test_write_tree_keeps_unchanged_files_and_writes_the_rest(tmp_path):
    # a file with the same bytes and mode is linked from the tree it replaces (one inode
    # fewer to make); a changed one, or one whose mode the umask now makes otherwise, is new
    out = tmp_path / "client"
    head = "# Generated by doc2spec\n"
    write_tree(out, {"pyproject.toml": head, "same.py": "s", "changed.py": "1", "mode.py": "m"})
    before = {n: (out / n).stat().st_ino for n in ("same.py", "changed.py", "mode.py")}
    os.chmod(out / "mode.py", 0o600)
    write_tree(out, {"pyproject.toml": head, "same.py": "s", "changed.py": "2", "mode.py": "m"})
    after = {n: (out / n).stat() for n in before}
    assert after["same.py"].st_ino == before["same.py"]
    assert after["changed.py"].st_ino != before["changed.py"]
    assert (out / "changed.py").read_text() == "2"
    assert after["mode.py"].st_ino != before["mode.py"] and after["mode.py"].st_mode & 0o777 != 0o600
    assert all(s.st_nlink == 1 for s in after.values())  # nothing shared once replaced


def test_write_tree_into_a_staging_folder_links_from_the_tree_it_will_replace(tmp_path):
    # `generate` writes the client into a staging folder: the tree it replaces is elsewhere,
    # checked as the target would be, its unchanged files linked, and never written into
    head = "# Generated by doc2spec\n"
    final, staged = tmp_path / "client", tmp_path / "stage" / "client"
    write_tree(final, {"pyproject.toml": head, "same.py": "s", "changed.py": "1"})
    before = {n: (final / n).stat().st_ino for n in ("same.py", "changed.py")}
    write_tree(staged, {"pyproject.toml": head, "same.py": "s", "changed.py": "2"}, final)
    assert (staged / "same.py").stat().st_ino == before["same.py"]
    assert (staged / "changed.py").stat().st_ino != before["changed.py"]
    assert tree(final) == {"pyproject.toml": head.encode(), "same.py": b"s", "changed.py": b"1"}
    assert {n: (final / n).stat().st_ino for n in before} == before
    foreign = tmp_path / "foreign"
    (foreign / "mine.py").parent.mkdir()
    (foreign / "mine.py").write_text("keep")
    with pytest.raises(FileExistsError, match="foreign"):
        write_tree(tmp_path / "stage" / "other", {"pyproject.toml": head}, foreign)
    write_tree(tmp_path / "stage" / "new", {"pyproject.toml": head}, tmp_path / "missing")
    assert tree(tmp_path / "stage" / "new") == {"pyproject.toml": head.encode()}


# --------------------------------------------------------------------------- hostile text
NASTY = 'He said """hi""" and \'\'\'bye\'\'\' \\ {{ x }} {% if %}\nclass def\t"\\n\x00\u2028end"'


def hostile_spec() -> dict:
    text_fields = {"summary": NASTY, "description": NASTY}
    body_ref = {"$ref": '#/components/schemas/Weird"Name'}
    return {
        "openapi": "3.0.3",
        "info": {"title": NASTY, "version": '1"\\', "x-release-date": "2020-01-02"},
        "servers": [{"url": "https://{endpoint}"}],
        "paths": {"/v1/{project_id}/it'ems/{class}": {"post": {
            "operationId": "class", **text_fields,
            "parameters": [
                {"name": "project_id", "in": "path", "required": True,
                 "schema": {"type": "string"}},
                {"name": "class", "in": "path", "required": True, "description": NASTY,
                 "schema": {"type": "string"}},
                {"name": 'q"uote', "in": "query", "schema": {"type": "string"}},
                {"name": "def", "in": "query",
                 "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "self", "in": "query", "schema": {"type": "integer"}},
                {"name": "body", "in": "query", "schema": {"type": "boolean"}},
                {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                {"name": "Headers", "in": "query", "schema": {"type": "string"}},
                {"name": "X-Hdr'#", "in": "header", "schema": {"type": "string"}},
            ],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": body_ref}}},
            "responses": {"200": {"description": NASTY, "content": {"application/json": {
                "schema": body_ref}}}},
            "deprecated": True,
            "x-replaced-by": {"operationId": 'x"y', "section": "1\\", "summary": NASTY},
        }, "get": {"operationId": "import", **text_fields, "responses": {"204": {
            "description": NASTY}}}}},
        "components": {"schemas": {
            'Weird"Name': {"type": "object", "description": NASTY, "required": ['a"b'],
                           "properties": {
                'a"b': {"type": "string", "description": NASTY},
                "class": {"type": "integer", "description": NASTY},
                "None": {"type": "boolean"},
                "{{x}}": {"type": "string", "x-unit": NASTY},
                "back\\slash": {"type": "string", "enum": ['"', "\\", "'''", "{{ }}",
                                                          "class", "None", "", "中"],
                                "x-enum-descriptions": {'"': NASTY}},
                "self": {"type": "string"}, "to_dict": {"type": "string"},
                "additional_properties": {"type": "string"}, "str": {"type": "string"},
                "中文": {"type": "string"},
                "nested": {"type": "object", "properties": {'x"': {"$ref":
                                                                   "#/components/schemas/Any"}}},
            }},
            "Any": {"type": "object", "description": '"""', "properties": {
                "x": {"type": "string"}}},
        }},
        "x-error-codes": [{"status": 400, "code": 'E"1', "message": NASTY,
                           "description": NASTY, "remedy": NASTY}],
    }


def minimal_spec() -> dict:
    """A spec with the least in it: one GET without parameters, body or schemas."""
    return {"openapi": "3.0.3", "info": {"title": "Tiny", "version": "1"},
            "paths": {"/ping": {"get": {"operationId": "ping", "summary": "Ping",
                                        "responses": {"204": {"description": "ok"}}}}}}


def test_minimal_spec_client_works(tmp_path):
    pkg = import_generated(generate(minimal_spec(), "tiny_client"), "tiny_client")
    server = StubServer()
    try:
        server.reply(Reply(204))
        with pkg.Client(endpoint=server.url) as c:
            assert c.ping() is None
        assert server.seen[-1].target == "/ping" and "x-auth-token" not in server.seen[-1].headers
    finally:
        server.close()


@pytest.fixture(scope="module")
def hostile():
    root = generate(hostile_spec(), "hostile_client")
    return root, import_generated(root, "hostile_client")


def test_hostile_spec_compiles_and_imports(hostile):
    root, pkg = hostile
    for path in (root / "hostile_client").rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    models = __import__("hostile_client.models", fromlist=["x"])
    for name in models.__all__:
        getattr(models, name)
    doc = inspect.getdoc(pkg.Client.class_)
    assert doc.startswith('He said """hi""" and \'\'\'bye\'\'\' \\ {{ x }} {% if %}\nclass def')
    assert "\x00" in doc and "\u2028" in doc
    enum = next(getattr(models, n) for n in models.__all__ if n.endswith("Slash"))
    assert [m.value for m in enum] == ['"', "\\", "'''", "{{ }}", "class", "None", "", "中"]


def test_hostile_client_passes_a_call(hostile):
    _, pkg = hostile
    models = __import__("hostile_client.models", fromlist=["x"])
    wire = {'a"b': "A", "class": 1, "None": True, "{{x}}": "t", "back\\slash": "'''",
            "self": "s", "to_dict": "d", "additional_properties": "ap", "str": "q",
            "中文": "z", "nested": {'x"': {"x": "deep"}}, "unknown\"key": [1]}
    body = models.WeirdName.from_dict(wire)
    assert body.to_dict() == wire
    assert body.back_slash.value == "'''"
    server = StubServer()
    try:
        server.reply(Reply(200, wire))
        with pkg.Client(endpoint=server.url, project_id="p", token="t") as c:
            with pytest.warns(DeprecationWarning, match=r"x_y|x\"y"):
                result = c.class_(class_="c 1", body=body, q_uote='v"', def_=["a", "b"],
                                  self_=3, body_=True, x_hdr="h", timeout_=7, headers_="q",
                                  headers={"X-Call": "1"}, timeout=5)
        seen = server.seen[-1]
        assert seen.path == "/v1/p/it'ems/c%201"
        assert seen.query == [('q"uote', 'v"'), ("def", "a"), ("def", "b"), ("self", "3"),
                              ("body", "true"), ("timeout", "7"), ("Headers", "q")]
        assert seen.headers["x-hdr'#"] == "h" and seen.headers["x-call"] == "1"
        assert seen.json == wire
        assert result.to_dict() == wire and result.nested.x.x == "deep"
        server.reply(Reply(400, {"error_code": 'E"1', "error_msg": "m"}))
        with pkg.Client(endpoint=server.url, project_id="p", token="t") as c:
            with pytest.raises(pkg.ApiError) as info:
                c.import_()
        assert info.value.description == NASTY and info.value.remedy == NASTY
    finally:
        server.close()
