"""One API section's blocks -> an ApiSection record.

A section is split into parts by its label paragraphs (功能介绍, URI, 请求参数 …, or
the older bullet-style labels), then each part is read: the request line, the
captioned parameter / body / model tables, the response blocks per status code,
examples, SDK samples and the final status-code table. A table's rows become fields in
table_fields.py; model references are resolved in model_refs.py.
"""
from __future__ import annotations

import re

from .. import vocab
from ..blocks import Block, Paragraph, Table
from ..cjk import is_han
from ..findings import Findings
from ..manual import Section, strip_deprecation
from .cells import clean_cell, clean_path
from .examples import read_code_samples, read_examples
from .links import TableIndex, model_name
from .model_refs import resolve_section
from .prose_headers import add_prose_headers
from .response_headers import add_header_table, split_header_rows
from .uri_query import QUERY_TEMPLATE_RE, move_query_params, split_query
from .model import ApiSection, Body, Field, ModelTable, Response, is_http_status
from .table_fields import ARRAY_ELEMENT, read_fields

# Sub-heading labels (table style, the older bullet style, every language) are vocabulary
# data: extractor/data/vocab/<lang>.json, looked up with vocab.section_label().
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
URI_RE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(/.*)$")
BULLET_CAPTION_RE = re.compile(r"^[-•●]\s*\[?(.+?)参数说明\]?(?:\(#\))?$")
STATUS_LABEL_RE = re.compile(r"^状态码\s*[：:]\s*(\d{3})")
LINK_RE = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")
BULLET_RE = re.compile(r"^\s*[-•●]\s*")
PROSE_PARTS = ("head", "intro", "constraints", "howto", "errors", "examples")
GLUED_SEE = "请参见"          # what a glued label runs into: `调用方法请参见[如何调用API](#)。`

RESPONSE_BODY_CAPTIONS = vocab.captions_of("response_body")
RESPONSE_HEADER_CAPTIONS = vocab.captions_of("response_header")


def split_parts(blocks: list[Block]) -> list[tuple[str, Paragraph | None, list[Block]]]:
    """Split a section's blocks at its label paragraphs: [(part, label block, blocks)]."""
    parts: list[tuple[str, Paragraph | None, list[Block]]] = [("head", None, [])]
    for b in blocks:
        kind = vocab.section_label(b.text) if isinstance(b, Paragraph) else None
        if kind is None and isinstance(b, Paragraph) and b.role == "item":
            kind = vocab.section_label(BULLET_RE.sub("", b.text))   # `- Example Request`
        if kind is not None:
            parts.append((kind, b, []))
            continue
        if isinstance(b, Paragraph):
            # a label glued to its one-line content: `调用方法请参见[如何调用API](#)。`
            glued = _glued_label(b.text.strip())
            if glued and vocab.section_label(glued[0]):
                parts.append((vocab.section_label(glued[0]), b, [Paragraph(glued[1], b.loc)]))
                continue
        parts[-1][2].append(b)
    return parts


def _glued_label(text: str) -> tuple[str, str] | None:
    """(label, the rest) where 2 to 6 ideographs (the most that fit) run into 请参见 and
    the rest is one line; tested by code point, not with a class of 21,000 ideographs."""
    if GLUED_SEE not in text[2:6 + len(GLUED_SEE)]:
        return None
    for i in range(min(6, len(text)), 1, -1):
        if text.startswith(GLUED_SEE, i) and all(map(is_han, text[:i])):
            rest = text[i:-1] if text.endswith("\n") else text[i:]
            return (text[:i], rest) if "\n" not in rest else None
    return None


def prose(blocks: list[Block]) -> str:
    """The paragraphs of a part as plain text, links reduced to their text."""
    lines = [LINK_RE.sub(r"\1", b.text).strip() for b in blocks if isinstance(b, Paragraph)]
    return "\n".join(x for x in lines if x)


