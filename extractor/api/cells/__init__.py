"""Table cells -> clean text, identifiers, types and parsed field descriptions.

Pure functions over single cells of the manual's tables. The rules follow the Huawei
Cloud "API 参考" format (HTML remnants from the PDF conversion, wrap-inserted spaces,
the 参数解释 / 约束限制 / 取值范围 / 默认取值 labels), never one service's names, so they
carry over to other services' manuals.

    clean_text.py    clean_cell: a raw cell as plain text (the one cell-text cleaner)
    marks.py         where list items start and CJK wrap spaces are (by code point)
    type_strings.py  type strings, identifiers, paths, IAM actions; parse_type
    descriptions.py  parse_description: labelled parts, enum, default, bounds, unit
"""
from .clean_text import LABELS, clean_cell
from .descriptions import parse_description
from .type_strings import clean_action, clean_identifier, clean_path, clean_type_string, parse_type

__all__ = [
    "clean_cell", "clean_identifier", "clean_type_string", "clean_path", "clean_action",
    "parse_type", "parse_description", "LABELS",
]
