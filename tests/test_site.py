"""The static reference site: escaping, search index, links, determinism, the command."""
from __future__ import annotations

import json
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from extractor.cli import main
from extractor.errors import InputError
from extractor.generate.site import build_model, render_site, write_site
from extractor.generate.site.markdown import render_markdown
from extractor.generate.site.schema import SchemaTrees
from extractor.generate.site.search import build_index, search

from spec_lookup import body_model, op_id

CREATE_VOLUME = op_id("post", "/v2.1/{project_id}/cloudvolumes")

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"
FINDINGS = ROOT / "specs" / "evs.findings.json"
HOSTILE = '<script>alert("x")</script><img src=x onerror="window.__pwned=1">'


class Page(HTMLParser):
    """Collects tags, ids, links and script elements of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.scripts: list[dict] = []
        self.handlers: list[tuple[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("script", "link") and (a.get("src") or a.get("href")):
            self.links.append(a.get("src") or a.get("href"))
        if tag == "script":
            self.scripts.append(a)
        self.handlers += [(tag, k) for k in a if k.startswith("on")]


def parse(text: str) -> Page:
    p = Page()
    p.feed(text)
    return p


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def findings_raw() -> list:
    return json.loads(FINDINGS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(spec, findings_raw):
    changelog = SPEC.parent / "CHANGELOG.md"
    return build_model(spec, findings_raw,
                       changelog.read_text(encoding="utf-8") if changelog.exists() else None)


@pytest.fixture(scope="module")
def files(site) -> dict[str, str]:
    return render_site(site)


@pytest.fixture(scope="module")
def entries(site):
    return build_index(site.operations, site.errors, site.actions, site.status_sets)


def hostile_spec(spec: dict) -> dict:
    """The real spec with manual text replaced by HTML/script in every kind of place."""
    doc = json.loads(json.dumps(spec))
    op = doc["paths"]["/v2.1/{project_id}/cloudvolumes"]["post"]
    op["summary"] = f"创建 {HOSTILE}"
    op["description"] = f"desc {HOSTILE}"
    op["parameters"][0]["description"] = HOSTILE
    op["x-codeSamples"][0]["source"] = f"</pre>{HOSTILE}"
    ex = next(iter(op["requestBody"]["content"]["application/json"]["examples"].values()))
    ex["value"] = {"k": HOSTILE}
    ex["summary"] = HOSTILE
    schema = doc["components"]["schemas"][body_model("post", "/v2.1/{project_id}/cloudvolumes",
                                                     doc=doc)]
    schema["properties"]["server_id"]["description"] = HOSTILE
    schema["properties"][f"evil{HOSTILE}"] = {"type": "string", "enum": [HOSTILE],
                                             "default": HOSTILE}
    doc["x-error-codes"][0]["message"] = HOSTILE
    doc["x-error-codes"][0]["code"] = 'EVS."><b>1'
    doc["x-permissions"][2]["name"] = HOSTILE
    doc["x-permissions"][2]["actions"] = ['evs:"><script>alert(2)</script>']
    doc["x-status-sets"][0]["values"][0]["description"] = HOSTILE
    doc["info"]["title"] = f"EVS {HOSTILE}"
    doc["tags"][1]["name"] = HOSTILE
    op["tags"] = [HOSTILE]
    return doc


# ---------- escaping ----------

def test_manual_text_with_html_renders_as_text(spec):
    changelog = f"# Changes\n\n- added <b>bold</b> {HOSTILE}\n- [link](javascript:alert(1))\n"
    findings = [{"kind": "k", "severity": "warning", "section": "6.1.1", "line": 1,
                 "message": HOSTILE}]
    model = build_model(hostile_spec(spec), findings, changelog)
    out = render_site(model)
    for name, text in out.items():
        if not name.endswith(".html"):
            continue
        page = parse(text)
        # the only scripts are the site's own files (the search index comes later, on
        # demand); no element carries an event handler
        scripts = [posixpath.normpath(posixpath.join(posixpath.dirname(name), s.get("src", "")))
                   for s in page.scripts]
        assert scripts and all(s.startswith("assets/") and s in out
                               and s != "assets/search-index.js" for s in scripts), name
        assert not page.handlers, (name, page.handlers)
        assert "img" not in page.tags and "b" not in page.tags, name
        assert "javascript:" not in " ".join(page.links), name
    op_page = out[f"ops/{CREATE_VOLUME}.html"]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in op_page
    assert "&lt;img src=x onerror=" in out["errors.html"]
    assert "&lt;b&gt;bold&lt;/b&gt;" in out["changelog.html"]


def test_changelog_html_block_is_kept_as_text():
    # cmark could only leave raw HTML out; such a text is rendered by markdown-it instead
    html = render_markdown("# Notes\n\n<div>keep *this*</div>\n\n- `a` <i>b</i>\n")
    assert "&lt;div&gt;keep" in html and "&lt;i&gt;b&lt;/i&gt;" in html
    assert "<div>" not in html and "<i>" not in html and "omitted" not in html


def test_changelog_renders_as_markdown_it_does():
    # the shipped changelog (doc2spec's own entries: no raw HTML) takes the C renderer,
    # with the same HTML as markdown-it-py, the renderer for texts with raw HTML
    text = (SPEC.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    text += "\n1. *a* **b** [c](https://x.y/?a=1&b=2 \"t\") &lt;y&gt; \\_z\\_ &amp; \"q\"\n\n> d\n"
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    assert render_markdown(text) == md.enable("table").render(text)
    table = render_markdown("| a | b \\| c |\n|---|:-:|\n| `x` | y |\n")
    assert '<th style="text-align: center">b | c</th>' in table and "<code>x</code>" in table


def test_search_index_cannot_close_a_script_element(spec):
    out = render_site(build_model(hostile_spec(spec)))
    index = out["assets/search-index.js"]
    assert "<" not in index and "\\u003cscript>" in index
    data = json.loads(index[index.index("=") + 1:].rstrip().rstrip(";"))
    keys = [d[1] for d in data["docs"]]
    assert 'EVS."><b>1' in keys            # the text is kept, only encoded


# ---------- search index ----------

def urls(hits) -> list[str]:
    return [e.url for _, e in hits]


def test_chinese_substring_finds_every_operation_with_it(spec, entries):
    hits = search(entries, "扩容")
    found = {e.url.split("#")[0] for _, e in hits if e.type == "op"}
    expected = {op["operationId"] for item in spec["paths"].values() for op in item.values()
                if "扩容" in op["summary"]
                or any("扩容" in v["summary"] for v in op.get("x-variants", []))}
    pages = {u.removeprefix("ops/").removesuffix(".html") for u in found}
    assert expected and expected <= pages


def test_chinese_words_run_together_match_by_bigrams(entries):
    # the manual says 扩容云硬盘; a reader types the words the other way round
    hits = [e for _, e in search(entries, "云硬盘扩容") if e.type == "op"]
    assert hits and all("扩容" in e.title for e in hits)
    assert not search(entries, "扩容快照删除云")


def test_error_code_query_lists_each_row_of_the_code(spec, entries):
    rows = [r for r in spec["x-error-codes"] if r["code"] == "EVS.5400"]
    hits = [e for score, e in search(entries, "EVS.5400") if score >= 100]
    assert len(rows) > 1 and len(hits) == len(rows)
    assert {e.url for e in hits} == {"errors.html#EVS.5400"} | {
        f"errors.html#EVS.5400--{n}" for n in range(2, len(rows) + 1)}


def test_exact_keys_rank_first(entries):
    assert search(entries, "evs:volumes:create")[0][1].url == "permissions.html#evs:volumes:create"
    top = search(entries, "multiattach")[0][1]
    assert top.type == "field" and top.key == "multiattach" and top.url.startswith("ops/")
    assert search(entries, "ＥＶＳ．５４００")[0][1].key == "EVS.5400"     # full-width input
    assert all(e.type == "op" or "cloudvolumes" in (e.key + e.extra).lower()
               for _, e in search(entries, "cloudvolumes"))


def test_search_needs_every_token(entries):
    both = search(entries, "扩容 v3")
    assert both and all("v3" in (e.key + e.title + e.sub + e.extra).lower() for _, e in both)
    assert search(entries, "") == []


def test_field_entry_lists_each_place_once_in_operation_order(site, entries):
    """A field used in many operations: its first place is the first operation using it,
    the further places follow without repeats."""
    from extractor.generate.site.search import iter_fields
    fields = [e for e in entries if e.type == "field"]
    assert len(fields) > 50
    common = max(fields, key=lambda e: len(e.more))
    places = [common.url] + [url for _, url in common.more]
    assert len(common.more) > 3 and len(set(places)) == len(places)

    def uses(op) -> bool:
        trees = [op.body] + [v.body for v in op.variants] + [r.schema for r in op.responses]
        return (any(p.node.name == common.key for p in op.params)
                or any(n.name == common.key for t in trees if t is not None
                       for n in iter_fields(t)))
    first_op = next(op for op in site.operations if uses(op))
    assert common.url.startswith(f"ops/{first_op.page}#")


# ---------- pages and links ----------

def test_pages_are_the_same_with_jinjas_optimizer(site, monkeypatch):
    """The environment compiles without Jinja's constant folding (template_cache.compile_options):
    every page is what the optimizer's code renders (both compiled here, no cache)."""
    from extractor.generate.site import render
    from extractor.generate.template_cache import compile_options
    monkeypatch.setenv("DOC2SPEC_NO_CACHE", "1")
    render._environment.cache_clear()
    try:
        assert not render._environment().optimized
        plain = render_site(site)
        monkeypatch.setattr(render, "compile_options",
                            lambda: {**compile_options(), "optimized": True})
        render._environment.cache_clear()
        assert render._environment().optimized
        assert render_site(site) == plain
    finally:
        render._environment.cache_clear()