def read_section(sec: Section, findings: Findings,
                 tables: TableIndex | None = None) -> ApiSection:
    """Read one API section (table style or bullet style); `tables` finds the tables
    that description cells link to (formats that keep links)."""
    base, deprecated = strip_deprecation(sec.title)
    parent = sec.parent
    api = ApiSection(number=sec.number, title=sec.title, base_title=base, deprecated=deprecated,
                     loc=sec.loc, tag_number=parent.number if parent else "",
                     tag_title=parent.title if parent else "")
    parts = split_parts(sec.blocks)
    kinds = {p[0] for p in parts}
    api.style = "bullet" if ("request_message" in kinds or "response_message" in kinds) else "table"
    status_block: list[Block] = []
    for kind, label, blocks in parts:
        if kind == "intro":
            api.description = prose(blocks)
        elif kind == "constraints":
            api.constraints = prose(blocks)
        elif kind == "uri":
            _read_uri(api, blocks, findings)
        elif kind == "request":
            _read_request(api, blocks, findings)
        elif kind == "response":
            _read_responses(api, blocks, findings)
        elif kind == "request_examples":
            api.request_examples += read_examples(blocks, "request", section=sec.number,
                                                  findings=findings)
        elif kind == "response_examples":
            api.response_examples += read_examples(blocks, "response", section=sec.number,
                                                   findings=findings)
        elif kind == "request_message":
            api.request_examples += read_examples(_after_sample_label(blocks), "request",
                                                  section=sec.number, findings=findings)
        elif kind == "response_message":
            _read_bullet_response(api, blocks, findings)
        elif kind == "sdk":
            api.code_samples += read_code_samples(blocks, section=sec.number, findings=findings)
        elif kind == "status":
            status_block = blocks
        elif kind == "errors":
            api.errors_text = prose(blocks)
        if kind in PROSE_PARTS:
            for b in blocks:
                if isinstance(b, Table):
                    findings.add("table-in-prose", "info",
                                 f"a table under '{label.text if label else kind}' "
                                 f"({b.caption or ' | '.join(b.header)}) is prose, not an API "
                                 f"fact; its {len(b.rows)} rows stay out of the spec",
                                 section=sec.number, loc=b.loc)
    _read_status_codes(api, status_block, findings)
    if not api.method:
        findings.add("uri-missing", "error", "no request line (METHOD /path) under URI",
                     section=sec.number, loc=sec.loc)
    if not api.description and parts[0][2] and "intro" not in kinds:
        api.description = prose(parts[0][2])      # a topic whose text precedes any label
    add_prose_headers(api, findings)
    resolve_section(api, findings, tables)
    return api


# -- URI and parameters -------------------------------------------------------------

def _read_uri(api: ApiSection, blocks: list[Block], findings: Findings) -> None:
    """The request line, then the tables under URI (path parameters; some sections put
    their Query table here too)."""
    rest: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph) and (not api.method or URI_RE.match(b.text.strip())):
            text = BULLET_RE.sub("", b.text.strip())
            m = URI_RE.match(text)
            if m and api.method:
                alt = clean_path(m.group(2))
                api.alternates.append(QUERY_TEMPLATE_RE.sub("", alt).split("?")[0])
                findings.add("uri-alternative", "info",
                             f"a further request line '{text}' is not an operation of its own; "
                             f"the section is read as {api.method} {api.path}",
                             section=api.number, loc=b.loc)
                continue
            if m:
                api.method = m.group(1)
                raw = m.group(2)
                api.path = clean_path(raw)
                query = split_query(api, b, findings)
                if api.path != raw.strip() and not query:
                    findings.add("cell-wrap-space", "info",
                                 f"request path '{raw.strip()}' read as '{api.path}'",
                                 section=api.number, loc=b.loc)
                continue
        rest.append(b)
    _read_tables(api, rest, findings, default="path")
    move_query_params(api, findings)


def _caption(text: str) -> str | None:
    c = vocab.caption(text)
    if c is not None:
        return clean_cell(c[1]).strip()
    m = BULLET_CAPTION_RE.match(text)
    if m:
        return m.group(1).strip()
    if text.startswith(("- ", "• ", "-", "•")) and text.strip("-• ") in ("参数说明", "响应参数"):
        return ""
    return None


def _read_request(api: ApiSection, blocks: list[Block], findings: Findings) -> None:
    if any(isinstance(b, Paragraph) and vocab.is_none_word(b.text) for b in blocks) and \
            not any(isinstance(b, Table) for b in blocks):
        return
    _read_tables(api, blocks, findings, default="body")


