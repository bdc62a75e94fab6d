"""HTML front end: the publisher's documentation export (a folder of topic pages plus the
topic tree `CLASS.TXT.json`) or one saved page -> Blocks.

The folder's topics are read in the tree's order (depth first, siblings in file order);
each topic starts with a Heading numbered by its place in the tree (`2.1.3`), and the
tree itself is given as a Contents block where a printed manual has its 目录 pages.
The cover facts an export has no page for (service name, abbreviation) come from the
topic metadata (`product_code`) and the topics' own text.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import vocab
from ..blocks import Block, Contents, ContentsEntry, Heading, Loc, Paragraph
from ..errors import InputError
from .detect import HTML_SUFFIXES, TREE_FILE, is_html_input  # noqa: F401  (their home was here)
from .html_topic import TopicReader, parse_page, text_of


@dataclass(frozen=True)
class Topic:
    code: str
    parent: str
    title: str
    uri: str
    product: str
    doc_type: str


def read_html(path: str | Path) -> list[Block]:
    """Read a folder export (the folder or its CLASS.TXT.json) or one saved HTML page."""
    path = Path(path)
    if path.is_dir() or path.name == TREE_FILE:
        return read_export(path if path.is_dir() else path.parent)
    return read_page(path)


def read_tree(folder: Path) -> list[Topic]:
    """The topic tree, in file order; a one-line error when it is missing or malformed."""
    tree = folder / TREE_FILE
    try:
        raw = json.loads(tree.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{folder}: no {TREE_FILE}: not an HTML documentation export") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{tree}: not a topic tree ({exc.__class__.__name__})") from None
    if not isinstance(raw, list) or not raw:
        raise InputError(f"{tree}: empty topic tree")
    topics = []
    for i, e in enumerate(raw):
        if not isinstance(e, dict) or not e.get("code") or not e.get("uri"):
            raise InputError(f"{tree}: entry {i + 1} has no code or uri")
        topics.append(Topic(str(e["code"]), str(e.get("p_code") or ""), str(e.get("title", "")),
                            str(e["uri"]), str(e.get("product_code", "")),
                            str(e.get("doc_type", ""))))
    return topics


def number_tree(topics: list[Topic]) -> list[tuple[str, Topic]]:
    """Depth-first order with numbers from the tree position (`1`, `2.1`, `2.1.3`)."""
    children: dict[str, list[Topic]] = {}
    codes = {t.code for t in topics}
    for t in topics:
        children.setdefault(t.parent if t.parent in codes else "", []).append(t)
    out: list[tuple[str, Topic]] = []

    def visit(parent: str, prefix: str, seen: frozenset) -> None:
        for k, t in enumerate(children.get(parent, []), 1):
            if t.code in seen:
                continue
            number = f"{prefix}{k}"
            out.append((number, t))
            visit(t.code, number + ".", seen | {t.code})

    visit("", "", frozenset())
    return out


def read_export(folder: Path) -> list[Block]:
    topics = read_tree(folder)
    numbered = number_tree(topics)
    blocks: list[Block] = []
    texts: list[str] = []
    entries = []
    for number, t in numbered:
        page = folder / t.uri
        entries.append(ContentsEntry(number, t.title, Loc(topic=t.uri)))
        if not page.is_file():      # listed, not there: a missing section (manual.py says so)
            continue
        root = parse_page(page.read_bytes())
        h1 = next(root.iter("h1"), None)
        title = text_of(h1) if h1 is not None else t.title
        loc = Loc(topic=t.uri, anchor=topic_anchor(root, h1))
        blocks.append(Heading(number, title or t.title, loc))
        body = TopicReader(t.uri).read(root)
        blocks += body
        texts += [b.text for b in body if isinstance(b, Paragraph)]
    product = Counter(t.product for t in topics if t.product).most_common(1)
    code = product[0][0] if product else ""
    service = service_name(texts, code)
    head = Contents(tuple(entries), Loc(topic=TREE_FILE), service=service,
                    doc_title=document_title(topics, texts), abbreviation=code.upper(),
                    front_end="html")
    return [head] + blocks


def read_page(path: Path) -> list[Block]:
    """One saved topic page: its title is section 1."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: empty file")
    root = parse_page(data)
    h1 = root.find(".//h1")
    if h1 is None:
        raise InputError(f"{path}: no topic title (<h1>): not a manual page")
    title = text_of(h1)
    topic = path.name
    content = h1.getparent()
    while content is not None and content.getparent() is not None and \
            len(content.findall(".//h4")) + len(content.findall(".//h2")) == 0:
        content = content.getparent()
    body = TopicReader(topic).read(root if content is None else content)
    entries = (ContentsEntry("1", title, Loc(topic=topic)),)
    heading = Heading("1", title, Loc(topic=topic, anchor=topic_anchor(root, h1)))
    return [Contents(entries, Loc(topic=topic), front_end="html"), heading] + \
        [b for b in body if not isinstance(b, Heading)]


def document_title(topics: list[Topic], texts: list[str]) -> str:
    """What the export's doc_type is called in the text's language (`api` -> API Reference)."""
    kinds = Counter(t.doc_type for t in topics if t.doc_type).most_common(1)
    language = vocab.detect_language(texts)
    if not kinds or not language:
        return ""
    return vocab.vocab(language).document_types.get(kinds[0][0], "")


def topic_anchor(root, h1) -> str | None:
    """The title's id, else the topic's named anchor (`<a name="EN-US_TOPIC_…">`)."""
    if h1 is not None and h1.get("id"):
        return h1.get("id")
    return next((a.get("name") for a in root.iter("a") if a.get("name") is not None), None)


def service_name(texts: list[str], code: str) -> str:
    """The service's name: the most frequent run of capitalised words whose initials spell
    the product code (`Elastic Cloud Server` for `ecs`); the code itself when none does."""
    if not code:
        return ""
    want = code.upper()
    n = len(want)
    counts: Counter[str] = Counter()
    for text in texts:
        if want[0] not in text:
            continue
        words = text.replace("(", " ").replace(")", " ").replace(",", " ").split()
        for i in range(len(words) - n + 1):
            if words[i][0] != want[0]:
                continue
            run = words[i:i + n]
            if all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in run) and \
                    "".join(w[0] for w in run) == want:
                counts[" ".join(run)] += 1
    return counts.most_common(1)[0][0] if counts else want
