"""Manual structure: cover, TOC, section tree, API sections, bad input."""

import pytest

from extractor.errors import InputError
from extractor.manual import build_manual, normalise_title, strip_deprecation
from extractor.sources.text import parse_text

from conftest import MANUAL


def test_cover(manual):
    assert (manual.service, manual.doc_title) == ("云硬盘", "API 参考")
    assert (manual.doc_version, manual.release_date) == ("01", "2025-08-20")
    assert manual.service_abbreviation == "EVS"


def test_every_toc_entry_has_its_heading(manual):
    assert len(manual.toc) == 168
    assert [s.number for s in manual.sections] == [e.number for e in manual.toc]
    assert not [f for f in manual.findings if f.kind in ("section-missing", "manual-truncated")]


def test_chapter_lines(manual):
    where = {s.number: s.loc.line for s in manual.sections}
    assert [where[n] for n in "1 2 3 4 5 6 7 8 9 A".split()] == [
        217, 280, 297, 574, 653, 910, 9687, 10549, 21612, 21772]
    assert [where[n] for n in ("A.1", "A.2", "A.3", "A.4", "A.5")] == [
        21774, 21982, 22014, 22038, 22049]


def test_api_sections_are_the_leaves_with_a_uri(manual):
    secs = manual.api_sections
    assert len(secs) == 122
    by_chapter = {c: sum(1 for s in secs if s.chapter == c) for c in "5678"}
    assert by_chapter == {"5": 2, "6": 29, "7": 6, "8": 85}
    assert all(s.depth == 4 for s in secs if s.chapter == "8")
    assert sum(strip_deprecation(s.title)[1] for s in secs) == 54


def test_deprecation_marker_spellings():
    for t in ("创建云硬盘(废弃)", "创建云硬盘 (废弃)", "扩容云硬盘（废弃）", "x（已废弃）"):
        assert strip_deprecation(t)[1]
    assert strip_deprecation("废弃快照的说明")[1] is False


def test_toc_titles_match_bodies_up_to_marker_and_spacing():
    assert normalise_title("查询 API 接口的版本信息") == normalise_title("查询API接口的版本信息")
    assert normalise_title("6.2.3 更新云硬盘快照.....") == normalise_title("6.2.3 更新云硬盘快照")


def test_heading_shaped_lines_not_in_the_toc_stay_paragraphs():
    text = ("云服务\n\nAPI 参考\n\n目录\n\n1 概述\t1\n2 接口\t2\n\n1 概述\n\n3 个参数如下\n\n2 接口\n")
    m = build_manual(parse_text(text))
    assert [s.number for s in m.sections] == ["1", "2"]
    assert any(b.text == "3 个参数如下" for b in m.sections[0].blocks)


@pytest.mark.parametrize("text,msg", [
    ("", "no text"),
    ("hello\n\nworld\n", "no table of contents"),
])
def test_not_a_manual(text, msg):
    with pytest.raises(InputError, match=msg):
        build_manual(parse_text(text))


def test_truncated_manual_keeps_complete_sections(tmp_path):
    from extractor.api.build import read_api
    lines = MANUAL.read_text(encoding="utf-8").split("\n")
    cut = tmp_path / "cut.txt"
    cut.write_text("\n".join(lines[:3300]), encoding="utf-8")   # inside 6.1.7
    api = read_api(cut)
    numbers = [s.number for s in api.sections]
    assert numbers[-1] == "6.1.6" and "6.1.7" not in numbers
    kinds = {f.kind for f in api.findings}
    assert {"manual-truncated", "section-incomplete"} <= kinds
