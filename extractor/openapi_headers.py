"""Response header objects of one status of an operation (OpenAPI `responses.*.headers`).

Every header a section documents for the status (api/response_headers.py) becomes a
Header Object: its row's schema and description, `required` where every section of the
operation that documents this status requires it (a variant's header is not every
variant's), and `x-source` naming the row, so generators tell a variant's own headers apart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .api.model import ApiSection
from .openapi_schemas import SchemaBuilder, source_of

if TYPE_CHECKING:
    from .openapi import SpecBuilder

FRAMING = ("content-type", "content-length", "transfer-encoding")  # OAS ignores these


def response_headers(spec: "SpecBuilder", status: int, sections: list[ApiSection]) -> dict:
    out: dict[str, dict] = {}
    owners: dict[str, list[bool]] = {}
    for s in sections:
        resp = s.responses.get(status)
        for f in resp.headers if resp is not None else []:
            key = f.name.lower()
            owners.setdefault(key, []).append(bool(f.required))
            if key in out or key in FRAMING:
                continue
            models = resp.body.models if resp.body is not None else {}
            schema = SchemaBuilder(spec, s, models, "response").field_schema(f)
            desc = schema.pop("description", None)
            header: dict = {"description": desc} if desc else {}
            header["schema"] = schema
            header["x-source"] = source_of(s.number, s.title, f.loc)
            out[key] = {"name": f.name, "header": header}
    result: dict[str, dict] = {}
    for key, entry in out.items():
        documented = owners[key]
        header = entry["header"]
        every = len(documented) == len(sections) and all(documented)
        result[entry["name"]] = {**({"description": header.pop("description")}
                                    if "description" in header else {}),
                                 "required": every, **header}
    return result
