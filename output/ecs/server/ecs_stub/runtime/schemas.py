"""JSON-schema validation of values against schemas of the shipped document.

A compiled check (``precheck.py``) passes the valid values of the schemas it covers;
the validator checks the rest and says what is wrong.

A schema is named by its JSON pointer in the document, so references inside it
(``#/components/schemas/...``) resolve against the whole document. OpenAPI 3.0
documents validate with ``OAS30Validator`` (``nullable`` and friends), 3.1 ones
with ``OAS31Validator``. The validator libraries are imported on first use, not at
startup (openapi_schema_validator alone takes about 0.25 s to import).
"""
from __future__ import annotations

import logging
from urllib.parse import quote

from .precheck import Precheck
from .values import fits

LOG = logging.getLogger(__name__)
DOC_URI = "urn:stub:openapi"
MAX_MESSAGE = 300
# Keywords a scalar schema may have and still be checked by ``values.fits`` alone.
SIMPLE_KEYS = {"type", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern",
               "format", "description", "default", "example", "title", "deprecated"}
SCALARS = {"string", "integer", "number", "boolean"}


def is_simple(schema: object) -> bool:
    """A scalar schema whose every keyword ``values.fits`` checks (or that asserts nothing)."""
    return isinstance(schema, dict) and schema.get("type") in SCALARS and \
        all(k in SIMPLE_KEYS or k.startswith("x-") for k in schema)


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"


def where(path: object) -> str:
    """A JSON pointer for an error location: ("volume", "size") -> "/volume/size"."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


class Schemas:
    """Validators for schemas of one document, built on first use and cached."""

    def __init__(self, doc: dict):
        self._doc = doc
        self._cls = self._registry = None
        self._cache: dict[str, object] = {}
        self.precheck = Precheck(doc)

    def _load(self) -> None:
        from openapi_schema_validator import OAS30Validator, OAS31Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4, DRAFT202012

        v31 = str(self._doc.get("openapi", "3.0")).startswith("3.1")
        spec = DRAFT202012 if v31 else DRAFT4
        self._registry = Registry().with_resource(
            DOC_URI, Resource(contents=self._doc, specification=spec))
        self._cls = OAS31Validator if v31 else OAS30Validator

    def validator(self, ptr: str):
        v = self._cache.get(ptr)
        if v is None:
            if self._cls is None:
                self._load()
            ref = f"{DOC_URI}#{quote(ptr, safe='/~')}"
            v = self._cls({"$ref": ref}, registry=self._registry)
            self._cache[ptr] = v
        return v

    def problem(self, ptr: str | None, value: object, schema: object = None) -> str | None:
        """None if ``value`` is valid against the schema at ``ptr``, else a one-line reason.

        ``schema``, the (resolved) schema at ``ptr`` if the caller has it, lets a simple
        scalar schema be checked without the validator when the value fits. A schema
        that cannot be evaluated (an unresolvable reference, a bad pattern) counts as
        valid: the stub is liberal rather than failing the request.
        """
        if ptr is None:
            return None
        if schema is not None and is_simple(schema) and fits(schema, value):
            return None
        check = self.precheck.at(ptr)
        if check is not None:
            try:
                if check(value):
                    return None
            except Exception:  # noqa: BLE001 - the validator decides (and explains)
                pass
        from jsonschema.exceptions import best_match

        try:
            error = best_match(self.validator(ptr).iter_errors(value))
        except Exception as exc:  # noqa: BLE001 - a broken schema must not fail requests
            LOG.warning("schema at %s cannot be evaluated: %s", ptr, exc)
            return None
        if error is None:
            return None
        at = where(error.absolute_path)
        return _short(f"{at or '/'}: {error.message}")

    def is_valid(self, ptr: str | None, value: object) -> bool:
        return self.problem(ptr, value) is None
