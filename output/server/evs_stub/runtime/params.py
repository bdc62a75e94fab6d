"""Path, query, header and cookie parameters: read from the request, converted to
their schema types (``"10"`` -> 10, ``"True"`` -> True, repeated or comma-separated
arrays) and validated against their schemas."""
from __future__ import annotations

import json
import math
import re

from starlette.requests import Request

from .errors import StubError
from .schemas import Schemas
from .spec import Operation, Param

INTEGER_RE = re.compile(r"^[+-]?\d+$")
SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}
# Header parameters the transport owns; OpenAPI says to ignore them.
IGNORED_HEADERS = {"accept", "content-type", "authorization"}


def _kind(schema: dict) -> str | None:
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in ("integer", "number", "boolean", "array", "object") if x in t), None)
    if t is None and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1 \
            and isinstance(schema["allOf"][0], dict):
        return _kind(schema["allOf"][0])
    return t if isinstance(t, str) else None


def convert(raw: str, schema: dict) -> object:
    """A raw string as the schema's type; unconvertible text stays a string (and fails
    validation with a clear message)."""
    kind = _kind(schema)
    text = raw.strip()
    if kind == "integer" and INTEGER_RE.match(text):
        return int(text)
    if kind == "number":
        try:
            value = float(text)
        except ValueError:
            return raw
        if math.isnan(value) or math.isinf(value):
            return raw
        return int(value) if INTEGER_RE.match(text) else value
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind == "object" and text.startswith("{"):
        try:
            return json.loads(text)
        except ValueError:
            return raw
    return raw


def _raw(param: Param, request: Request, path_params: dict[str, str]) -> list[str]:
    if param.location == "path":
        return [path_params[param.name]] if param.name in path_params else []
    if param.location == "query":
        return request.query_params.getlist(param.name)
    if param.location == "header":
        return request.headers.getlist(param.name)
    if param.location == "cookie":
        value = request.cookies.get(param.name)
        return [] if value is None else [value]
    return []


def deserialize(param: Param, raws: list[str]) -> object:
    """The typed value of a parameter from its raw occurrences."""
    if _kind(param.schema) != "array":
        return convert(raws[0], param.schema)
    items = param.schema.get("items") if isinstance(param.schema.get("items"), dict) else {}
    if param.location in ("query", "cookie") and param.explode and param.style == "form":
        parts = raws
    else:
        sep = SEPARATORS.get(param.style, ",")
        parts = [p for raw in raws for p in raw.split(sep)]
    return [convert(p, items) for p in parts]


def read_params(op: Operation, request: Request, path_params: dict[str, str],
                schemas: Schemas, auth_headers: set[str]) -> dict[str, dict[str, object]]:
    """Declared parameters by location, typed and validated; a StubError for the first
    missing or invalid one. Header parameters that carry credentials (``auth_headers``)
    are the security check's business: their absence is not an error here."""
    out: dict[str, dict[str, object]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    for param in op.params:
        lname = param.name.lower()
        if param.location == "header" and lname in IGNORED_HEADERS:
            continue
        raws = _raw(param, request, path_params)
        if not raws:
            if param.required and not (param.location == "header" and lname in auth_headers):
                raise StubError("parameter", f"missing required {param.location} parameter "
                                             f"{param.name!r}")
            continue
        value = deserialize(param, raws)
        problem = schemas.problem(param.pointer, value, param.schema)
        if problem:
            at, _, message = problem.partition(": ")
            raise StubError("parameter", f"{param.location} parameter {param.name!r}"
                                         f"{'' if at == '/' else ' ' + at}: {message}")
        out.setdefault(param.location, {})[param.name] = value
    return out
