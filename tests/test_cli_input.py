"""Damaged and differently saved copies of the shipped manual, made in tmp folders:
other encodings, other table-of-contents layouts, lost heading lines, a cut-off end."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import MANUAL, ROOT

TEXT = MANUAL.read_text(encoding="utf-8")
LINES = TEXT.split("\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def rows_of(stdout: str) -> dict[str, str]:
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in stdout.splitlines()
                if re.search(r"\S\s{2,}\S", line))


@pytest.fixture(scope="module")
def shipped():
    r = run("inspect")
    assert r.returncode == 0, r.stderr
    return rows_of(r.stdout)


def _heading_line(number: str) -> int:
    """The 0-based index of section `number`'s heading in the body (after the TOC)."""
    toc_end = next(i for i, line in enumerate(LINES) if line.startswith("1 ") and "\t" not in line)
    return next(i for i, line in enumerate(LINES) if i >= toc_end
                and line.startswith(number + " ") and "\t" not in line)


def _toc_lines() -> range:
    start = LINES.index("目录") + 1
    end = _heading_line("1")
    return range(start, end)


@pytest.mark.parametrize("codec,bom,name", [
    ("utf-8", b"\xef\xbb\xbf", "UTF-8 (BOM)"),
    ("utf-16-le", b"\xff\xfe", "UTF-16 (BOM)"),
    ("utf-16-be", b"\xfe\xff", "UTF-16 (BOM)"),
    ("gb18030", b"", "GB18030"),
    ("gbk", b"", "GB18030"),
])
def test_encodings_read_the_same_manual(tmp_path, shipped, codec, bom, name):
    text = TEXT
    if codec == "gbk":        # GBK has no code for a few characters the manual uses
        text = text.encode("gbk", errors="ignore").decode("gbk")
    p = tmp_path / "manual.txt"
    p.write_bytes(bom + text.encode(codec))
    r = run("inspect", p)
    assert r.returncode == 0, r.stderr
    rows = rows_of(r.stdout)
    assert rows["encoding"] == name and shipped["encoding"] == "UTF-8"
    if codec != "gbk":
        assert {k: v for k, v in rows.items() if k != "encoding"} == \
               {k: v for k, v in shipped.items() if k != "encoding"}
    else:
        assert rows["sections (API sections read)"] == shipped["sections (API sections read)"]


def test_text_that_is_no_known_encoding_is_refused(tmp_path):
    p = tmp_path / "manual.txt"
    p.write_bytes(TEXT[:2000].encode("utf-8") + b"\xff\xff\xff\n")
    r = run("inspect", p)
    assert r.returncode == 2 and "not UTF-8, UTF-16 or GB18030 text" in r.stderr


@pytest.mark.parametrize("style", ["spaces", "dot leader", "dot leader glued"])
def test_toc_with_spaces_or_dot_leaders(tmp_path, shipped, style):
    toc = _toc_lines()
    lines = list(LINES)
    for i in toc:
        if "\t" not in lines[i]:
            continue
        title, page = lines[i].split("\t")
        title = title.rstrip(" .…")
        lines[i] = {"spaces": f"{title}    {page}", "dot leader": f"{title} ........ {page}",
                    "dot leader glued": f"{title}........{page}"}[style]
    p = tmp_path / "manual.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    r = run("inspect", p)
    assert r.returncode == 0, r.stderr
    assert rows_of(r.stdout) == shipped


def test_lost_headings_are_missing_sections_and_the_rest_is_built(tmp_path, built):
    lost = ["6.1.3", "7.1", "B"]                 # an API section, a group, the last entry
    drop = {_heading_line(n) for n in lost}
    p = tmp_path / "manual.txt"
    p.write_text("\n".join(x for i, x in enumerate(LINES) if i not in drop), encoding="utf-8")
    out = tmp_path / "specs"
    r = run("build", p, "-o", out)
    assert r.returncode == 0, r.stderr
    findings = json.loads((out / "evs.findings.json").read_text(encoding="utf-8"))
    missing = [f for f in findings if f["kind"] == "section-missing"]
    assert sorted(f["section"] for f in missing) == sorted(lost)
    assert all(f["severity"] == "error" for f in missing)
    assert not [f for f in findings if f["kind"] == "manual-truncated"]
    for n in lost:    # the message names the TOC entry: number and title
        title = next(line for line in LINES[:_heading_line("1")] if line.startswith(n + " "))
        title = title.split("\t")[0][len(n) + 1:].rstrip(" .…")
        assert any(title in f["message"] for f in missing if f["section"] == n)
    doc = json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))
    sources = {v["x-source"]["section"] for item in doc["paths"].values() for op in item.values()
               for v in op.get("x-variants") or [op]}
    assert "6.1.3" not in sources and {"6.1.2", "6.1.4"} <= sources
    # 6.1.2 does not take in 6.1.3's text: its operation is the one the intact manual gives
    intact = built.doc

    def op_of(d, number):
        return next(op for item in d["paths"].values() for op in item.values()
                    if op.get("x-source", {}).get("section") == number)
    assert op_of(doc, "6.1.2")["responses"] == op_of(intact, "6.1.2")["responses"]
    r = run("build", p, "-o", out, "--fail-on", "error")
    assert r.returncode == 1
    assert "section-missing (3)" in r.stderr.strip().splitlines()[-1]


