"""The site in a real headless Chromium, opened from file:// with the network closed.

Needs Debian's chromium at /usr/bin/chromium (CI installs it) and Playwright for Python;
the browser itself is never downloaded. Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.generate.site import build_model, render_site, write_site
from extractor.generate.site_search import build_index, search

from spec_lookup import op_id

CREATE_VOLUME = op_id("post", "/v2.1/{project_id}/cloudvolumes")

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
ARTIFACTS = ROOT / "test-artifacts"
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
    """site.js and site_search.search rank the same entries the same way."""
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


def test_copy_button_copies_the_example(browser, site_dir):
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


def test_hostile_text_never_runs(browser, spec, tmp_path):
    doc = json.loads(json.dumps(spec))
    evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    op = doc["paths"]["/v2.1/{project_id}/cloudvolumes"]["post"]
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
