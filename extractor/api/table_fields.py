"""A parameter / body / model table's rows -> Fields: name, parsed type, description,
required flag; a row the table cannot give is a finding, not a field."""
from __future__ import annotations

from .. import vocab
from ..blocks import Table
from ..findings import Findings
from .cells import clean_cell, clean_identifier, parse_description, parse_type
from .model import ApiSection, Field, TypeRef

ARRAY_ELEMENT = "[数组元素]"


def read_fields(table: Table, api: ApiSection, findings: Findings, *, side: str) -> list[Field]:
    """The table's rows as Fields of `side` ("request" | "response"); a table without a
    description column, or a row with the wrong number of cells, is an error finding."""
    header = table.header
    type_col = vocab.column(header, "type")
    req_col = vocab.column(header, "required")
    desc_col = vocab.column(header, "description")
    if desc_col is None:
        findings.add("table-unreadable", "error",
                     f"table with header {list(header)} has no description column; "
                     f"{len(table.rows)} rows not read", section=api.number, loc=table.loc)
        return []
    if type_col is None:
        findings.add("type-column-missing", "info",
                     f"table with header {list(header)} has no type column; its "
                     f"{len(table.rows)} rows are read as strings", section=api.number,
                     loc=table.loc)
    out: list[Field] = []
    for row in table.rows:
        cells = row.cells
        if len(cells) != len(header):
            findings.add("table-row-cells", "error",
                         f"row has {len(cells)} cells where the header has {len(header)}; "
                         "row not read", section=api.number, loc=row.loc)
            continue
        raw_name = cells[0]
        name = raw_name.strip() if raw_name.strip() == ARRAY_ELEMENT else clean_identifier(raw_name)
        raw_type = cells[type_col] if type_col is not None else "String"
        ftype = parse_type(raw_type, field_name=raw_name.strip())
        if ftype.kind == "unknown":
            findings.add("type-unknown", "warning",
                         f"type '{raw_type}' of '{name}' is not a known type string; "
                         "read as a free-form value", section=api.number, loc=row.loc)
        desc = parse_description(clean_cell(cells[desc_col]), _scalar_kind(ftype))
        required = None
        if req_col is not None:
            flag = cells[req_col].strip()
            required = vocab.yes_no(flag)
            if required is None:
                findings.add("required-flag", "warning",
                             f"'{name}': required flag '{flag}' is neither yes nor no; "
                             "read as optional", section=api.number, loc=row.loc)
        if name != raw_name.strip() and name != ARRAY_ELEMENT:
            findings.add("cell-wrap-space", "info",
                         f"field name '{raw_name.strip()}' read as '{name}'",
                         section=api.number, loc=row.loc)
        out.append(Field(name=name, type=ftype, description=desc, loc=row.loc,
                         required=required, raw_name=raw_name, raw_type=raw_type,
                         links=[t for col, _, t in row.links if col == desc_col and "#" in t]))
    return out


def _scalar_kind(t: TypeRef) -> str:
    while t.kind == "array" and t.items is not None:
        t = t.items
    return t.kind
