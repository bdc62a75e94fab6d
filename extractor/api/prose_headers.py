"""Request headers the prose asks for (`You are required to use the HTTP header
X-OpenStack-Nova-API-Version: 2.26 to specify the microversion`) -> header parameters.

Templates that state a microversion in the function or constraint text, not in a header
table, still name the header and often its value. Each such header becomes an optional
header parameter (the value, where given, its default) with the sentence as its
description, and a finding says it came from prose. Phrasings are vocabulary data.
"""
from __future__ import annotations

from .. import vocab
from ..findings import Findings
from .cells import parse_description
from .model import ApiSection, Field, TypeRef


def add_prose_headers(api: ApiSection, findings: Findings) -> None:
    text = "\n".join(x for x in (api.description, api.constraints) if x)
    if not text:
        return
    known = {f.name.lower() for f in api.header_params}
    for name, value, sentence in vocab.header_mentions(text):
        if name.lower() in known:
            continue
        known.add(name.lower())
        desc = parse_description(sentence, "string")
        desc.default = value or None
        api.header_params.append(Field(name=name, type=TypeRef("string", raw="String"),
                                       description=desc, loc=api.loc, required=False,
                                       raw_name=name, raw_type="String"))
        findings.add("header-from-prose", "info",
                     f"the text names the request header {name}"
                     + (f" with the value {value}" if value else "")
                     + "; it is an optional header parameter"
                     + (" defaulting to that value" if value else ""),
                     section=api.number, loc=api.loc)
