"""How search results reach the page in headless Chromium: the first screenful with the
keystroke, the rest in idle time, and never a stale query's results over a newer one.

The expected lists come from the Python reference search (extractor.generate.site.search),
grouped as the page groups them: by kind, the kind with the best hit first, 20 per kind.
"""
from __future__ import annotations

import json

import pytest

from extractor.generate.site import build_model, render_site, write_site
from extractor.generate.site.search import TYPES, build_index, search
from test_site_browser import CHROMIUM, CHROMIUM_ARGS, FINDINGS, SPEC, Watch, url

PAGE_LIMIT = 20                      # results per kind on the search page (search-results.js PAGE_LIMIT)
MANY = "云硬盘"                       # a query with several screens of results
OTHER = "扩容"                        # a query with other results
DESKTOP = {"width": 1366, "height": 768}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium")

# Helpers defined once per page: type by input events, wait for frames and for the whole list.
HELPERS_JS = """() => {
  const input = document.querySelector('#page-search');
  const box = document.getElementById(input.getAttribute('aria-controls'));
  window.T = {
    input, box,
    type(q) { input.value = q; input.dispatchEvent(new Event('input', {bubbles: true})); },
    frame: () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))),
    busy: () => box.getAttribute('aria-busy') === 'true',
    complete() { return new Promise(r => T.busy() ? box.addEventListener('search-rendered', r, {once: true}) : r()); },
    count: () => box.querySelectorAll('.result').length,
    groups: () => [...box.querySelectorAll('.result-group')].map(s => [s.querySelector('h2').textContent,
      [...s.querySelectorAll('.result > a')].map(a => a.getAttribute('href'))]),
  };
}"""


@pytest.fixture(scope="module")
def model():
    return build_model(json.loads(SPEC.read_text(encoding="utf-8")),
                       json.loads(FINDINGS.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def site_dir(model, tmp_path_factory):
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


@pytest.fixture(scope="module")
def entries(model):
    return build_index(model.operations, model.errors, model.actions, model.status_sets)


def expected_groups(entries, query: str, limit: int = PAGE_LIMIT) -> list:
    """[heading, first `limit` result urls] per kind, in the page's order of kinds."""
    kinds: dict[str, list] = {}
    for score, e in search(entries, query):
        kinds.setdefault(e.type, []).append((score, e))
    order = list(TYPES)
    ranked = sorted(kinds.items(), key=lambda kv: (-kv[1][0][0], order.index(kv[0])))
    return [[f"{TYPES[t]} ({len(hits)})", [e.url for _, e in hits[:limit]]] for t, hits in ranked]


@pytest.fixture
def search_page(browser, site_dir):
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    page.watch = Watch(page)
    page.goto(url(site_dir, "search.html"))
    page.wait_for_function("window.DOC2SPEC_SEARCH")
    page.evaluate(HELPERS_JS)
    yield page
    page.watch.assert_clean()
    ctx.close()


def test_first_screen_at_once_then_the_whole_list(search_page, entries):
    want = expected_groups(entries, MANY)
    total = sum(len(urls) for _, urls in want)
    got = search_page.evaluate("""async (q) => {
      T.type(q);
      const sync = {count: T.count(), busy: T.busy()};
      await T.frame();                                       // the frame the user sees
      sync.bottom = T.box.getBoundingClientRect().bottom;
      sync.painted = T.count();
      await T.complete();
      return {sync, busyAfter: T.busy(), groups: T.groups(), height: innerHeight};
    }""", MANY)
    sync = got["sync"]
    assert total > 3 * 20                          # more than a screen: the test can fail
    assert sync["busy"] and 0 < sync["count"] < total          # only part of it at once ...
    assert sync["bottom"] >= got["height"]                     # ... but the screen is full
    assert sync["painted"] < total
    assert not got["busyAfter"]
    assert got["groups"] == want                               # and then all of it, in order


@pytest.mark.parametrize("how", ["scroll", "ArrowDown"])
def test_the_rest_arrives_at_once_when_the_user_goes_looking(search_page, entries, how):
    total = sum(len(urls) for _, urls in expected_groups(entries, MANY))
    got = search_page.evaluate("""([q, how]) => {
      T.type(q);
      const before = T.count();
      if (how === 'scroll') window.dispatchEvent(new Event('scroll'));
      else T.input.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true}));
      return [before, T.count(), T.busy(), document.activeElement.getAttribute('href')];
    }""", [MANY, how])
    before, after, busy, focused = got
    assert before < total and after == total and not busy
    if how == "ArrowDown":                          # and the first result takes the focus
        assert focused == expected_groups(entries, MANY)[0][1][0]


def test_show_all_lists_every_result_of_a_kind(search_page, entries):
    heading, _ = next(g for g in expected_groups(entries, MANY)
                      if int(g[0].rsplit("(", 1)[1].rstrip(")")) > PAGE_LIMIT)
    n = int(heading.rsplit("(", 1)[1].rstrip(")"))
    search_page.evaluate("async (q) => { T.type(q); await T.complete(); }", MANY)
    section = search_page.locator(".result-group", has=search_page.locator("h2", has_text=heading))
    assert section.locator(".result").count() == PAGE_LIMIT
    section.locator(".show-more").click()
    assert section.locator(".result").count() == n
    kind = next(t for t, label in TYPES.items() if heading.startswith(label))
    want = [e.url for _, e in search(entries, MANY) if e.type == kind]
    assert section.locator(".result > a").evaluate_all(
        "as => as.map(a => a.getAttribute('href'))") == want


def test_a_stale_query_never_overwrites_a_newer_one(search_page, entries):
    """The first query's first screen is painted and its rest pending when the second is
    typed; nothing of the first may arrive afterwards."""
    want = expected_groups(entries, OTHER)
    stale = {u for _, urls in expected_groups(entries, MANY) for u in urls} - \
        {u for _, urls in want for u in urls}
    got = search_page.evaluate("""async ([first, second]) => {
      T.type(first);
      await T.frame();
      const pending = T.busy();
      const added = [];
      new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {
        if (n.querySelectorAll) n.querySelectorAll('.result > a').forEach(a => added.push(a.getAttribute('href')));
      }))).observe(T.box, {childList: true, subtree: true});
      T.type(second);
      await T.complete();
      for (let i = 0; i < 10; i++) await T.frame();           // let any stale idle work run
      await new Promise(r => setTimeout(r, 300));
      return {pending, added, groups: T.groups(), busy: T.busy(),
              status: document.querySelector('#page-search-status').textContent};
    }""", [MANY, OTHER])
    assert stale and got["pending"]                 # the first query had work left to cancel
    assert got["groups"] == want and not got["busy"]
    assert not set(got["added"]) & stale
    assert OTHER in got["status"]


def test_header_box_completes_with_its_link_to_all_results(browser, site_dir, entries):
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(url(site_dir, "operations.html"))
    page.click("#site-search")
    page.keyboard.type(MANY)
    page.wait_for_selector("#site-search-results[aria-busy=false] .all-results")
    hits = search(entries, MANY)
    heads = page.eval_on_selector_all("#site-search-results h3", "hs => hs.map(h => h.textContent)")
    assert heads == [h for h, _ in expected_groups(entries, MANY)]
    assert page.locator("#site-search-results .result").count() == \
        sum(min(5, len(urls)) for _, urls in expected_groups(entries, MANY))
    assert page.text_content("#site-search-results .all-results").startswith(f"All {len(hits)} ")
    watch.assert_clean()
    ctx.close()
