#!/usr/bin/env python3
"""Lay a text-rendition manual out as HTML and print it to PDF with a browser engine.

    python tools/render_html.py chromium MANUAL.txt OUT.pdf [--sections 6.1.7,9.3]
    python tools/render_html.py weasyprint MANUAL.txt OUT.pdf
    python tools/render_html.py chromium MANUAL.txt OUT.pdf --rules none   # borderless tables
    python tools/render_html.py --fixtures      # rebuild tests/fixtures/pdf/*-{engine}.pdf

Independent layouts for the PDF front end's tests, each with its own page size, fonts,
margins, column widths and wrapping:

- chromium: headless Chromium (playwright's page.pdf): A4, WenQuanYi Zen Hei, tables with a
  repeated <thead>, narrow columns that break identifiers anywhere, code in grey <pre>
  boxes that wrap long lines anywhere, running header and footer from Chromium's print
  templates (page number "第 N 页" in the footer).
- weasyprint: WeasyPrint: US Letter, Noto Sans CJK SC, wider margins, tables ruled
  cell by cell (each border a separate stroke), square bullets, code wrapped at word
  boundaries, a CSS-leader TOC of middle dots, the running title in the footer and the
  page number at the top right (@page margin boxes).

Table rules (`rules`, any engine): "all" (each engine's own grid), "none" (no borders
and no header shading: columns only by the text's alignment), "horizontal" (a rule
above and below each row, none between the columns) or "header" (only a rule under
the header row), as many print styles draw them.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from extractor.blocks import Code, Heading, Paragraph  # noqa: E402
from extractor.blocks import Table as TableBlock  # noqa: E402
from extractor.sources.text import parse_text  # noqa: E402

ENGINES = ("chromium", "weasyprint")
# the fixtures' table-rule variants besides each engine's own grid: (engine, rules)
RULE_VARIANTS = (("chromium", "none"), ("weasyprint", "horizontal"))
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "pdf"
NOTE_ICON = "📖"
NUMBER_RE = re.compile(r"^([1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*)\s", re.MULTILINE)

CSS_COMMON = """
body { margin: 0; }
h1, h2, h3, h4 { font-weight: bold; margin: 0.8em 0 0.4em; }
h1 { break-before: page; }
p { margin: 0.45em 0; }
ul.b { margin: 0.45em 0; padding-left: 1.4em; }
ul.b li { margin: 0.2em 0; }
p.note .icon { display: inline-block; width: 11px; height: 11px; background: #3366b3;
               margin-right: 6px; vertical-align: -1px; }