def test_every_link_and_anchor_resolves(files):
    ids = {name: set(parse(text).ids) for name, text in files.items() if name.endswith(".html")}
    broken = []
    for name, text in files.items():
        if not name.endswith(".html"):
            continue
        base = Path(name).parent
        for href in parse(text).links:
            parts = urlsplit(href)
            if parts.scheme == "data":
                continue
            assert not parts.scheme and not parts.netloc, (name, href)   # nothing leaves the page
            target = _normalise(base, parts.path, name)
            fragment = unquote(parts.fragment)
            if target not in files or (fragment and fragment not in ids[target]):
                broken.append((name, href))
    assert not broken, broken[:10]


def _normalise(base: Path, path: str, current: str) -> str:
    if not path:
        return current
    parts: list[str] = [] if str(base) == "." else list(base.parts)
    for seg in path.split("/"):
        if seg == "..":
            parts.pop()
        elif seg and seg != ".":
            parts.append(seg)
    return "/".join(parts)


def test_ids_are_unique_on_every_page(files):
    for name, text in files.items():
        if name.endswith(".html"):
            ids = parse(text).ids
            dup = {i for i in ids if ids.count(i) > 1}
            assert not dup, (name, sorted(dup)[:5])


def test_pages_cover_the_spec(spec, site, files):
    n_ops = sum(1 for item in spec["paths"].values() for _ in item)
    assert len([f for f in files if f.startswith("ops/")]) == n_ops
    errors = files["errors.html"]
    assert errors.count(" data-code=") == len(spec["x-error-codes"])
    for status_set in spec["x-status-sets"]:
        for v in status_set["values"]:
            assert f"<code>{v['value']}</code>" in files["statuses.html"]
    actions = {a for row in spec["x-permissions"] for a in row["actions"]}
    perms = parse(files["permissions.html"]).ids
    assert actions <= set(perms)
    # the shared action path shows each variant with its own anchor
    op = spec["paths"]["/v2/{project_id}/volumes/{volume_id}/action"]["post"]
    page = parse(files[f"ops/{op['operationId']}.html"]).ids
    assert {v["operationId"] for v in op["x-variants"]} <= set(page)


