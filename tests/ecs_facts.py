"""Facts about an HTML documentation export, computed for the tests with the standard
library's html.parser only (never the reader under test): topics, API topics and their
request lines, tables (id, caption, body rows, spans) and examples per topic.

    python3 tests/ecs_facts.py FOLDER      # prints the totals as JSON
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")


@dataclass
class TableFacts:
    id: str
    caption: str
    header: list[str]
    body_rows: int
    spans: int
    in_cell: bool
    row_ids: list[str] = field(default_factory=list)
    section: str = ""                 # the section title (h4) the table stands under


@dataclass
class TopicFacts:
    file: str
    title: str
    section_titles: list[str] = field(default_factory=list)
    uri_lines: list[str] = field(default_factory=list)     # `METHOD /path` paragraphs under URI
    tables: list[TableFacts] = field(default_factory=list)
    pre_outside_tables: int = 0
    pre_total: int = 0
    pre_by_section: dict = field(default_factory=dict)   # section title -> <pre> count

    @property
    def is_api(self) -> bool:
        return "URI" in self.section_titles


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.sections: list[str] = []
        self.uri_lines: list[str] = []
        self.tables: list[TableFacts] = []
        self.pre_out = self.pre_all = 0
        self.pre_by_section: dict[str, int] = {}
        self._stack_tables: list[dict] = []
        self._text: list[str] | None = None
        self._capture = ""          # "h1" | "h4" | "p" | "caption" | "th"
        self._in_thead = 0
        self._cell_depth = 0
        self._in_tbody = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self._stack_tables.append({"id": a.get("id", ""), "caption": "", "header": [],
                                       "rows": 0, "spans": 0, "in_cell": self._cell_depth > 0,
                                       "cell_depth": self._cell_depth, "row_ids": [],
                                       "section": self.sections[-1] if self.sections else ""})
        elif tag == "thead":
            self._in_thead += 1
        elif tag == "tbody":
            self._in_tbody += 1
        elif tag == "tr" and self._stack_tables and self._in_tbody and not self._in_thead:
            self._stack_tables[-1]["rows"] += 1
            self._stack_tables[-1]["row_ids"].append(a.get("id", ""))
        elif tag in ("td", "th"):
            self._cell_depth += 1
            if self._stack_tables and (a.get("rowspan", "1") != "1" or
                                       a.get("colspan", "1") != "1"):
                self._stack_tables[-1]["spans"] += 1
            if tag == "th" and self._in_thead:
                self._start("th")
        elif tag == "pre":
            self.pre_all += 1
            if self._cell_depth == 0:
                self.pre_out += 1
                where = self.sections[-1] if self.sections else ""
                self.pre_by_section[where] = self.pre_by_section.get(where, 0) + 1
        elif tag == "caption":
            self._start("caption")
        elif tag == "h1":
            self._start("h1")
        elif tag == "h4":
            self._start("h4")
        elif tag == "p" and self._cell_depth == 0 and self.sections and \
                self.sections[-1] == "URI":
            self._start("p")

    def _start(self, what: str) -> None:
        self._capture, self._text = what, []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._text is not None and tag in ("h1", "h4", "p", "caption", "th") and \
                tag == self._capture:
            text = " ".join("".join(self._text).split())
            self._text = None
            if tag == "h1":
                self.title = text
            elif tag == "h4":
                self.sections.append(text)
            elif tag == "p":
                if text.split(" ", 1)[0] in METHODS and " /" in text:
                    self.uri_lines.append(text)
            elif tag == "caption" and self._stack_tables:
                self._stack_tables[-1]["caption"] = text
            elif tag == "th" and self._stack_tables:
                self._stack_tables[-1]["header"].append(text)
        if tag == "table" and self._stack_tables:
            t = self._stack_tables.pop()
            self.tables.append(TableFacts(t["id"], t["caption"], t["header"], t["rows"],
                                          t["spans"], t["in_cell"], t["row_ids"], t["section"]))
        elif tag == "thead":
            self._in_thead -= 1
        elif tag == "tbody":
            self._in_tbody -= 1
        elif tag in ("td", "th"):
            self._cell_depth -= 1


def topic_facts(path: Path) -> TopicFacts:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return TopicFacts(path.name, p.title, p.sections, p.uri_lines, p.tables, p.pre_out,
                      p.pre_all, p.pre_by_section)


def export_facts(folder: Path) -> dict:
    tree = json.loads((folder / "CLASS.TXT.json").read_text(encoding="utf-8"))
    topics = [topic_facts(folder / e["uri"]) for e in tree]
    api = [t for t in topics if t.is_api]
    return {
        "tree": tree,
        "topics": topics,
        "topic_count": len(topics),
        "api_topics": api,
        "api_topic_count": len(api),
        "table_count": sum(len(t.tables) for t in topics),
        "pre_count": sum(t.pre_total for t in topics),
        "pre_outside_tables": sum(t.pre_outside_tables for t in topics),
    }


if __name__ == "__main__":
    f = export_facts(Path(sys.argv[1]))
    print(json.dumps({k: v for k, v in f.items() if k.endswith("count") or
                      k == "pre_outside_tables"}, indent=2))