def _read_tables(api: ApiSection, blocks: list[Block], findings: Findings, *,
                 default: str) -> None:
    """Place each captioned request-side table by its caption: parameters, body or model.

    An uncaptioned table (the bullet style's `- 参数说明`) is read as `default`."""
    caption: str | None = None
    caption_loc = None
    for b in blocks:
        if isinstance(b, Paragraph):
            c = _caption(b.text.strip())
            if c is not None:
                caption, caption_loc = c, b.loc
            continue
        if not isinstance(b, Table):
            continue
        fields = read_fields(b, api, findings, side="request")
        kind = _table_kind(caption) if caption else default
        if kind == "model" and default == "path":
            kind = "path"                    # `Parameter description` under URI
        if kind == "path":
            for f in fields:
                f.required = True if f.required is None else f.required
            api.path_params += fields
        elif kind == "query":
            api.query_params += fields
        elif kind == "header":
            api.header_params += fields
        else:
            body = api.request or Body(fields=[], models={})
            api.request = body
            if kind == "body":
                body.loc = body.loc or b.loc
                _set_body_fields(body, fields, api, findings)
            else:
                _add_model(body.models, ModelTable(model_name(caption or ""), fields,
                                                   caption_loc or b.loc, "request"), api, findings)
        caption = None


def _table_kind(caption: str) -> str:
    kind = vocab.table_kind(caption)
    return kind if kind in ("path", "query", "header", "body") else "model"


def _set_body_fields(body: Body, fields: list[Field], api: ApiSection, findings: Findings) -> None:
    for f in fields:
        if f.name == ARRAY_ELEMENT:
            body.array = True
            f.name = ""
        body.fields.append(f)


def _add_model(models: dict[str, ModelTable], model: ModelTable, api: ApiSection,
               findings: Findings) -> None:
    if model.name in models and model.loc.anchor and \
            models[model.name].loc.anchor != model.loc.anchor:
        # two distinct tables (the format says so by their ids) derive the same name
        base, n = model.name, 2
        while f"{base}{n}" in models:
            n += 1
        findings.add("model-name-repeated", "info",
                     f"a second table is named '{base}'; it is read as '{base}{n}'",
                     section=api.number, loc=model.loc)
        model.name = f"{base}{n}"
    if model.name in models:
        findings.add("model-table-repeated", "warning",
                     f"model table '{model.name}' appears twice on the {model.side} side; "
                     f"the first ({models[model.name].loc}) is used",
                     section=api.number, loc=model.loc)
        return
    models[model.name] = model


# -- responses ------------------------------------------------------------------------

def _read_responses(api: ApiSection, blocks: list[Block], findings: Findings) -> None:
    current: Response | None = None
    caption: str | None = None
    caption_loc = None
    skipping = False                    # the blocks of a label with no HTTP status
    for b in blocks:
        if isinstance(b, Paragraph):
            text = b.text.strip()
            m = STATUS_LABEL_RE.match(text)
            if m:
                status = int(m.group(1))
                skipping = not is_http_status(status)
                if skipping:
                    findings.add("status-invalid", "warning",
                                 f"the response label '{text}' names no HTTP status (100 to "
                                 "599); its tables are not read", section=api.number, loc=b.loc)
                    current = None
                else:
                    current = api.responses.setdefault(status, Response(status))
                caption = None
                continue
            if skipping:
                continue
            c = _caption(text)
            if c is not None:
                caption, caption_loc = c, b.loc
            elif current is not None and not current.description and current.body is None:
                current.description = text
            continue
        if not isinstance(b, Table) or skipping:
            continue
        if current is None:
            findings.add("response-without-status", "warning",
                         "a response table precedes any status-code label; read as status 200",
                         section=api.number, loc=b.loc)
            current = api.responses.setdefault(200, Response(200))
        fields = read_fields(b, api, findings, side="response")
        if caption in RESPONSE_HEADER_CAPTIONS:
            add_header_table(current, fields, api, findings)
            caption = None
            continue
        if caption in RESPONSE_BODY_CAPTIONS or not caption:
            fields = split_header_rows(current, fields, api, findings)
            if not fields and current.body is None:
                caption = None
                continue                     # every row was a header: no body table
        if current.body is None:
            current.body = Body(fields=[], models={}, loc=b.loc)
        if caption in RESPONSE_BODY_CAPTIONS or not caption:
            _set_body_fields(current.body, fields, api, findings)
        else:
            _add_model(current.body.models,
                       ModelTable(model_name(caption), fields, caption_loc or b.loc,
                                  "response", current.status), api, findings)
        caption = None