def test_findings_link_to_the_operation_of_their_section(spec, site):
    by_section = {}
    for item in spec["paths"].values():
        for op in item.values():
            by_section.setdefault(op["x-source"]["section"], op["operationId"])
    linked = [f for f in site.findings if f.section in by_section]
    assert linked
    for f in linked:
        assert f.link and f.link.url.split("#")[0] == f"ops/{by_section[f.section]}.html"


def test_dependent_actions_come_from_the_rows(site, spec):
    rows = [r for r in spec["x-permissions"] if len(r["actions"]) > 1]
    assert rows
    by_name = {a.name: a for a in site.actions}
    for r in rows:
        first, rest = r["actions"][0], r["actions"][1:]
        assert set(rest) <= set(by_name[first].dependents)
        for other in rest:
            assert first in by_name[other].needed_by


def test_schema_tree_follows_refs_and_stops_on_recursion():
    components = {
        "Node": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "enum": ["a", "b"], "x-enum-descriptions": {"a": "甲"}},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "meta": {"type": "object", "additionalProperties": {"type": "string"}},
            "size": {"type": "integer", "minimum": 1, "x-unit": "GiB", "default": 10}}}}
    tree = SchemaTrees(components).tree({"$ref": "#/components/schemas/Node"})
    by_name = {c.name: c for c in tree.children}
    assert tree.ref == "Node" and by_name["name"].required and not by_name["size"].required
    assert [(e.value, e.description) for e in by_name["name"].enum] == [("a", "甲"), ("b", "")]
    assert by_name["children"].type == "array of Node" and by_name["children"].recursive
    assert by_name["meta"].type == "map of string"
    assert by_name["size"].default == "10" and "unit: GiB" in by_name["size"].constraints


