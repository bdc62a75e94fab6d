"""Examples against their schemas, fast: jsonschema-rs decides, in openapi-schema-validator's words.

`build` checks every example of the spec against its schema. openapi-schema-validator
(validate.ExampleChecker) is the reference, but importing it costs more than the rest of
`build`. This checker validates an OAS 3.0 document's examples with jsonschema-rs (draft 4,
the dialect OAS 3.0 schemas extend) and words the errors as the reference does:

- `nullable: true` lets null through the `type` keyword of its own schema object only;
  a null elsewhere gives `None for not nullable` before the type error (OAS 3.0.3);
- `type`, `enum` and `required` errors take the reference's wording, and so do members a
  closed object does not allow (`additionalProperties: false`, validate._message);
- errors sort by instance path, then by keyword order in the schema, as the reference's do.

Any other kind of error (oneOf, anyOf, additionalProperties ...), and OAS 3.1 documents,
are handed to the reference checker, so the result is the reference's in every case.
"""
from __future__ import annotations

from .validate import DOC_URI, ExampleChecker, _rebase, members_message

WORDED = ("Type", "Enum", "Required", "AdditionalProperties")


class FastExampleChecker:
    """`errors(schema, value)` like validate.ExampleChecker's, for OAS 3.0 documents."""

    def __init__(self, doc: dict):
        self.doc = doc
        self._reference: ExampleChecker | None = None
        self.oas30 = not str(doc.get("openapi", "")).startswith("3.1")
        if self.oas30:
            import jsonschema_rs
            self._rs = jsonschema_rs
            # the document without its paths: $refs point into components (a $ref this
            # leaves unresolved sends that example to the reference checker)
            self.registry = jsonschema_rs.Registry(
                [(DOC_URI, {k: v for k, v in doc.items() if k != "paths"})])

    @property
    def reference(self) -> ExampleChecker:
        if self._reference is None:
            self._reference = ExampleChecker(self.doc)
        return self._reference

    def errors(self, schema: dict, value) -> list[str]:
        if not self.oas30:
            return self.reference.errors(schema, value)
        try:
            v = self._rs.Draft4Validator(_rebase(schema), registry=self.registry,
                                         validate_formats=False)
            found = list(v.iter_errors(value))
        except (ValueError, self._rs.ReferencingError):
            return self.reference.errors(schema, value)
        if any(type(e.kind).__name__ not in WORDED for e in found):
            return self.reference.errors(schema, value)
        out = []
        for e in found:
            path = list(e.instance_path)
            keyword_schema = self._at(list(e.schema_path)[:-1], schema)
            keyword = list(e.schema_path)[-1] if list(e.schema_path) else ""
            if keyword_schema is None or keyword not in keyword_schema or (
                    keyword == "additionalProperties" and "patternProperties" in keyword_schema):
                return self.reference.errors(schema, value)
            instance = _at_path(value, path)
            for message in _worded(keyword, keyword_schema, instance, e.kind):
                out.append((path, self._order(list(e.schema_path), schema), message))
        out.sort(key=lambda x: (x[0], x[1]))
        return [f"{'/'.join(map(str, path)) or '(root)'}: {message}" for path, _, message in out]

    def _at(self, pointer: list, schema: dict):
        """The schema object a schema path leads to: from the document root when it names
        one of its parts (jsonschema-rs reports the location behind a $ref), else from the
        example's own schema."""
        node = self.doc if pointer and pointer[0] in self.doc else schema
        for part in pointer:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return None
        return node if isinstance(node, dict) else None

    def _order(self, pointer: list, schema: dict) -> list:
        """The schema path as key positions, so ties sort in the schema's keyword order."""
        node = self.doc if pointer and pointer[0] in self.doc else schema
        ranks = []
        for part in pointer:
            if isinstance(node, dict):
                ranks.append(list(node).index(part) if part in node else len(node))
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int):
                ranks.append(part)
                node = node[part] if part < len(node) else None
            else:
                ranks.append(0)
        return ranks


def _at_path(value, path: list):
    for part in path:
        value = value[part]
    return value


def _worded(keyword: str, schema: dict, instance, kind) -> list[str]:
    """The reference's messages for one failed keyword (openapi-schema-validator's OAS 3.0
    `type`, jsonschema's `enum` and `required`, validate._message's closed objects)."""
    if keyword == "type":
        if instance is None and schema.get("nullable") is True:
            return []
        return (["None for not nullable"] if instance is None else []) + \
            [f"{instance!r} is not of type {schema['type']!r}"]
    if keyword == "enum":
        return [f"{instance!r} is not one of {schema['enum']!r}"]
    if keyword == "additionalProperties":
        return [members_message(instance, schema)]
    return [f"{kind.property!r} is a required property"]
