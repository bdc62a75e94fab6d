"""The site's view model -> HTML files (Jinja, autoescaped) -> a folder, written at once."""
from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path

import jinja2
from markupsafe import Markup

from ...output_files import file_mode
from ..files import write_new
from ..paths import template_dir
from ..template_cache import compile_options
from ...errors import InputError
from .build import Site, build_model
from .schema import anchor
from .search import build_index, index_script

TEMPLATES = template_dir("site")
SCRIPTS = ("search.js", "search-results.js", "site.js")   # in the order the pages load them
ASSETS = ("site.css", *SCRIPTS)
GENERATOR = "doc2spec site"


@jinja2.pass_context
def _xref(ctx, text, root: str = ""):
    """Description text with the site's cross-references as links (escaped HTML)."""
    return ctx["site"].linker(text, root)


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """One environment per process: the templates are compiled once."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, **compile_options())
    env.filters["anchor"] = anchor
    env.filters["xref"] = _xref
    env.filters["plural"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    return env


def render_site(site: Site) -> dict[str, str]:
    """Relative path -> file text for the whole site (nothing is written)."""
    env = _environment()
    files: dict[str, str] = {}

    def page(name: str, template: str, root: str = "", **extra) -> None:
        files[name] = env.get_template(template).render(
            site=site, root=root, page_id=extra.pop("page_id", name.removesuffix(".html")),
            generator=GENERATOR, **extra)

    page("index.html", "index.html")
    page("operations.html", "operations.html")
    page("errors.html", "errors.html")
    page("permissions.html", "permissions.html")
    page("statuses.html", "statuses.html")
    page("findings.html", "findings.html")
    page("search.html", "search.html")
    if site.changelog_html:
        page("changelog.html", "changelog.html")
    # the site-wide operation list is the same on every operation page: render it once
    shared = SharedParts(env, site, "../")
    all_ops = str(shared.macros.all_operations("../"))
    general_errors = shared.macros.general_errors("../")     # for operations without codes
    for op in site.operations:
        current = f'href="../ops/{op.page}"'
        page(f"ops/{op.page}", "operation.html", root="../", op=op, page_id="operation",
             all_ops=Markup(all_ops.replace(current, current + ' aria-current="page"', 1)),
             schema_table=shared.schema_table, response=shared.response, m=shared.macros,
             general_errors=general_errors)
    for asset in ASSETS:
        files[f"assets/{asset}"] = (TEMPLATES / "assets" / asset).read_text(encoding="utf-8")
    files["assets/search-index.js"] = index_script(
        build_index(site.operations, site.errors, site.actions, site.status_sets))
    return files


class SharedParts:
    """The parts of operation pages that many pages have alike, each rendered once.

    `schema_table(node, label)` is the macro `schema` of macros.html: body trees are shared
    (schema.SchemaTrees.body_tree; the error body of every operation is one tree per
    status), so a table is rendered once, not on every page. `response(r)` is the macro of
    response.html: a response with no examples, headers or error codes of its own (most
    error statuses) looks the same on every page that has it."""

    def __init__(self, env: jinja2.Environment, site: Site, root: str):
        context = {"site": site, "root": root, "schema_table": self.schema_table}
        self.macros = env.get_template("macros.html").make_module(context)
        self.responses = env.get_template("response.html").make_module(context)
        self.done: dict[tuple, Markup] = {}

    def schema_table(self, node, label: str) -> Markup:
        key = ("schema", id(node), label)
        if key not in self.done:
            self.done[key] = self.macros.schema(node, label)
        return self.done[key]

    def response(self, r) -> Markup:
        if r.examples or r.headers or r.codes:
            return self.responses.response(r)
        key = ("response", r.status, r.description, r.media_type, r.same_as,
               id(r.schema) if r.schema is not None else None)
        if key not in self.done:
            self.done[key] = self.responses.response(r)
        return self.done[key]


def _is_site(path: Path) -> bool:
    index = path / "index.html"
    try:
        return f'content="{GENERATOR}"' in index.read_text(encoding="utf-8")[:2000]
    except OSError:
        return False


def write_site(files: dict[str, str], out_dir: str | Path) -> None:
    """Write the site into `out_dir` all at once: build in a temporary folder beside it,
    then swap. Refuses to replace a non-empty folder that is not a generated site."""
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not _is_site(out))):
        raise InputError(f"{out}: exists and is not a site written by doc2spec; "
                         "choose another output folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for folder in sorted({(tmp / rel).parent for rel in files}):
            folder.mkdir(parents=True, exist_ok=True)
        mode = file_mode()         # unchanged files are linked from the site replaced
        old_site = out if out.is_dir() else None
        for rel, text in sorted(files.items()):
            write_new(tmp / rel, text, old_site / rel if old_site else None, mode)
        os.chmod(tmp, 0o755)
        old = None
        if out.exists():
            old = out.parent / f"{tmp.name}-old"
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def build_site(spec: dict, out_dir: str | Path, *, findings_raw: list | None = None,
               changelog: str | None = None) -> Site:
    """Render and write the site for `spec`; returns its view model."""
    site = build_model(spec, findings_raw, changelog)
    write_site(render_site(site), out_dir)
    return site