# ---------- determinism, writing, the command ----------

def test_output_is_deterministic(spec, findings_raw, files, tmp_path):
    changelog = SPEC.parent / "CHANGELOG.md"
    again = render_site(build_model(json.loads(json.dumps(spec)), findings_raw,
                                    changelog.read_text(encoding="utf-8") if changelog.exists() else None))
    assert again == files
    text = "".join(files.values())
    assert str(ROOT) not in text and "/tmp" not in text


def test_committed_site_is_up_to_date(files):
    committed = ROOT / "output" / "site"
    if not committed.exists():
        pytest.fail("output/site/ is missing: run `doc2spec site`")
    on_disk = {p.relative_to(committed).as_posix(): p.read_text(encoding="utf-8")
               for p in committed.rglob("*") if p.is_file()}
    assert sorted(on_disk) == sorted(files)
    stale = [name for name in files if on_disk[name] != files[name]]
    assert not stale, f"output/site/ differs from a fresh build ({stale[:3]}): run `doc2spec site`"


def test_write_refuses_to_replace_a_folder_that_is_not_a_site(tmp_path):
    precious = tmp_path / "docs"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(InputError):
        write_site({"index.html": "x"}, precious)
    assert (precious / "notes.txt").read_text() == "keep me"


def test_command_writes_the_site_and_replaces_it_whole(tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(SPEC, specs / SPEC.name)
    shutil.copy(FINDINGS, specs / FINDINGS.name)
    (specs / "CHANGELOG.md").write_text(
        f"# API changelog\n\n## 01\n\n- first <em>release</em>\n- `{CREATE_VOLUME}` changed\n"
        "- `EVS.5400` added\n", encoding="utf-8")
    out = tmp_path / "site"
    runner = CliRunner()
    result = runner.invoke(main, ["site", str(specs / SPEC.name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "index.html").exists() and (out / "assets" / "search-index.js").exists()
    changelog = (out / "changelog.html").read_text(encoding="utf-8")
    assert "<h1>API changelog</h1>" in changelog and "&lt;em&gt;release" in changelog
    assert (f'<a href="ops/{CREATE_VOLUME}.html"><code>{CREATE_VOLUME}</code></a>'
            in changelog)
    assert '<a href="errors.html#EVS.5400"><code>EVS.5400</code></a>' in changelog
    assert 'href="changelog.html"' in (out / "index.html").read_text(encoding="utf-8")
    (out / "ops" / "stale.html").write_text("old")
    (specs / "CHANGELOG.md").unlink()
    result = runner.invoke(main, ["site", str(specs / SPEC.name), "-o", str(out), "-q"])
    assert result.exit_code == 0 and result.output == ""
    assert not (out / "ops" / "stale.html").exists() and not (out / "changelog.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]


def test_rewrite_links_unchanged_pages_and_writes_changed_ones(tmp_path):
    out = tmp_path / "site"
    page = '<meta name="generator" content="doc2spec site">'
    write_site({"index.html": page, "a.html": "a", "b.html": "b"}, out)
    inode = {n: (out / n).stat().st_ino for n in ("index.html", "a.html", "b.html")}
    write_site({"index.html": page, "a.html": "a", "b.html": "B"}, out)
    assert (out / "a.html").stat().st_ino == inode["a.html"]
    assert (out / "b.html").stat().st_ino != inode["b.html"] and (out / "b.html").read_text() == "B"
    assert all((out / n).stat().st_nlink == 1 for n in inode)
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_command_bad_spec_is_one_line_error(tmp_path):
    bad = tmp_path / "x.openapi.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["site", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert re.fullmatch(r"doc2spec: error: .*x\.openapi\.json: .*\n", result.output)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("site", ["output/site", "output/ecs/site"])
def test_search_hints_are_terms_of_that_site(site):
    """The search box suggests terms that its own index finds, never another manual's."""
    import html
    import re as _re
    root = Path(__file__).resolve().parents[1] / site
    index = (root / "index.html").read_text(encoding="utf-8")
    boxes = [b for b in _re.findall(r'placeholder="([^"]*)"', index) if "·" in b]
    hints = [h.strip() for h in html.unescape(boxes[0]).split("·")]
    corpus = (root / "assets" / "search-index.js").read_text(encoding="utf-8")
    assert len(hints) >= 3
    for hint in hints:
        assert json.dumps(hint, ensure_ascii=False)[1:-1] in corpus, hint
