"""The site in a real headless Chromium, opened from file:// with the network closed.

Needs Debian's chromium at /usr/bin/chromium (CI installs it) and Playwright for Python;
the browser itself is never downloaded. Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.generate.site import build_model, render_site, write_site
from extractor.generate.site.search import build_index, search
from test_server_support import run_stub

from spec_lookup import op_id

CREATE_VOLUME = op_id("post", "/v2.1/{project_id}/cloudvolumes")

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
ARTIFACTS = ROOT / "test-artifacts"
CREATE = ("POST", "/v2.1/{project_id}/cloudvolumes")       # an operation with a body example
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def model(spec):
    return build_model(spec, json.loads(FINDINGS.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def site_dir(model, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    write_site(render_site(model), out)
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Console errors, uncaught exceptions and any request that is not a file:// load."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: r.url.startswith("file://") or self.requests.append(r.url))

    def assert_clean(self):
        assert not self.errors, self.errors
        assert not self.requests, self.requests


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.watch = Watch(pg)
    yield pg
    pg.watch.assert_clean()
    ctx.close()


def url(site_dir: Path, rel: str) -> str:
    return (site_dir / rel).as_uri() if "#" not in rel and "?" not in rel else \
        (site_dir.as_uri() + "/" + rel)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=False)


def test_every_page_loads_without_errors_or_requests(browser, site_dir, model):
    """All top-level pages and every tenth operation page, each with a search typed."""
    ctx = browser.new_context()
    page = ctx.new_page()
    watch = Watch(page)
    pages = sorted(p.name for p in site_dir.glob("*.html"))
    pages += [f"ops/{op.page}" for op in model.operations[::10]]
    for rel in pages:
        page.goto(url(site_dir, rel))
        box = "#page-search" if rel == "search.html" else (
            "#home-search" if rel == "index.html" else "#site-search")
        page.fill(box, "云硬盘")
        page.wait_for_selector(".result a")
        assert page.title()
    watch.assert_clean()
    ctx.close()


def test_error_filter_shows_only_matching_rows(page, site_dir, spec):
    page.goto(url(site_dir, "errors.html"))
    page.fill("#error-filter", "")
    page.type("#error-filter", "EVS.5400")
    visible = page.eval_on_selector_all(
        "#error-table tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.code)")
    expected = [r["code"] for r in spec["x-error-codes"] if r["code"] == "EVS.5400"]
    assert visible == expected and len(expected) > 1
    assert page.text_content("#error-filter-count").startswith(f"{len(expected)} of ")
    page.select_option("#error-status", "500")
    assert page.eval_on_selector_all("#error-table tbody tr:not([hidden])", "r => r.length") == 0
    page.select_option("#error-status", "")
    page.fill("#error-filter", "")
    page.type("#error-filter", "EVS.5400")
    shot(page, "site-errors.png")


def test_home_page_screenshot_and_counts(page, site_dir, spec):
    page.goto(url(site_dir, "index.html"))
    n_ops = sum(1 for item in spec["paths"].values() for _ in item)
    assert page.text_content(".cards li:first-child strong").strip() == str(n_ops)
    assert page.get_attribute("#home-search", "placeholder")
    assert page.eval_on_selector("label[for=home-search]", "l => l.textContent.length") > 0
    shot(page, "site-home.png")


def test_deep_link_to_an_error_code_highlights_all_its_rows(page, site_dir, spec):
    page.goto(url(site_dir, "errors.html#EVS.5400"))
    rows = [r for r in spec["x-error-codes"] if r["code"] == "EVS.5400"]
    assert page.eval_on_selector_all("tr.is-target", "rs => rs.map(r => r.dataset.code)") == \
        ["EVS.5400"] * len(rows)
    top = page.eval_on_selector("#EVS\\.5400", "e => e.getBoundingClientRect().top")
    covered = page.eval_on_selector(".filter-bar", "e => e.getBoundingClientRect().bottom")
    assert covered <= top < 900          # in view, not under the sticky header and filters


def test_deep_link_to_an_iam_action(page, site_dir):
    page.goto(url(site_dir, "permissions.html#evs:volumes:create"))
    box = page.eval_on_selector(
        '[id="evs:volumes:create"]',
        "e => [e.getBoundingClientRect().top, e.classList.contains('is-target')]")
    covered = page.eval_on_selector(".filter-bar", "e => e.getBoundingClientRect().bottom")
    assert covered <= box[0] < 900 and box[1]
    links = page.eval_on_selector_all('[id="evs:volumes:create"] .link-list a',
                                      "as => as.map(a => a.getAttribute('href'))")
    assert links and all(h.startswith("ops/") for h in links)
    page.fill("#perm-filter", "cloudvolumes/tags")
    shown = page.eval_on_selector_all(".action-card:not([hidden])", "cs => cs.map(c => c.id)")
    assert shown and "evs:volumes:create" not in shown


def test_search_chinese_term_reaches_the_extend_operation(page, site_dir, spec):
    page.goto(url(site_dir, "index.html"))
    page.click("#home-search")
    page.keyboard.type("扩容")
    page.wait_for_selector("#home-search-results a")
    hrefs = page.eval_on_selector_all("#home-search-results .result > a",
                                      "as => as.map(a => a.getAttribute('href'))")
    extend = next(op for item in spec["paths"].values() for op in item.values()
                  if op["summary"] == "扩容云硬盘" and not op.get("deprecated"))
    target = f"ops/{extend['operationId']}.html"
    assert target in hrefs
    page.click(f'#home-search-results a[href="{target}"]')
    page.wait_for_load_state()
    assert page.url.endswith(target)
    assert "扩容" in page.text_content("h1")
    assert page.text_content(".endpoint .path").strip() in spec["paths"]


def test_keyboard_moves_through_results_and_escape_closes(page, site_dir):
    page.goto(url(site_dir, "errors.html"))
    page.click("#site-search")
    page.keyboard.type("evs:volumes:create")
    page.wait_for_selector("#site-search-results a")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "permissions.html#evs:volumes:create"
    page.keyboard.press("Escape")
    assert page.is_hidden("#site-search-results")
    assert page.evaluate("document.activeElement.id") == "site-search"
    page.keyboard.press("Enter")
    page.wait_for_selector("#page-search-results .result")
    assert "search.html?q=evs%3Avolumes%3Acreate" in page.url


@pytest.mark.parametrize("query", ["EVS.5400", "evs:volumes:create", "扩容", "云硬盘扩容",
                                   "cloudvolumes", "multiattach", "in-use 状态", "ＥＶＳ"])
def test_browser_search_matches_the_python_reference(browser, site_dir, model, query):
    """search.js and site.search.search rank the same entries the same way."""
    ctx = browser.new_context()
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, "search.html"))
    got = page.evaluate("q => new Promise(r => window.DOC2SPEC.search(q, r))", query)
    entries = build_index(model.operations, model.errors, model.actions, model.status_sets)
    want = [[score, e.type, e.key, e.url] for score, e in search(entries, query)]
    assert got == want and (want or query == "ＥＶＳ")
    watch.assert_clean()
    ctx.close()


def test_search_page_groups_results_from_the_query_string(page, site_dir):
    page.goto(url(site_dir, "search.html?q=multiattach"))
    page.wait_for_selector("#page-search-results .result-group")
    headings = page.eval_on_selector_all("#page-search-results h2",
                                         "hs => hs.map(h => h.textContent)")
    assert headings[0].startswith("Fields")
    assert page.input_value("#page-search") == "multiattach"


def test_field_deep_link_opens_its_collapsed_parent(page, site_dir, model):
    op = next(o for o in model.operations if o.body and any(
        c.children for c in o.body.children for c in c.children))
    deep = next(g for c in op.body.children for g in c.children if g.children)
    leaf = deep.children[0]
    page.goto(url(site_dir, f"ops/{op.page}#{leaf.anchor}"))
    assert page.is_visible(f'[id="{leaf.anchor}"]')
    page.goto(url(site_dir, f"ops/{op.page}"))
    page.click("[data-expand=close]")
    assert not page.is_visible(f'[id="{leaf.anchor}"]')
    page.click("[data-expand=open]")
    assert page.is_visible(f'[id="{leaf.anchor}"]')


def op_page(model, method: str, path: str) -> str:
    """The page of the operation for method + path (names are not typed in)."""
    return "ops/" + next(o.page for o in model.operations
                         if o.method == method.upper() and o.path == path)


def test_copy_button_copies_the_example(browser, site_dir, model):
    ctx = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, f"ops/{CREATE_VOLUME}.html"))
    button = page.locator("button.copy").first
    target = button.get_attribute("data-copy")
    button.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=button.element_handle())
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.text_content(f'[id="{target}"]')
    watch.assert_clean()
    ctx.close()


def test_hostile_text_never_runs(browser, spec, model, tmp_path):
    doc = json.loads(json.dumps(spec))
    evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    op = doc["paths"][CREATE[1]][CREATE[0].lower()]
    op["summary"] = f"扩容 {evil}"
    op["description"] = evil
    doc["x-error-codes"][0]["message"] = evil
    write_site(render_site(build_model(doc)), tmp_path / "site")
    ctx = browser.new_context()
    page = ctx.new_page()
    watch = Watch(page)
    for rel in (f"ops/{CREATE_VOLUME}.html", "errors.html"):
        page.goto((tmp_path / "site" / rel).as_uri())
        page.click("#site-search")
        page.keyboard.type("扩容")
        page.wait_for_selector("#site-search-results a")
        assert page.evaluate("window.__pwned") is None
        assert page.eval_on_selector_all("main img, .search-popup img", "x => x.length") == 0
    assert evil in page.text_content("#error-table tbody tr")
    watch.assert_clean()
    ctx.close()


def test_dark_theme_phone_and_print(browser, site_dir):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, "errors.html"))
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert bg != "rgb(255, 255, 255)"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "site-errors-phone-dark.png")
    page.emulate_media(media="print")
    assert page.is_hidden(".site-header") and page.is_hidden(".filter-bar")
    watch.assert_clean()
    ctx.close()


# ---------------------------------------------------------------- the operation pages (issue 14)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}

# Elements that are columns: table cells laid out as a table, and search results.
NARROW_JS = """() => {
  const out = [];
  const probe = document.createElement('span');
  probe.style.cssText = 'display:inline-block;width:8ch;visibility:hidden;position:absolute';
  const cells = [...document.querySelectorAll('td, th, .result > a, .r-title, .r-key')];
  for (const el of cells) {
    const box = el.getBoundingClientRect();
    if (!box.width || !el.offsetParent || el.closest('.visually-hidden')) continue;
    const head = el.closest('thead');
    if (head && head.getBoundingClientRect().width <= 1) continue;   // read aloud, not shown
    const style = getComputedStyle(el);
    if (el.matches('td, th') && style.display !== 'table-cell') continue;
    el.appendChild(probe);
    const need = probe.getBoundingClientRect().width;
    el.removeChild(probe);
    if (box.width + 0.5 < need) out.push([el.tagName, el.className, el.textContent.slice(0, 30),
                                          Math.round(box.width), Math.round(need)]);
  }
  return out;
}"""


def test_phone_layout_has_no_column_narrower_than_8_characters(browser, site_dir, model):
    ctx = browser.new_context(viewport=PHONE)
    page = ctx.new_page()
    watch = Watch(page)
    shared = next(o for o in model.operations if o.variants)
    pages = ["index.html", "operations.html", "errors.html", "permissions.html", "statuses.html",
             "findings.html", op_page(model, *CREATE), f"ops/{shared.page}",
             "search.html?q=%E6%89%A9%E5%AE%B9", "search.html?q=create%20volume"]
    for rel in pages:
        page.goto(url(site_dir, rel))
        if rel.startswith("search.html"):
            page.wait_for_selector("#page-search-results .result")
        assert page.evaluate(NARROW_JS) == [], rel
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], rel
    # the header box on a phone: results full width, one under another, and a button
    page.goto(url(site_dir, op_page(model, *CREATE)))
    page.click("#site-search")
    page.keyboard.type("create volume")
    page.wait_for_function("() => document.querySelector('#site-search-status').textContent"
                           ".includes('create volume')")          # the whole query's results
    assert page.evaluate(NARROW_JS) == []
    boxes = page.eval_on_selector_all(
        "#site-search-results .result > a",
        "as => as.slice(0, 4).map(a => [a.getBoundingClientRect().width, "
        "a.querySelector('.r-title').getBoundingClientRect().top, "
        "a.querySelector('.r-key').getBoundingClientRect().top])")
    assert all(w >= 0.85 * (PHONE["width"] - 40) for w, _, _ in boxes)       # full width
    assert all(title > key for _, title, key in boxes)                        # stacked
    shot(page, "site-search-phone.png")
    page.click("#site-search ~ .search-button")
    page.wait_for_selector("#page-search-results .result")
    assert "search.html?q=create+volume" in page.url
    watch.assert_clean()
    ctx.close()


IN_PAGE_JS = """() => {
  const bad = [];
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (id && !document.getElementById(id)) bad.push(a.getAttribute('href'));
  }
  return [bad, [...document.querySelectorAll('a.xref')].map(a => a.href)];
}"""

FIRST_SCREEN_JS = """() => {
  const h = window.innerHeight;
  const seen = sel => { const e = document.querySelector(sel);
    return !!e && e.getBoundingClientRect().top < h && e.getBoundingClientRect().bottom > 0; };
  return {curl: seen('#call [role=tabpanel]:not([hidden]) pre'),
          client: !!document.querySelector('#call [role=tab][aria-controls$="-python"]'),
          iam: seen('.quick a[href*="permissions"]') || seen('.quick a[href="#permissions"]'),
          errors: seen('.quick a[href="#errors"]'),
          example: !document.querySelector('#example') || seen('.quick a[href="#example"]')
                   || seen('.toc a[href="#example"]'),
          method: (document.querySelector('.quick code') || {}).textContent || ''};
}"""


def test_every_operation_page_answers_how_to_call_it_on_the_first_screen(browser, site_dir,
                                                                        model):
    """For every operation: curl on screen, the client tab, IAM and errors one click away,
    every in-page link resolves; the cross-references found are collected for the next test."""
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    watch = Watch(page)
    xrefs: set[str] = set()
    for op in model.operations:
        page.goto(url(site_dir, f"ops/{op.page}"))
        bad, refs = page.evaluate(IN_PAGE_JS)
        assert not bad, (op.page, bad)
        xrefs.update(refs)
        facts = page.evaluate(FIRST_SCREEN_JS)
        assert all(facts[k] for k in ("curl", "client", "iam", "errors", "example")), \
            (op.page, facts)
        assert facts["method"] == op.client_method
    assert xrefs
    for ref in sorted(xrefs):
        page.goto(ref)
        target = ref.split("#", 1)[1] if "#" in ref else ""
        assert page.title(), ref
        if target:
            assert page.evaluate("id => !!document.getElementById(decodeURIComponent(id))",
                                 target), ref
    watch.assert_clean()
    ctx.close()


@pytest.mark.parametrize("width", [DESKTOP, PHONE], ids=["1366", "390"])
def test_operation_page_screenshots_and_tabs(browser, site_dir, model, width):
    ctx = browser.new_context(viewport=width, permissions=["clipboard-read", "clipboard-write"])
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, op_page(model, *CREATE)))
    shot(page, f"site-operation-{width['width']}.png")
    page.click('#call [role=tab][aria-controls="call-python"]')
    assert page.is_visible("#call-python") and page.is_hidden("#call-curl")
    code = page.text_content("#call-python pre")
    op = next(o for o in model.operations if (o.method, o.path) == CREATE)
    assert f"client.{op.client_method}(" in code
    page.click("#call-python .copy")
    page.wait_for_function("() => document.querySelector('#call-python .copy').textContent "
                           "=== 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == code
    page.keyboard.press("ArrowLeft")      # focus stays on the tab list: arrows move
    page.focus('#call [role=tab][aria-controls="call-python"]')
    page.keyboard.press("ArrowLeft")
    assert page.is_visible("#call-curl")
    page.goto(url(site_dir, op_page(model, *CREATE)) + "#errors")
    shot(page, f"site-operation-errors-{width['width']}.png")
    watch.assert_clean()
    ctx.close()


def test_ranking_table_in_the_browser(browser, site_dir, model):
    from test_site_facts import RANKING
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(url(site_dir, "search.html"))
    for query, method, path in RANKING:
        got = page.evaluate("q => new Promise(r => window.DOC2SPEC.search(q, r))", query)
        assert got[0][3] == op_page(model, method, path), query
    op = next(o for o in model.operations if (o.method, o.path) == CREATE)
    for query in (op.client_method, op.operation_id):
        got = page.evaluate("q => new Promise(r => window.DOC2SPEC.search(q, r))", query)
        assert got[0][3] == op_page(model, *CREATE), query
    ctx.close()


# ---------------------------------------------------------------- the snippets run
GET_ONE = ("GET", "/v2/{project_id}/cloudvolumes/{volume_id}")


@pytest.fixture(scope="module")
def stub():
    with run_stub(ROOT / "output" / "server") as running:
        yield running


def snippet_env(stub) -> dict:
    import os
    return dict(os.environ, EVS_ENDPOINT=f"http://127.0.0.1:{stub.port}", EVS_TOKEN="t0ken",
                EVS_PROJECT_ID="p1", VOLUME_ID="vol-1", PYTHONPATH=str(ROOT / "output" / "client"),
                PYTHONDONTWRITEBYTECODE="1")


@pytest.mark.parametrize("call", [CREATE, GET_ONE], ids=["post-body", "get-path-param"])
def test_the_snippets_run_against_the_stub(browser, site_dir, model, stub, call):
    """The curl command and the Python client call, copied off the page, succeed on the
    generated stub (real HTTP on loopback)."""
    import subprocess
    import sys
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(url(site_dir, op_page(model, *call)))
    curl = page.text_content("#call-curl pre")
    python = page.text_content("#call-python pre")
    ctx.close()
    env = snippet_env(stub)
    run = subprocess.run(["bash", "-c", curl + " -o /dev/null -w '%{http_code}'"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.startswith("2"), (run.stdout, run.stderr, curl)
    run = subprocess.run([sys.executable, "-c", python], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, (run.stderr, python)
    assert run.stdout.strip()


def test_operation_page_dark_and_print(browser, site_dir, model):
    """Dark colours from prefers-color-scheme; printed, every snippet tab's code shows and
    the menus do not."""
    ctx = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, op_page(model, *CREATE)))
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    code_bg = page.evaluate("getComputedStyle(document.querySelector('#call pre')).backgroundColor")
    assert code_bg != "rgb(243, 244, 246)"                      # the light theme's code colour
    shot(page, "site-operation-dark.png")
    panels = page.eval_on_selector_all("#call [role=tabpanel]", "ps => ps.length")
    page.emulate_media(media="print")
    shown = page.eval_on_selector_all("#call [role=tabpanel]",
                                      "ps => ps.filter(p => p.offsetHeight > 0).length")
    assert panels > 2 and shown == panels
    assert page.is_hidden(".toc") and page.is_hidden(".site-header") and page.is_hidden(".tablist")
    watch.assert_clean()
    ctx.close()


def test_request_body_is_collapsed_below_the_second_level(page, site_dir, model):
    op = next(o for o in model.operations if o.body and any(
        g.children for c in o.body.children for g in c.children))       # three levels deep
    page.goto(url(site_dir, f"ops/{op.page}"))
    rows = page.eval_on_selector_all(
        "#request tr[id]", "rs => rs.map(r => [r.id, r.checkVisibility()])")
    prefix = op.body.anchor + "-"
    depth = {rid: rid[len(prefix):].replace("[]", "").count(".") + 1 for rid, _ in rows}
    assert {d for d in depth.values()} >= {1, 2, 3}
    for rid, visible in rows:
        assert visible == (depth[rid] <= 2), rid
