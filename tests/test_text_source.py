"""The text front end: blocks, tables across page breaks, glued lines."""
from extractor.blocks import Code, Heading, Paragraph, Table
from extractor.sources.text import parse_text, split_glued

from conftest import manual_line


def _at(blocks, line, kind=None):
    for b in blocks:
        if b.loc.line == line and (kind is None or isinstance(b, kind)):
            return b
    raise AssertionError(f"no block at line {line}")


def test_block_kinds_and_provenance(blocks):
    kinds = {type(b) for b in blocks}
    assert kinds == {Heading, Paragraph, Table, Code}
    assert all(b.loc.line and b.loc.page is None for b in blocks)
    lines = [b.loc.line for b in blocks]
    assert lines == sorted(lines)


def test_table_continues_across_page_break_dropping_repeated_header(blocks):
    # 6.1.1's BssParamForCreateVolume table: header repeated at line 957 after a page break
    t = _at(blocks, 951, Table)
    names = [r.cells[0] for r in t.rows]
    assert names == ["chargingMode", "isAutoPay", "isAutoRenew", "periodNum", "periodType"]
    assert t.repeated_headers == 1
    assert manual_line(956).split("\t")[0] == "参数"  # the repeated header row


def test_error_code_table_has_17_repeated_headers(blocks):
    t = next(b for b in blocks if isinstance(b, Table) and b.header[:2] == ("状态码", "错误码"))
    assert t.repeated_headers == 17
    assert len(t.rows) == 168


def test_rows_keep_cell_counts(blocks):
    for t in (b for b in blocks if isinstance(b, Table)):
        assert all(len(r.cells) == len(t.header) for r in t.rows), t.loc


def test_glued_heading_is_split_out_of_a_paragraph(blocks):
    # line 19639: tail of 8.2.4.11 + the 8.2.4.12 heading + the 功能介绍 label on one line
    at = [b for b in blocks if b.loc.line == 19639]
    assert isinstance(at[0], Paragraph) and at[0].text.startswith("错误码请参见")
    assert isinstance(at[1], Heading) and at[1].number == "8.2.4.12"
    assert isinstance(at[2], Paragraph) and at[2].text == "功能介绍"
    assert [b.text for b in blocks if b.loc.line == 19643][-1] == "URI"


def test_glued_status_label_and_caption():
    assert split_glued("状态码：400**表 6-108 响应 Body 参数**") == ["状态码：400", "表 6-108 响应 Body 参数"]
    assert split_glued("状态码：400**表 8-400** 响应 Body 参数") == ["状态码：400", "表 8-400 响应 Body 参数"]
    assert split_glued("响应示例**状态码：400**") == ["响应示例", "状态码：400"]
    # emphasis inside prose is not a glued label
    line = manual_line(393)
    assert split_glued(line) == [line]


def test_glued_lines_in_the_manual(blocks):
    assert [b.text for b in blocks if b.loc.line == 4466] == ["状态码：400", "表 6-108 响应 Body 参数"]
    assert [b.text for b in blocks if b.loc.line == 17844] == ["状态码：400", "表 8-400 响应 Body 参数"]
    for line in (10415, 16471, 17868):
        assert [b.text for b in blocks if b.loc.line == line][0] == "响应示例"


def test_stray_rules_are_removed(blocks):
    assert _at(blocks, 4557).text == "对按需或者包周期云硬盘进行云硬盘类型变更。"
    assert _at(blocks, 2383).text == "对按需或者包周期云硬盘进行批量扩容。"


def test_code_fences():
    blocks = parse_text("x\n```\n{\n  \"a\": 1  \n}\n```\n")
    assert isinstance(blocks[1], Code)
    assert blocks[1].text == '{\n  "a": 1\n}'
    assert blocks[1].loc.line == 2