def test_cut_manual_is_refused_naming_where_it_ends(tmp_path):
    cut_at = _heading_line("6.1.8") - 20          # inside 6.1.7
    p = tmp_path / "cut.txt"
    p.write_text("\n".join(LINES[:cut_at]), encoding="utf-8")
    r = run("inspect", p)
    assert r.returncode == 2
    assert "inside 6.1.7" in r.stderr
    assert "truncated" in r.stderr and "Traceback" not in r.stderr
    assert "sections (API sections read)" in r.stdout   # the complete sections are still reported


def _section_span(number: str) -> range:
    """The body lines of API section `number`: its heading to the next heading."""
    start = _heading_line(number)
    end = next(i for i in range(start + 1, len(LINES))
               if re.match(r"^(?:[1-9]\d?(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})*) \S", LINES[i])
               and "\t" not in LINES[i])
    return range(start, end)


def _build_lines(tmp_path, lines):
    from extractor.pipeline import build_spec
    p = tmp_path / "manual.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    return build_spec(p)


def _operation(doc, number):
    return next(op for item in doc["paths"].values() for op in item.values()
                if number in {v["x-source"]["section"] for v in op.get("x-variants") or [op]})


def test_status_that_is_no_http_status_is_a_finding_not_a_response(tmp_path):
    """A typo in a status (`20` in the status-code table, `700` in a response label) gives a
    finding naming the line; the spec stays valid OpenAPI and keys no response by it."""
    span = _section_span("6.2.1")
    table_row = next(i for i in span if LINES[i] == "202\tAccepted")
    label = next(i for i in span if LINES[i] == "状态码：400")
    lines = list(LINES)
    lines[table_row] = "20\tAccepted"
    lines[label] = "状态码：700"
    result = _build_lines(tmp_path, lines)
    assert result.errors == []
    bad = [f for f in result.api.findings if f.kind == "status-invalid"]
    assert sorted(f.loc.line for f in bad) == [label + 1, table_row + 1]
    assert all(f.section == "6.2.1" and f.severity == "warning" for f in bad)
    responses = _operation(result.doc, "6.2.1")["responses"]
    assert "20" not in responses and "700" not in responses
    assert "202" in responses                  # still read from the response label
    # the 700 label's table is not read into another status's body: 202's body is intact
    from extractor.pipeline import build_spec
    intact = _operation(build_spec(MANUAL).doc, "6.2.1")["responses"]
    assert responses["202"] == intact["202"]


def test_operation_without_any_response_gets_a_default_and_a_finding(tmp_path):
    """A section whose response, status and error parts are lost still gives a valid spec:
    its operation has a `default` response only, and a warning says so."""
    span = _section_span("6.2.1")
    cut = range(next(i for i in span if LINES[i] == "响应参数"), span.stop)
    result = _build_lines(tmp_path, [x for i, x in enumerate(LINES) if i not in cut])
    assert result.errors == []
    op = _operation(result.doc, "6.2.1")
    assert list(op["responses"]) == ["default"]
    missing = [f for f in result.api.findings if f.kind == "responses-missing"]
    assert [(f.section, f.severity) for f in missing] == [("6.2.1", "warning")]
    assert "/v2/{project_id}/cloudsnapshots" in missing[0].message