def _sample_label_at(blocks: list[Block]) -> int | None:
    """Index of the bullet style's `- 请求样例:` / `• 响应样例` label, if any."""
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and "样例" in b.text and len(b.text) < 20:
            return i
    return None


def _after_sample_label(blocks: list[Block]) -> list[Block]:
    at = _sample_label_at(blocks)
    return blocks if at is None else blocks[at + 1:]


def _read_bullet_response(api: ApiSection, blocks: list[Block], findings: Findings) -> None:
    """Bullet style: `- 响应参数` + uncaptioned tables titled `- x参数说明`, then `• 响应样例`."""
    at = _sample_label_at(blocks)
    sample_at = len(blocks) if at is None else at
    table_blocks = blocks[:sample_at]
    status = 200
    resp = Response(status)
    body = Body(fields=[], models={})
    caption: str | None = None
    for b in table_blocks:
        if isinstance(b, Paragraph):
            c = _caption(b.text.strip())
            if c is not None:
                caption = c
            continue
        if isinstance(b, Table):
            fields = read_fields(b, api, findings, side="response")
            if not caption:
                body.loc = body.loc or b.loc
                _set_body_fields(body, split_header_rows(resp, fields, api, findings), api,
                                 findings)
            else:
                _add_model(body.models, ModelTable(caption, fields, b.loc, "response"), api,
                           findings)
            caption = None
    resp.body = body
    api.responses[status] = resp
    examples = read_examples(blocks[sample_at + 1:], "response", section=api.number,
                             findings=findings)
    for ex in examples:
        ex.status = ex.status or status
    api.response_examples += examples


def _read_status_codes(api: ApiSection, blocks: list[Block], findings: Findings) -> None:
    """The final `状态码 描述` table, or the bullet style's `- 正常` + code lines."""
    group = ""
    for b in blocks:
        if isinstance(b, Table):
            rows = [(r.cells, r.loc) for r in b.rows]
            if b.header[0].strip().isdecimal():
                rows.insert(0, (b.header, b.loc))
            for cells, loc in rows:
                code = cells[0].strip()
                if not code.isdecimal():
                    continue
                if is_http_status(int(code)) and len(code) == 3:
                    api.status_codes.append((int(code), cells[1].strip() if len(cells) > 1 else ""))
                else:
                    findings.add("status-invalid", "warning",
                                 f"the status-code table's row '{code}' names no HTTP status "
                                 "(100 to 599); it is left out", section=api.number, loc=loc)
        elif isinstance(b, Paragraph):
            text = b.text.strip()
            if text.isdecimal() and len(text) == 3:
                if is_http_status(int(text)):
                    api.status_codes.append((int(text), group))
                else:
                    findings.add("status-invalid", "warning",
                                 f"the status-code line '{text}' names no HTTP status (100 to "
                                 "599); it is left out", section=api.number, loc=b.loc)
            elif text.startswith(("-", "•")):
                group = BULLET_RE.sub("", text)
    documented = {c for c, _ in api.status_codes}
    # A bullet-style section whose responses were read as 200 takes its documented success code.
    if api.style == "bullet" and 200 in api.responses and documented and 200 not in documented:
        success = sorted(documented)[0]
        resp = api.responses.pop(200)
        resp.status = success
        api.responses[success] = resp
        for ex in api.response_examples:
            if ex.status in (None, 200):
                ex.status = success
    for code, desc in api.status_codes:
        resp = api.responses.get(code)
        if resp is None:
            api.responses[code] = Response(code, desc)
        elif not resp.description or resp.description == desc:
            resp.description = desc
    for code in api.responses:
        if documented and code not in documented:
            findings.add("status-undocumented", "warning",
                         f"status {code} has a response block but is not in the final "
                         "status-code table", section=api.number, loc=api.loc)
    if not documented:
        findings.add("status-table-missing", "info",
                     "no final status-code table; statuses are taken from the response blocks",
                     section=api.number, loc=api.loc)
