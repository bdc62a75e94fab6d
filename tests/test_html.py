"""HTML front end on the shipped ECS export, checked against facts the tests compute
themselves with the standard library's html.parser (tests/ecs_facts.py)."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from extractor.blocks import Code, Contents, Heading, Paragraph, Table
from extractor.errors import InputError
from extractor.sources import front_end, read_blocks
from extractor.sources.html import read_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecs_facts import export_facts, topic_facts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ECS = ROOT / "manuals" / "otc-ecs-api-ref"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def facts():
    return export_facts(ECS)


@pytest.fixture(scope="module")
def ecs_blocks():
    return read_blocks(ECS)


def _topic_blocks(blocks, topic):
    return [b for b in blocks if not isinstance(b, Contents) and b.loc.topic == topic]


def test_every_topic_is_a_heading_in_tree_order(ecs_blocks, facts):
    heads = [b for b in ecs_blocks if isinstance(b, Heading)]
    assert len(heads) == facts["topic_count"]
    tree = facts["tree"]
    by_code = {e["code"]: e for e in tree}
    # numbers follow the tree: a heading's parent number is its p_code's heading number
    number_of = {}
    for h in heads:
        entry = next(e for e in tree if e["uri"] == h.loc.topic)
        number_of[entry["code"]] = h.number
        parent = entry["p_code"]
        if parent:
            assert h.number.rsplit(".", 1)[0] == number_of[parent]
        else:
            assert "." not in h.number
        assert h.title == next(t.title for t in facts["topics"] if t.file == entry["uri"])
    assert len(number_of) == len(by_code)


def test_contents_block_is_the_tree(ecs_blocks, facts):
    contents = ecs_blocks[0]
    assert isinstance(contents, Contents)
    assert [e.title for e in contents.entries] == \
        [h.title for h in ecs_blocks if isinstance(h, Heading)] or \
        len(contents.entries) == facts["topic_count"]
    assert contents.front_end == "html"
    assert contents.abbreviation == facts["tree"][0]["product_code"].upper()
    # the service name's initials spell the product code
    assert "".join(w[0] for w in contents.service.split()) == contents.abbreviation


def test_every_table_with_caption_rows_and_anchor(ecs_blocks, facts):
    tables = [b for b in ecs_blocks if isinstance(b, Table)]
    assert len(tables) == facts["table_count"]
    for topic in facts["topics"]:
        mine = [b for b in _topic_blocks(ecs_blocks, topic.file) if isinstance(b, Table)]
        assert [t.loc.anchor for t in mine] == [t.id for t in topic.tables], topic.file
        assert [t.caption for t in mine] == [t.caption for t in topic.tables], topic.file
        assert [len(t.rows) for t in mine] == [t.body_rows for t in topic.tables], topic.file
        assert [list(t.header) for t in mine] == [t.header for t in topic.tables], topic.file


def test_spanned_cells_fill_the_grid(ecs_blocks, facts):
    spanned = [t for t in facts["topics"] for x in t.tables if x.spans]
    assert spanned, "the export has tables with rowspan/colspan"
    tables = [b for b in ecs_blocks if isinstance(b, Table) and b.spans]
    assert len(tables) == sum(1 for t in facts["topics"] for x in t.tables if x.spans)
    for t in tables:
        assert all(len(r.cells) == len(t.header) for r in t.rows)


def test_examples_are_code_blocks(ecs_blocks, facts):
    codes = [b for b in ecs_blocks if isinstance(b, Code)]
    assert len(codes) == facts["pre_outside_tables"]
    for topic in facts["topics"]:
        mine = [b for b in _topic_blocks(ecs_blocks, topic.file) if isinstance(b, Code)]
        assert len(mine) == topic.pre_outside_tables, topic.file


def test_section_labels_and_uri_lines(ecs_blocks, facts):
    for topic in facts["api_topics"]:
        mine = _topic_blocks(ecs_blocks, topic.file)
        labels = [b.text for b in mine if isinstance(b, Paragraph) and b.role == "label"]
        assert labels == topic.section_titles
        paras = [b.text for b in mine if isinstance(b, Paragraph)]
        for line in topic.uri_lines:
            assert line in paras


def test_provenance_is_topic_and_element_id(ecs_blocks):
    heading = next(b for b in ecs_blocks if isinstance(b, Heading) and b.number == "2.1.1")
    assert heading.loc.as_dict()["topic"].endswith(".html")
    page = (ECS / heading.loc.topic).read_text(encoding="utf-8")
    for b in _topic_blocks(ecs_blocks, heading.loc.topic)[:30]:
        assert b.loc.anchor and (f'id="{b.loc.anchor}"' in page or
                                 f'name="{b.loc.anchor}"' in page)
        assert b.loc.as_dict() == {"topic": heading.loc.topic, "anchor": b.loc.anchor}


def test_links_in_cells_keep_their_targets(ecs_blocks):
    linked = [(r, lk) for b in ecs_blocks if isinstance(b, Table) for r in b.rows
              for lk in r.links]
    assert linked
    for row, (col, text, target) in linked:
        assert text in row.cells[col]
        if not target.startswith(("http://", "https://")):
            assert (ECS / target.split("#")[0]).is_file(), target


def test_folder_tree_file_and_dispatch_agree():
    assert front_end(ECS) == "html"
    assert front_end(ECS / "CLASS.TXT.json") == "html"
    assert front_end(ECS / "en-us_topic_0020212668.html") == "html"
    assert front_end(ROOT / "manuals" / "evs-api-reference.txt") == "text"
    a = read_html(ECS / "CLASS.TXT.json")
    assert len(a) == len(read_blocks(ECS))


def test_single_saved_page_of_the_export(facts):
    topic = next(t for t in facts["api_topics"] if t.file == "en-us_topic_0020212668.html")
    blocks = read_blocks(ECS / topic.file)
    assert isinstance(blocks[0], Contents) and isinstance(blocks[1], Heading)
    assert blocks[1].title == topic.title
    assert len([b for b in blocks if isinstance(b, Table)]) == len(topic.tables)
    assert len([b for b in blocks if isinstance(b, Code)]) == topic.pre_outside_tables


def test_chinese_saved_page_with_site_chrome():
    path = FIXTURES / "zh-saved-page.html"
    facts = topic_facts(path)
    blocks = read_blocks(path)
    heading = blocks[1]
    assert heading.title == facts.title
    labels = [b.text for b in blocks if isinstance(b, Paragraph) and b.role == "label"]
    assert labels == facts.section_titles
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "首页" not in " ".join(texts) and "版权所有" not in " ".join(texts)
    assert not any("父主题" in t for t in texts)            # navigation is not content
    notes = [b for b in blocks if isinstance(b, Paragraph) and b.role == "note"]
    assert [n.loc.anchor for n in notes] == ["p3"]
    t2 = [b for b in blocks if isinstance(b, Table)][1]
    assert t2.spans == 2
    # rowspan repeats `id` into the next row; colspan repeats the cell across two columns
    assert t2.rows[0].cells == ("id", "String 规格ID", "String 规格ID")
    assert t2.rows[1].cells == ("id", "Integer", "vcpus")
    t1 = [b for b in blocks if isinstance(b, Table)][0]
    assert t1.rows[1].cells[3] == "规格ID。\n• 详情请参见表2。"
    assert t1.rows[1].links == ((3, "表2", f"{path.name}#t2"),)
    code = next(b for b in blocks if isinstance(b, Code))
    assert json.loads(code.text) == {"id": "c3.large"}


def test_bad_exports_fail_in_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no CLASS.TXT.json|not a manual"):
        read_blocks(empty)
    broken = tmp_path / "broken"
    shutil.copytree(ECS, broken)
    (broken / "CLASS.TXT.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a topic tree"):
        read_blocks(broken)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>no title</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no topic title"):
        read_blocks(page)


def test_missing_topic_page_is_a_missing_section(tmp_path):
    """A topic the tree lists whose page is not in the folder is a missing section (an
    error finding naming the file), as a lost heading is in a text manual; the rest is
    built, and `--fail-on error` exits 1."""
    from click.testing import CliRunner

    from extractor.cli import main
    from extractor.pipeline import build_spec
    broken = tmp_path / "ecs"
    shutil.copytree(ECS, broken)
    gone = "en-us_topic_0020212668.html"
    (broken / gone).unlink()
    intact, result = build_spec(ECS), build_spec(broken)
    missing = [f for f in result.api.findings if f.kind == "section-missing"]
    assert len(missing) == 1 and missing[0].severity == "error"
    assert missing[0].loc.topic == gone and f"({gone} is missing)" in missing[0].message
    assert not result.api.truncated and result.errors == []

    def sources(doc):
        return {v["x-source"]["section"] for item in doc["paths"].values()
                for op in item.values() for v in op.get("x-variants") or [op]}
    assert sources(intact.doc) - sources(result.doc) == {missing[0].section}
    assert sources(result.doc) < sources(intact.doc)
    r = CliRunner().invoke(main, ["build", str(broken), "-o", str(tmp_path / "specs"),
                                  "--fail-on", "error"])
    assert r.exit_code == 1 and (tmp_path / "specs" / "ecs.openapi.yaml").is_file()


def test_missing_last_pages_are_missing_sections_not_a_cut_export(tmp_path):
    """The last pages of an export missing are missing sections too (a cut text manual is
    refused; an export's pages are files of their own), and the last page read is whole."""
    from extractor.pipeline import build_spec
    tree = json.loads((ECS / "CLASS.TXT.json").read_text(encoding="utf-8"))
    broken = tmp_path / "ecs"
    shutil.copytree(ECS, broken)
    from extractor.sources.html import number_tree, read_tree
    last = [t.uri for _, t in number_tree(read_tree(ECS))][-3:]
    for uri in last:
        (broken / uri).unlink()
    assert len(tree) > 3
    intact, result = build_spec(ECS), build_spec(broken)
    assert not result.api.truncated and result.errors == []
    missing = [f for f in result.api.findings if f.kind == "section-missing"]
    assert sorted(f.loc.topic for f in missing) == sorted(last)
    assert not [f for f in result.api.findings if f.kind in ("manual-truncated", "section-incomplete")]
    assert len(result.doc["paths"]) == len(intact.doc["paths"])
