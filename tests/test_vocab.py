"""Vocabulary as data: labels, headers, yes/no, markers and phrases per language."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extractor import vocab
from extractor.blocks import Loc, Paragraph, Row, Table
from extractor.findings import Findings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecs_facts import export_facts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ECS = ROOT / "manuals" / "otc-ecs-api-ref"


def test_every_api_section_title_of_the_english_export_is_a_label():
    facts = export_facts(ECS)
    unknown = set()
    for t in facts["api_topics"]:
        for title in t.section_titles:
            if vocab.section_label(title) is None:
                unknown.add(title)
    assert not unknown


@pytest.mark.parametrize("text,kind", [
    ("请求参数", "request"), ("Request", "request"), ("响应参数", "response"),
    ("Response", "response"), ("状态码", "status"), ("Returned Values", "status"),
    ("请求示例", "request_examples"), ("Example Request", "request_examples"),
    ("Example Request (Creating an ECS)", "request_examples"), ("URI", "uri"),
    ("功能介绍", "intro"), ("Function", "intro"), ("错误码", "errors"),
    ("Error Codes", "errors"), ("Requests", None), ("请求", None)])
def test_section_labels_in_both_languages(text, kind):
    assert vocab.section_label(text) == kind


def test_headers_yes_no_and_markers():
    zh = ("参数", "是否必选", "参数类型", "描述")
    en = ("Parameter", "Type", "Mandatory", "Description")
    assert [vocab.column(zh, r) for r in ("required", "type", "description")] == [1, 2, 3]
    assert [vocab.column(en, r) for r in ("required", "type", "description")] == [2, 1, 3]
    assert vocab.column(("Parameter", "Mandatory", "Description"), "type") is None
    assert [vocab.yes_no(x) for x in ("是", "否", "Yes", "No", "yes", "可选")] == \
        [True, False, True, False, True, None]
    for title in ("创建云硬盘（已废弃）", "创建云硬盘(废弃)", "Querying Images (Discarded)",
                  "Querying Images (Deprecated)"):
        assert vocab.deprecation_re().search(title), title
    assert not vocab.deprecation_re().search("Querying Images (Native OpenStack API)")


def test_captions_and_references_in_both_languages():
    assert vocab.caption("表 6-4 BssParamForCreateVolume") == ("6-4", "BssParamForCreateVolume")
    assert vocab.caption("表1 路径参数") == ("1", "路径参数")
    assert vocab.caption("Table 3 Request parameters") == ("3", "Request parameters")
    assert vocab.caption("Tables describe") is None
    assert vocab.table_kind("Path parameters") == "path"
    assert vocab.table_kind("路径参数") == "path"
    assert vocab.table_kind("Response parameters") == "response_body"
    assert vocab.model_name_from_caption("servers field description") == "servers"
    assert vocab.model_name_from_caption("BssParamForCreateVolume") == "BssParamForCreateVolume"
    m = vocab.reference_re().search("Specifies the ECS. For details, see Table 4.")
    assert m and m.group("number") == "4"
    m = vocab.reference_re().search("详情请参见表6-4。")
    assert m and m.group("number") == "6-4"


def test_language_detection():
    assert vocab.detect_language(["创建云硬盘，返回 volume_id。"]) == "zh"
    assert vocab.detect_language(["This API is used to create an ECS."]) == "en"
    assert vocab.detect_language([""]) == ""


def test_a_new_language_is_a_data_change(tmp_path, monkeypatch):
    """A German vocabulary file is all it takes for German labels, headers and flags."""
    for p in vocab.VOCAB_DIR.glob("*.json"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    de = json.loads((vocab.VOCAB_DIR / "en.json").read_text(encoding="utf-8"))
    de.update(language="de", name="Deutsch", contents_label="Inhalt",
              section_labels={"Funktion": "intro", "Anfrage": "request", "Antwort": "response"},
              table_headers={"name": ["Parameter"], "required": ["Pflicht"],
                             "type": ["Typ"], "description": ["Beschreibung"]},
              yes=["Ja"], no=["Nein"], deprecation_markers=["Veraltet"],
              reference_phrases=["Siehe"],
              caption_pattern="^Tabelle\\s*(?P<number>\\d+)\\s*(?P<title>.*)$",
              table_captions={"body": ["Anfrageparameter"]},
              header_row_pattern="im (?:(?P<request>Anfrage)|(?P<response>Antwort))-Header "
                                 "(?:zurückgegeben|geliefert)")
    (tmp_path / "de.json").write_text(json.dumps(de), encoding="utf-8")
    # looked up (and remembered by the memo caches) before the German file exists
    assert vocab.yes_no("Ja") is None and vocab.section_label("Anfrage") is None
    monkeypatch.setattr(vocab, "VOCAB_DIR", tmp_path)
    vocab.reload()
    try:
        assert vocab.section_label("Anfrage") == "request"
        assert vocab.yes_no("Ja") is True and vocab.yes_no("Nein") is False
        assert vocab.caption("Tabelle 2 Anfrageparameter") == ("2", "Anfrageparameter")
        assert vocab.deprecation_re().search("Images abfragen (Veraltet)")
        # and the section reader picks it up: a German request table becomes body fields
        from extractor.api.sections import read_section
        from extractor.manual import Section
        loc = Loc(line=1)
        sec = Section("1.1", "Server anlegen", loc, blocks=[
            Paragraph("URI", loc), Paragraph("POST /v1/servers", loc),
            Paragraph("Anfrage", loc), Paragraph("Tabelle 1 Anfrageparameter", loc),
            Table(("Parameter", "Pflicht", "Typ", "Beschreibung"),
                  (Row(("name", "Ja", "String", "Der Name."), loc),), loc)])
        api = read_section(sec, Findings())
        assert api.method == "POST" and api.path == "/v1/servers"
        assert [(f.name, f.required, f.type.kind) for f in api.request.fields] == \
            [("name", True, "string")]
        # a response row that says it comes back in a header: the German words are data
        assert vocab.header_row_phrase("Die URL, im Antwort-Header zurückgegeben.")[1] == \
            "response"
        sec.blocks += [Paragraph("Antwort", loc), Table(
            ("Parameter", "Pflicht", "Typ", "Beschreibung"),
            (Row(("Location", "Ja", "String", "Die URL, im Antwort-Header geliefert."), loc),
             Row(("id", "Ja", "String", "Die ID."), loc)), loc)]
        api = read_section(sec, Findings())
        resp = api.responses[200]
        assert [h.name for h in resp.headers] == ["Location"]
        assert [f.name for f in resp.body.fields] == ["id"]
    finally:
        monkeypatch.undo()
        vocab.reload()


def test_the_label_of_a_part_in_the_manuals_language():
    assert vocab.label_for("en", "errors") == "Error Codes"
    assert vocab.label_for("zh", "errors") == "错误码"
    assert vocab.label_for("en", "constraints") == "Constraints"
    assert vocab.label_for("xx", "errors") == "" and vocab.label_for("en", "nothing") == ""


def test_header_mentions_in_prose():
    text = ("This API is used to add tags.\nYou are required to use the HTTP header "
            "X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.")
    assert vocab.header_mentions(text) == [
        ("X-OpenStack-Nova-API-Version", "2.26",
         "You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to "
         "specify the microversion on the client.")]
    assert vocab.header_mentions("Add a microversion using the HTTP request header "
                                 "OpenStack-API-Version.")[0][:2] == ("OpenStack-API-Version", "")
    assert vocab.header_mentions("The response header is empty.") == []


def test_letters_counted_in_batches_as_text_by_text(monkeypatch):
    import random

    def by_text(texts):
        han = latin = 0
        for t in texts:
            han += sum(1 for c in t if "\u4e00" <= c <= "\u9fff")
            latin += sum(1 for c in t if c.isascii() and c.isalpha())
            if han + latin > vocab.LETTERS_READ:
                break
        return han, latin

    rng = random.Random(7)
    alphabet = ["云", "硬盘", "a", "Volume", " ", "，", "\n", "1", "_", "é"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
             for _ in range(3000)]
    assert vocab.letter_counts(texts) == by_text(texts)
    # the limit passed inside a batch: the count still stops after the same text
    for limit in (0, 1, 57, 1000, 12345):
        monkeypatch.setattr(vocab, "LETTERS_READ", limit)
        for size in (1, 100, 8192):
            assert vocab.letter_counts(iter(texts), size) == by_text(texts), (limit, size)


def test_letters_counted_in_utf8_as_the_patterns_count():
    import random
    import re

    from extractor.cjk import HAN
    han_re, latin_re = re.compile(f"[{HAN}]"), re.compile("[A-Za-z]")
    edges = ["\u4dff", "\u4e00", "\u4e01", "\u4fff", "\u5000", "\u9fff", "\ua000", "\u3400",
             "\uf900", "a", "Z", "[", "`", "{", "@", "é", "ａ", "\U0002000b", "\ud800", " ", "。"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(edges) for _ in range(rng.randint(0, 30)))
        assert vocab.letter_counts([text]) == (len(han_re.findall(text)),
                                               len(latin_re.findall(text))), text
