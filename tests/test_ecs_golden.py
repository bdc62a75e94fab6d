"""The second golden set (the ECS HTML export): the committed client against the committed
stub over real sockets, schemathesis against the stub, and the site in headless Chromium —
the same kinds of checks as for EVS, on an English manual read by the HTML front end."""
from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import warnings
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from e2e_support import (
    Case,
    build,
    cases,
    coerce,
    conforms,
    expected_method_count,
    hints,
    import_client,
    members,
    namespace,
    parameters,
    path_values,
    placeholder,
    plain,
    section,
    signature_names,
    targets,
)
from test_server_support import AUTH, SchemaCheck, run_stub

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "ecs" / "ecs.openapi.json"
OUT = ROOT / "output" / "ecs"
DOC = json.loads(SPEC.read_text(encoding="utf-8"))
CHECK = SchemaCheck(DOC)
CASES = cases(DOC)
PROJECT = "0123456789abcdef0123456789abcdef"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def pkg():
    module, restore = import_client(OUT / "client", "ecs_client")
    try:
        assert Path(module.__file__).resolve().is_relative_to(OUT / "client")
        yield module
    finally:
        restore()


@pytest.fixture(scope="module")
def stub():
    with run_stub(OUT / "server", "ecs_stub") as running:
        yield running
    assert running.process.poll() is not None


@pytest.fixture(scope="module")
def client(pkg, stub):
    c = pkg.Client(pkg.Config(endpoint=f"http://127.0.0.1:{stub.port}", project_id=PROJECT,
                              token="ecs-token", timeout=10, retry=pkg.Retry(attempts=1)))
    yield c
    c.close()


def prepare(case, pkg, ns, unset) -> dict:
    """Arguments from the manual's request line and body example (else built from models)."""
    t = case.target
    method = getattr(pkg.Client, t.name)
    types = hints(method, ns)
    params = parameters(method)
    kwargs: dict = {}
    concrete = path_values(t.path, (case.line or {}).get("path"))
    for (where, wire), arg in params.items():
        if where == "path" and wire != "project_id":
            kwargs[arg] = (coerce([concrete[wire]], types[arg], unset) if wire in concrete
                           else placeholder(wire, types[arg], unset))
    if t.has_body:
        model = next(m for m in members(types["body"]) if is_dataclass(m))
        if case.example is not None:
            value = case.body_value()
            body = model.from_dict(value)
            assert plain(body) == value, f"{t.name}: the body model does not round-trip"
        else:
            body = build(types["body"], ns, unset, "body")
            problems = CHECK.errors(t.body_pointer, plain(body))
            assert not problems, f"{t.name}: built body is not schema-valid: {problems}"
        kwargs["body"] = body
    for name in signature_names(method):
        param = inspect.signature(method).parameters[name]
        if name not in kwargs and param.default is param.empty:
            kwargs[name] = placeholder(name, types[name], unset)
    return kwargs


def test_one_client_method_per_operation_and_variant(pkg):
    names = {c.target.name for c in CASES}
    assert len(names) == expected_method_count(DOC)
    assert all(hasattr(pkg.Client, n) and hasattr(pkg.AsyncClient, n) for n in names)