def test_damaged_fence_stays_inside_its_section(tmp_path):
    """A closing fence lost in one section (the shipped manual, 6.2.1's request example)
    would pair every later fence the wrong way round and leave the manual 'truncated'. The
    block is ended before the next numbered heading instead, with a warning naming both
    lines, and every later section is read as in the intact manual."""
    from conftest import MANUAL
    from extractor.pipeline import build_spec
    lines = MANUAL.read_text(encoding="utf-8").split("\n")
    start = next(i for i, x in enumerate(lines) if x == "6.2.1 创建云硬盘快照")
    opening = next(i for i in range(start, len(lines)) if lines[i] == "```")
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i] == "```")
    lines[closing] = "``"
    p = tmp_path / "manual.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    damaged, intact = build_spec(p), build_spec(MANUAL)
    assert not damaged.api.truncated and damaged.errors == []
    notes = [f for f in damaged.api.findings if f.kind == "code-fence-unclosed"]
    assert len(notes) == 1 and notes[0].severity == "warning"
    heading = next(i for i in range(closing, len(lines)) if lines[i].startswith("6.2.2 "))
    assert f"line {heading + 1}" in notes[0].message

    def ops(doc):
        return {v["x-source"]["section"]: (path, method)
                for path, item in doc["paths"].items() for method, op in item.items()
                for v in op.get("x-variants") or [op]}
    got, want = ops(damaged.doc), ops(intact.doc)
    assert got == want      # every section still an operation (6.2.1's SDK samples, which
    #                         name its operation, are lost with its fences: its id may differ)

    def examples(doc):      # section, status -> how many examples (their names hold the id)
        return {(op["x-source"]["section"], s): len(
                r.get("content", {}).get("application/json", {}).get("examples", {}))
                for item in doc["paths"].values() for op in item.values()
                for s, r in op["responses"].items()}
    got, want = examples(damaged.doc), examples(intact.doc)
    assert {k[0] for k in set(got) ^ set(want)} | {
        k[0] for k in got.keys() & want.keys() if got[k] != want[k]} == {"6.2.1"}


TOC = ["目录", "", "6.1.1 创建\t1", "6.1.2 查询\t2", "6.1.3 删除（废弃）\t3", "6.1.4 更新\t4", ""]


def test_heading_shaped_code_lines_stay_code():
    """Code lines that only look like a heading do not end the block: one the TOC does
    not list (after a blank line), one right after another code line, one holding code
    punctuation. The fences after them pair up as written."""
    text = "\n".join(TOC + [
        "6.1.1 创建", "", "```", "$ tool --version", "", "1.12 build 2024", "6.1.2 查询",
        "", "1.5 = rate(x)", "```", "", "Some prose.", "", "```", "{\"a\": 1}", "```", "",
        "6.1.2 查询"])
    blocks = parse_text(text)
    codes = [b for b in blocks if isinstance(b, Code)]
    assert len(codes) == 2 and not any(c.notes for c in codes)
    assert "1.12 build 2024" in codes[0].text and codes[1].text == '{"a": 1}'
    assert [b.number for b in blocks if isinstance(b, Heading)] == ["6.1.1", "6.1.2"]
    assert any(isinstance(b, Paragraph) and b.text == "Some prose." for b in blocks)


def test_two_damaged_fences_stay_inside_their_sections():
    """Two lost closing fences keep the fences' parity; each damaged block still ends at
    the next heading the TOC lists (its title spelled with other spaces and brackets),
    with its note, and the fences between pair up as written."""
    start = len(TOC) + 1
    text = "\n".join(TOC + [
        "6.1.1 创建", "", "```", "{}", "", "6.1.2 查询", "", "```", "[]", "```", "",
        "6.1.3 删除 (废弃)", "", "```", "{}", "", "6.1.4 更新", "", "text"])
    blocks = parse_text(text)
    assert [b.number for b in blocks if isinstance(b, Heading)] == [
        "6.1.1", "6.1.2", "6.1.3", "6.1.4"]
    codes = [b for b in blocks if isinstance(b, Code)]
    assert [(c.text, bool(c.notes)) for c in codes] == [("{}", True), ("[]", False),
                                                        ("{}", True)]
    assert (f"line {start + 2} is not closed before the heading at line {start + 5}"
            in codes[0].notes[0])
    assert codes[0].notes[0].kind == "code-fence-unclosed"
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text == "text"


def test_fence_not_closed_at_the_end_is_noted():
    blocks = parse_text("A\n\n```\n{\"a\": 1}\n")
    assert blocks[-1].text == '{"a": 1}'
    assert "not closed before the end of the manual" in blocks[-1].notes[0]


def test_damaged_fence_with_a_dot_leader_toc():
    """The TOC that tells a heading inside a broken code block may be laid out with dot
    leaders or runs of spaces instead of tabs (manual.py's TOC patterns read it)."""
    toc = ["目录", "", "6.1.1 创建 ........ 1", "6.1.2 查询        2", ""]
    blocks = parse_text("\n".join(toc + ["6.1.1 创建", "", "```", "{}", "", "6.1.2 查询", "",
                                         "text"]))
    assert [b.number for b in blocks if isinstance(b, Heading)][-2:] == ["6.1.1", "6.1.2"]
    code = next(b for b in blocks if isinstance(b, Code))
    assert code.text == "{}" and code.notes[0].kind == "code-fence-unclosed"