def test_replacement_without_uri_is_no_replacement(tmp_path):
    """A deprecated section's replacement that lost its URI line is no operation: the
    deprecated one then names no replacement (before, the build failed on the lookup)."""
    from extractor.pipeline import build_spec
    intact = build_spec(MANUAL).doc
    replaced = [(v["x-source"]["section"], v["x-replaced-by"]["section"])
                for item in intact["paths"].values() for op in item.values()
                for v in op.get("x-variants") or [op] if "x-replaced-by" in v]
    old, new = replaced[0]
    span = _section_span(new)
    uri = next(i for i in span if re.match(r"^(GET|POST|PUT|DELETE|PATCH) /", LINES[i]))
    result = _build_lines(tmp_path, [x for i, x in enumerate(LINES) if i != uri])
    assert result.errors == []
    variants = [v for item in result.doc["paths"].values() for op in item.values()
                for v in op.get("x-variants") or [op] if v["x-source"]["section"] == old]
    assert variants and all(v.get("x-replaced-by", {}).get("section") != new for v in variants)
    ids = {op["operationId"] for item in result.doc["paths"].values() for op in item.values()}
    ids |= {v["operationId"] for item in result.doc["paths"].values() for op in item.values()
            for v in op.get("x-variants") or []}
    assert all(v["x-replaced-by"]["operationId"] in ids
               for item in result.doc["paths"].values() for op in item.values()
               for v in op.get("x-variants") or [op] if "x-replaced-by" in v)


def test_stray_lines_in_the_toc_are_passed_over(tmp_path):
    """A line that is no TOC entry before the first entry or between two (a page header, a
    line left where one was lost) is a finding, not the end of the TOC: the manual is read
    as before. The entry it replaced is lost, so that heading is reported as not in the TOC."""
    label = LINES.index("目录")
    lost = next(i for i in _toc_lines() if LINES[i].startswith("3.2 "))
    lines = list(LINES)
    lines[label + 1] = "OK"
    lines[lost] = "}"
    result = _build_lines(tmp_path, lines)
    skipped = [f for f in result.api.findings if f.kind == "toc-line-skipped"]
    assert sorted(f.loc.line for f in skipped) == [label + 2, lost + 1]
    assert all(f.severity == "warning" for f in skipped)
    assert "'}'" in next(f.message for f in skipped if f.loc.line == lost + 1)
    heading = _heading_line("3.2")
    unlisted = [f for f in result.api.findings if f.kind == "heading-not-in-toc"]
    assert [(f.loc.line, f.section) for f in unlisted] == [(heading + 1, "3.1")]
    assert len(result.api.sections) == 122 and result.errors == []
    from extractor.pipeline import build_spec
    assert result.doc["paths"] == build_spec(MANUAL).doc["paths"]


def test_toc_without_its_label_is_found(tmp_path):
    """A TOC whose contents label (目录) is lost is found by its entries, with a warning."""
    result = _build_lines(tmp_path, ["" if x == "目录" else x for x in LINES])
    found = [f for f in result.api.findings if f.kind == "toc-label-missing"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].loc.line == LINES.index("目录") + 3      # the first entry
    from extractor.pipeline import build_spec
    intact = build_spec(MANUAL)
    assert len(result.api.sections) == len(intact.api.sections)
    assert result.doc["paths"] == intact.doc["paths"]


def test_error_code_rows_with_no_http_status_are_not_read(tmp_path):
    """An error-code row whose status cell is no HTTP status (`400400`, a superscript digit)
    is a finding and not read: the chapter's error statuses stay valid response keys."""
    a1 = _heading_line("A.1")
    rows = [i for i in range(a1, len(LINES)) if LINES[i].startswith("400\tEVS.")][:2]
    lines = list(LINES)
    lines[rows[0]] = "400400" + LINES[rows[0]][3:]
    lines[rows[1]] = "4²0" + LINES[rows[1]][3:]
    result = _build_lines(tmp_path, lines)
    assert result.errors == []
    unread = [f for f in result.api.findings if f.kind == "error-code-unreadable"]
    assert sorted(f.loc.line for f in unread) == [r + 1 for r in rows]
    codes = {e.code for e in result.api.error_codes}
    assert not {LINES[r].split("\t")[1] for r in rows} & codes
    statuses = {s for item in result.doc["paths"].values() for op in item.values()
                for s in op["responses"]}
    assert all(s == "default" or len(s) == 3 and 100 <= int(s) <= 599 for s in statuses)


def test_ref_member_in_an_example_is_data(tmp_path):
    """A response example showing a `$ref` member (an API that serves JSON Schema) is data:
    the build's reference check does not take it for a reference."""
    span = _section_span("6.2.1")
    fence = next(i for i in span if LINES[i] == "```" and LINES[i + 1] == "{")
    lines = list(LINES)
    lines[fence + 1] = '{ "$ref" : "#/definitions/Snapshot",'
    result = _build_lines(tmp_path, lines)
    assert result.errors == []
    values = [ex.get("value") for item in result.doc["paths"].values() for op in item.values()
              for r in op["responses"].values()
              for media in [r.get("content", {}).get("application/json", {})]
              for ex in [*media.get("examples", {}).values(),
                         *media.get("x-invalid-examples", {}).values()]]
    assert any(isinstance(v, dict) and v.get("$ref") == "#/definitions/Snapshot" for v in values)