def own_headers(t) -> dict[str, dict]:
    """The response headers the spec documents for a target's success status: for a
    variant, those whose x-source is its own section (or no variant's)."""
    headers = (t.op["responses"][str(t.success_status())].get("headers") or {})
    if t.variant is None:
        return headers
    sections = {section(v) for v in t.op["x-variants"]}
    return {n: h for n, h in headers.items()
            if section(h) == section(t.variant) or section(h) not in sections}


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.id}#{i}") for i, c in enumerate(CASES)])
def test_every_operation_through_the_client(case, pkg, client):
    ns = namespace(pkg)
    kwargs = prepare(case, pkg, ns, pkg.Unset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        response = getattr(client, case.target.name + "_detailed")(**kwargs)
    t = case.target
    assert response.status_code == t.success_status(), response.content[:300]
    declared = hints(getattr(pkg.Client, t.name), ns)["return"]
    assert conforms(response.parsed, declared)
    if declared is not type(None) and response.content.strip():
        assert plain(response.parsed) == json.loads(response.content)
    documented = own_headers(t)
    if documented:      # the stub sends them, the client reads them into a typed object
        typed = response.response_headers
        assert type(typed).from_headers(response.headers) == typed
        values = {str(getattr(typed, f.name)) for f in fields(typed)}
        for wire in documented:
            assert response.headers.get(wire) in values, wire
    else:
        assert not hasattr(response, "response_headers")


def test_the_manuals_invalid_body_examples_are_api_errors(pkg, client):
    """Body examples the spec marks x-valid: false (the manual's own mismatches, each a
    finding) are rejected by the stub with 400, which the client raises as ApiError."""
    seen = 0
    for t in targets(DOC):
        for name, ex in t.body_examples.items():
            if ex.get("x-valid") is not False or "value" not in ex:
                continue
            if t.variant is not None and section(ex) != section(t.variant):
                continue
            kwargs = prepare(Case(t, None, None, "models"), pkg, namespace(pkg), pkg.Unset)
            kwargs["body"] = ex["value"]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                with pytest.raises(pkg.ApiError) as info:
                    getattr(client, t.name)(**kwargs)
            assert info.value.status_code == 400, name
            seen += 1
    assert seen >= 5


@pytest.mark.slow
def test_schemathesis_conformance(tmp_path):
    from extractor.generate.server import generate_server
    from test_server_schemathesis import CHECKS
    generate_server(DOC, tmp_path, stem="ecs")
    with run_stub(tmp_path, "ecs_stub") as stub:
        header = "{}: {}".format(*next(iter(AUTH.items())))
        command = [sys.executable, "-m", "schemathesis.cli", "run", str(SPEC),
                   "--url", f"http://127.0.0.1:{stub.port}", "--checks", ",".join(CHECKS),
                   "--max-examples", "3", "--seed", "20220523", "--workers", "2",
                   "--header", header, "--request-timeout", "10",
                   "--phases", "examples,coverage,fuzzing"]
        env = dict(os.environ, NO_COLOR="1", SCHEMATHESIS_TELEMETRY="false")
        result = subprocess.run(command, check=False, cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=900)
        report = result.stdout[-6000:] + result.stderr[-2000:]
        assert result.returncode == 0, report
        assert "No issues found" in result.stdout, report
        assert stub.alive() and "Traceback" not in stub.output()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium")
def test_site_pages_load_and_english_search_finds_an_operation():
    from playwright.sync_api import sync_playwright
    from test_site_browser import CHROMIUM_ARGS
    site = OUT / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(list((site / "ops").glob("*.html"))) == sum(
        1 for item in DOC["paths"].values() for k in item if k in
        ("get", "put", "post", "delete", "patch", "head", "options"))
    op = DOC["paths"]["/v1/{project_id}/cloudservers"]["post"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            requests: list[str] = []
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: r.url.startswith("file://") or requests.append(r.url))
            for html in [site / "index.html"] + pages[:: max(1, len(pages) // 25)]:
                page.goto(html.as_uri())
            page.goto((site / "index.html").as_uri())
            page.click("#home-search")
            page.keyboard.type("Creating an ECS")
            page.wait_for_selector("#home-search-results a")
            hrefs = page.eval_on_selector_all("#home-search-results .result > a",
                                              "as => as.map(a => a.getAttribute('href'))")
            target = f"ops/{op['operationId']}.html"
            assert target in hrefs
            page.click(f'#home-search-results a[href="{target}"]')
            page.wait_for_load_state()
            assert page.url.endswith(target)
            assert page.text_content(".endpoint .path").strip() in DOC["paths"]
            assert not errors and not requests, (errors, requests)
        finally:
            browser.close()