table.t { border-collapse: collapse; table-layout: fixed; margin: 0.4em 0 0.7em; }
table.t th, table.t td { vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.t thead { display: table-header-group; }
table.t tr { break-inside: avoid; }
pre { background: #ececec; white-space: pre-wrap; margin: 0.4em 0; }
div.toc { break-before: page; }
"""

PROFILES = {
    "chromium": {
        "css": """
@page { size: A4; margin: 26mm 17mm 24mm 22mm; }
body { font-family: "WenQuanYi Zen Hei"; font-size: 10.5pt; line-height: 1.55; }
h1 { font-size: 19pt; } h2 { font-size: 15pt; } h3 { font-size: 13pt; }
h4 { font-size: 11.5pt; }
table.t { width: 100%; font-size: 8.5pt; line-height: 1.35; }
table.t th, table.t td { border: 0.6pt solid #444; padding: 3pt 4pt; word-break: break-all; }
table.t th { background: #d9d9d9; }
pre { font-family: "DejaVu Sans Mono", "WenQuanYi Zen Hei Mono", monospace;
      font-size: 7.5pt; line-height: 1.4; padding: 5pt 6pt; word-break: break-all; }
div.toc p { margin: 0.15em 0; display: flex; }
div.toc p span.t { flex: none; }
div.toc p span.d { flex: 1; overflow: hidden; white-space: nowrap; padding: 0 2pt; }
div.toc p span.n { flex: none; }
""",
        "leader": " .",          # a spaced dot leader, as many as fit (computed per line)
    },
    "weasyprint": {
        "css": """
@page { size: letter; margin: 30mm 28mm 30mm 28mm;
        @top-right { content: counter(page); font: 8pt "Noto Sans CJK SC"; }
        @bottom-left { content: "{service} · API 参考 · " string(chapter);
                       font: 8pt "Noto Sans CJK SC"; }
        @bottom-right { content: "文档版本 {version}"; font: 8pt "Noto Sans CJK SC"; } }
@page :first { @top-right { content: none; } @bottom-left { content: none; }
               @bottom-right { content: none; } }
body { font-family: "Noto Sans CJK SC"; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 17pt; string-set: chapter content(); } h2 { font-size: 14pt; }
h3 { font-size: 12.5pt; } h4 { font-size: 11.5pt; }
table.t { width: 88%; font-size: 8pt; line-height: 1.3; }
table.t th, table.t td { border: 0.4pt solid #222; padding: 2.5pt 5pt; }
table.t th { font-weight: bold; }
ul.b { list-style-type: square; }
pre { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 8pt;
      line-height: 1.3; padding: 6pt 8pt; overflow-wrap: anywhere; }
div.toc p { margin: 0.1em 0; }
div.toc p span.n::before { content: leader("·"); }
div.toc p span.n { float: none; }
""",
        "leader": "",
    },
}


RULES = ("all", "none", "horizontal", "header")
RULES_CSS = {
    "all": "",
    "none": "table.t th, table.t td { border: none; background: none; }",
    "horizontal": "table.t th, table.t td { border-left: none; border-right: none; }",
    "header": "table.t th, table.t td { border: none; background: none; }"
              " table.t th { border-bottom: 0.6pt solid #444; }",
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def column_widths(table: TableBlock) -> list[float]:
    """Narrow columns: each column's share by its typical (upper-quartile) cell length."""
    rows = [table.header] + [r.cells for r in table.rows]
    weights = []
    for j in range(len(table.header)):
        lens = sorted(_width(r[j]) for r in rows)
        typical = lens[len(lens) * 3 // 4]
        weights.append(min(max(typical, 5.0), 40.0))
    total = sum(weights)
    return [round(100 * w / total, 2) for w in weights]


def _width(text: str) -> float:
    return sum(2.0 if ord(ch) > 0x2e80 else 1.0 for ch in text)


def table_html(table: TableBlock) -> str:
    cols = "".join(f'<col style="width:{w}%">' for w in column_widths(table))
    head = "".join(f"<th>{esc(c)}</th>" for c in table.header)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.cells) + "</tr>"
                   for r in table.rows)
    return (f'<table class="t"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def toc_html(table: TableBlock, leader: str) -> str:
    out = ['<div class="toc">']
    for cells in [table.header] + [r.cells for r in table.rows]:
        title, page = cells[0].rstrip(".…").strip(), cells[-1]
        dots = ""
        if leader:
            dots = f'<span class="d">{esc(leader * max(3, 48 - int(_width(title))))}</span>'
        out.append(f'<p><span class="t">{esc(title)}</span>{dots}'
                   f'<span class="n">{esc(page)}</span></p>')
    out.append("</div>")
    return "\n".join(out)


def body_html(text: str, engine: str) -> str:
    blocks = parse_text(text)
    toc_numbers = set(NUMBER_RE.findall(text))
    leader = PROFILES[engine]["leader"]
    out: list[str] = []
    bullets: list[str] = []
    after_toc = False

    def flush():
        if bullets:
            out.append('<ul class="b">' + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for b in blocks:
        if isinstance(b, Paragraph) and b.text.startswith("- "):
            bullets.append(esc(b.text[2:]))
            continue
        flush()
        if isinstance(b, Heading):
            if b.number in toc_numbers:
                level = min(b.number.count(".") + 1, 4)
                out.append(f"<h{level}>{esc(b.number)} {esc(b.title)}</h{level}>")
            else:
                out.append(f"<p>{esc(b.number)} {esc(b.title)}</p>")
        elif isinstance(b, Paragraph):
            if b.text == "目录":
                out.append('<h1 class="contents">目录</h1>')
                after_toc = True
                continue
            if b.text.startswith(NOTE_ICON + " "):
                out.append(f'<p class="note"><span class="icon"></span>{esc(b.text[2:])}</p>')
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, TableBlock):
            out.append(toc_html(b, leader) if after_toc else table_html(b))
        elif isinstance(b, Code):
            out.append(f"<pre>{esc(b.text)}</pre>")
        after_toc = False
    flush()
    return "\n".join(out)


def page_html(text: str, engine: str, rules: str = "all") -> str:
    service, version = cover_facts(text)
    css = CSS_COMMON + PROFILES[engine]["css"] + RULES_CSS[rules]
    css = css.replace("{service}", service.replace('"', "")) \
        .replace("{version}", version.replace('"', ""))
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<style>{css}</style></head><body>{body_html(text, engine)}</body></html>")


def cover_facts(text: str) -> tuple[str, str]:
    lines = [ln.strip() for ln in text.split("\n")[:40] if ln.strip()]
    service = lines[0] if lines else ""
    version = next((ln.split()[-1] for ln in lines if ln.startswith("文档版本")), "")
    return service, version


def print_chromium(doc: str, out: Path, text: str) -> None:
    from playwright.sync_api import sync_playwright
    service, version = cover_facts(text)
    style = 'style="font-family: \'WenQuanYi Zen Hei\'; font-size: 8px; width: 100%;' \
            ' margin: 0 22mm 0 22mm; display: flex; justify-content: space-between;"'
    header = f"<div {style}><span>{esc(service)} API 参考</span><span>{esc(service)}</span></div>"
    footer = (f"<div {style}><span>文档版本 {esc(version)}</span><span>版权所有 © 本文档的发布者"
              '</span><span>第 <span class="pageNumber"></span> 页</span></div>')
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "manual.html"
        src.write_text(doc, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(src.as_uri(), wait_until="load")
            page.pdf(path=str(out), prefer_css_page_size=True, display_header_footer=True,
                     header_template=header, footer_template=footer, print_background=True)
            browser.close()


def print_weasyprint(doc: str, out: Path) -> None:
    import logging

    import weasyprint
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    weasyprint.HTML(string=doc).write_pdf(str(out))


def render(text: str, out: Path, engine: str, rules: str = "all") -> None:
    """Lay `text` (a text-rendition manual) out with `engine` into the PDF `out`, its
    tables ruled as `rules` says (RULES)."""
    doc = page_html(text, engine, rules)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if engine == "chromium":
        print_chromium(doc, out, text)
    elif engine == "weasyprint":
        print_weasyprint(doc, out)
    else:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")


def rendered(manual: Path, engine: str, cache_dir: Path, rules: str = "all") -> Path:
    """`manual` laid out by `engine` (or by tools/render_pdf.py: "reportlab"), rendered
    once and kept in `cache_dir` under the hash of the manual and the renderers."""
    import hashlib

    import render_pdf
    h = hashlib.sha256(Path(manual).read_bytes())
    for module in (render_pdf.__file__, __file__):
        h.update(Path(module).read_bytes())
    variant = engine if rules == "all" else f"{engine}-{rules}"
    out = Path(cache_dir) / f"{Path(manual).stem}-{variant}-{h.hexdigest()[:16]}.pdf"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        text = Path(manual).read_text(encoding="utf-8")
        if engine == "reportlab":
            render_pdf.render(text, tmp)
        else:
            render(text, tmp, engine, rules)
        tmp.replace(out)
    return out


def build_fixtures(manual: Path) -> None:
    import render_pdf
    text = manual.read_text(encoding="utf-8")
    for name, wanted in render_pdf.FIXTURES.items():
        small = render_pdf.excerpt(text, wanted)
        for engine in ENGINES:
            out = FIXTURE_DIR / f"{name}-{engine}.pdf"
            render(small, out, engine)
            print(out)
        for engine, rules in RULE_VARIANTS:
            out = FIXTURE_DIR / f"{name}-{engine}-{rules}.pdf"
            render(small, out, engine, rules)
            print(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("engine", nargs="?", choices=ENGINES)
    ap.add_argument("manual", nargs="?", default=str(ROOT / "manuals" / "evs-api-reference.txt"))
    ap.add_argument("out", nargs="?")
    ap.add_argument("--sections", help="comma-separated section numbers to keep")
    ap.add_argument("--rules", choices=RULES, default="all", help="table rules to draw")
    ap.add_argument("--html-out", help="also write the HTML here")
    ap.add_argument("--fixtures", action="store_true", help="rebuild tests/fixtures/pdf/")
    args = ap.parse_args(argv)
    if args.fixtures:
        build_fixtures(Path(args.manual))
        return 0
    if not args.engine or not args.out:
        ap.error("ENGINE and OUT are required")
    text = Path(args.manual).read_text(encoding="utf-8")
    if args.sections:
        import render_pdf
        text = render_pdf.excerpt(text, [s.strip() for s in args.sections.split(",")])
    if args.html_out:
        Path(args.html_out).write_text(page_html(text, args.engine, args.rules),
                                       encoding="utf-8")
    render(text, Path(args.out), args.engine, args.rules)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
