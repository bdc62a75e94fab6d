"""The API model: what the manual says, as plain dataclasses.

Built by api/ from the Manual; read by openapi.py. Nothing here knows about
OpenAPI or about which front end read the manual.

Each generated method costs import time (the dataclass machinery compiles it from
source on every run), so a class gets `__repr__` and `__eq__` only where something
uses them: the records tests compare (examples, permissions, error codes, status sets)
keep both; a Field is compared (reconcile.py removes one from a list), so it and the
TypeRef and Description it compares keep `__eq__`; the rest are compared by identity.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..blocks import Loc
from ..findings import Findings

if TYPE_CHECKING:
    from .endpoints import EndpointPattern


@dataclass(slots=True, repr=False)
class TypeRef:
    """A parsed type string.

    kind: "string" | "integer" | "number" | "boolean" | "object" (free-form) |
          "ref" (a model table, `name`) | "array" (`items`) | "map" (`values`) |
          "body" (the `-`/`Object` whole-body pseudo-row) | "unknown".
    """

    kind: str
    name: str | None = None
    items: "TypeRef | None" = None
    values: "TypeRef | None" = None
    raw: str = ""


@dataclass(slots=True, repr=False)
class Description:
    """A description cell split into its labelled parts plus what they yield."""

    text: str                      # the whole cleaned cell
    explanation: str = ""          # 参数解释 (or the whole prose when unlabelled)
    constraints: str = ""          # 约束限制
    value_range: str = ""          # 取值范围
    default_text: str = ""         # 默认取值
    enum: list[str] = field(default_factory=list)
    enum_descriptions: dict[str, str] = field(default_factory=dict)
    default: Any = None
    minimum: float | int | None = None
    maximum: float | int | None = None
    max_length: int | None = None
    min_length: int | None = None
    unit: str | None = None


@dataclass(slots=True, repr=False)
class Field:
    """One row of a parameter / body / model table."""

    name: str
    type: TypeRef
    description: Description
    loc: Loc
    required: bool | None = None   # None on response-side tables (no 是否必选 column)
    raw_name: str = ""
    raw_type: str = ""
    nullable: bool = False         # an example sends null for it (reconcile.py)
    links: list[str] = field(default_factory=list)  # `topic#anchor` targets in the description


@dataclass(slots=True, repr=False, eq=False)
class ModelTable:
    """A captioned model table (`表 6-4 BssParamForCreateVolume`)."""

    name: str
    fields: list[Field]
    loc: Loc
    side: str                      # "request" | "response"
    status: int | None = None      # response block it belongs to


@dataclass(slots=True, repr=False, eq=False)
class Body:
    """A request or response body: its top-level table plus the model tables of that side."""

    fields: list[Field]
    models: dict[str, ModelTable]
    loc: Loc | None = None
    array: bool = False            # `[数组元素]` pseudo-row: the body is a top-level array
    wrapper: str = ""              # key the examples wrap the table's fields in (reconcile.py)


@dataclass(slots=True)
class RequestLine:
    method: str | None
    path: str                      # path part, host removed, `{endpoint}` placeholder dropped
    query: list[tuple[str, str]] = field(default_factory=list)
    raw: str = ""


@dataclass(slots=True)
class Example:
    """A request or response example block (after fence merging and repair)."""

    side: str                      # "request" | "response"
    loc: Loc
    title: str = ""                # the bullet text before it, if any
    status: int | None = None      # response examples: the status label above it
    request_line: RequestLine | None = None
    raw: str = ""                  # body text as the manual has it ("" if none)
    value: Any = None              # parsed JSON (None if no body or unrepairable)
    state: str = "none"            # "valid" | "repaired" | "unrepairable" | "text" | "none"
    repairs: list[str] = field(default_factory=list)


def is_http_status(code: int) -> bool:
    """A status a response can be keyed by in OpenAPI (100 to 599): a manual's `20` or
    `700` is a typo to report, not a response."""
    return 100 <= code <= 599


@dataclass(slots=True, repr=False, eq=False)
class Response:
    status: int
    description: str = ""          # OK / Accepted / ... from the final status table
    body: Body | None = None
    headers: list[Field] = field(default_factory=list)  # response headers (header tables,
    #                                rows of a body table that say they are a header)


@dataclass(slots=True, repr=False, eq=False)
class CodeSample:
    language: str
    source: str
    loc: Loc


@dataclass(slots=True, repr=False, eq=False)
class ApiSection:
    number: str
    title: str                     # body title with the deprecation marker
    base_title: str                # title without the marker
    deprecated: bool
    loc: Loc
    tag_number: str = ""           # parent section number (6.1, 8.2.1 ...)
    tag_title: str = ""
    description: str = ""          # 功能介绍
    constraints: str = ""          # 接口约束
    method: str = ""
    path: str = ""
    uri_query: list[str] = field(default_factory=list)   # names the request line's query lists
    alternates: list[str] = field(default_factory=list)  # paths of further request lines
    path_params: list[Field] = field(default_factory=list)
    query_params: list[Field] = field(default_factory=list)
    header_params: list[Field] = field(default_factory=list)
    request: Body | None = None
    responses: dict[int, Response] = field(default_factory=dict)
    request_examples: list[Example] = field(default_factory=list)
    response_examples: list[Example] = field(default_factory=list)
    status_codes: list[tuple[int, str]] = field(default_factory=list)
    code_samples: list[CodeSample] = field(default_factory=list)
    errors_text: str = ""          # 错误码: what the section says of its errors ("请参见错误码")
    style: str = "table"           # "table" | "bullet"
    iam: list["Permission"] = field(default_factory=list)  # linked permission rows
    iam_match: str = "none"        # "exact" | "ignoring-version-or-param-names" | "none"


@dataclass(slots=True)
class Permission:
    """One row of a permission table (chapter 9 or appendix A.5)."""

    name: str
    method: str
    path: str                      # normalised (no spaces, no `//`, no `action=` suffix)
    raw_api: str
    actions: list[str]
    iam_project: bool | None
    enterprise_project: bool | None
    group: str                     # the sub-section or group line the row sits under
    source: str                    # section number of the table ("9.3", "A.5")
    loc: Loc
    qualifier: str = ""            # e.g. `action="os-extend"` appended to the URI


@dataclass(slots=True)
class ErrorCode:
    status: int
    code: str
    message: str
    description: str
    remedy: str
    loc: Loc


@dataclass(slots=True)
class StatusValue:
    """A row of a status table (A.3 volume statuses, A.4 snapshot statuses)."""

    value: str
    description: str
    loc: Loc
    label: str = ""                # console label (A.3)


@dataclass(slots=True)
class StatusSet:
    """A status table of the appendix (云硬盘状态, 云硬盘快照状态 ...), named by its section."""

    number: str
    title: str
    values: list[StatusValue]
    loc: Loc


@dataclass(slots=True, repr=False, eq=False)
class HttpStatus:
    status: int
    description: str
    group: str                     # 正常 / 异常
    loc: Loc


@dataclass(slots=True, repr=False, eq=False)
class Api:
    """Everything read from one manual."""

    service: str                   # the cover's service name (云硬盘)
    doc_title: str                 # API 参考
    doc_version: str
    release_date: str
    sections: list[ApiSection]
    tags: list[tuple[str, str]]    # (number, title) of every section that holds API sections
    permissions: list[Permission]  # chapter 9 (the primary table)
    permissions_appendix: list[Permission]
    error_codes: list[ErrorCode]
    http_statuses: list[HttpStatus]
    status_sets: list[StatusSet]
    findings: Findings
    source_name: str = ""          # file name of the manual read
    service_abbreviation: str = "" # `EVS` from `云硬盘（EVS）` in the text
    truncated: bool = False
    outline: list[tuple[str, str, Loc]] = field(default_factory=list)  # every section
    endpoint: EndpointPattern | None = None  # the documented endpoint shape, if any
    language: str = ""             # vocabulary language of the text ("zh", "en")
    front_end: str = ""            # "text" | "pdf" | "html"
    chapters: dict[str, str] = field(default_factory=dict)  # number -> title of the
    #                                sections above the tags (6 API, 8 历史 API, 8.2 Cinder API)

    def tag_ancestors(self, number: str) -> list[str]:
        """The titles of the chapters above a tag, outermost first."""
        parts = number.split(".")
        return [self.chapters[p] for p in (".".join(parts[:i]) for i in range(1, len(parts)))
                if p in self.chapters]
