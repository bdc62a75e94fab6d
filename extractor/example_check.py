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

- a `oneOf` or `anyOf` of the example's own schema (the builder's variant bodies and
  responses), with or without a `discriminator`, is settled branch by branch with this
  checker and worded as jsonschema and openapi-schema-validator word it.

A schema that reaches a combinator or a discriminator anywhere else (a branch's verdict
there would need OAS 3.0's `nullable`, which jsonschema-rs does not know), any other kind
of error, and OAS 3.1 documents are handed to the reference checker, so the result is the
reference's in every case.
"""
from __future__ import annotations

from .validate import DOC_URI, Avoids, ExampleChecker, _rebase, component_name, members_message

WORDED = ("Type", "Enum", "Required", "AdditionalProperties")
# keywords whose verdicts this checker does not take from jsonschema-rs below the root
COMBINING = ("oneOf", "anyOf", "not", "discriminator")
# what a root combinator may stand beside (annotations every validator ignores)
ANNOTATIONS = ("description", "title")
SCHEMAS = "#/components/schemas/"


class FastExampleChecker:
    """`errors(schema, value)` like validate.ExampleChecker's, for OAS 3.0 documents."""

    def __init__(self, doc: dict, *, plain: Avoids | None = None):
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
            self.plain = plain if plain is not None else Avoids(doc, COMBINING)
            self._validators: dict[str, object] = {}

    def closed_twin(self, closed_doc: dict) -> FastExampleChecker:
        """A checker of `closed_doc` (this document with its object schemas closed,
        validate.close) sharing this one's survey of combinators: closing only adds
        `additionalProperties: false`, so a closed schema reaches the same keywords, in the
        same order, as the schema it was made from."""
        return FastExampleChecker(closed_doc, plain=self.plain if self.oas30 else None)

    @property
    def reference(self) -> ExampleChecker:
        if self._reference is None:
            self._reference = ExampleChecker(self.doc)
        return self._reference

    def errors(self, schema: dict, value) -> list[str]:
        if not self.oas30:
            return self.reference.errors(schema, value)
        if _combinator(schema):
            out = self._combined(schema, value)
            return self.reference.errors(schema, value) if out is None else out
        if not self.plain(schema):
            return self.reference.errors(schema, value)
        try:
            found = list(self._validator(schema).iter_errors(value))
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

    def _validator(self, schema: dict):
        """jsonschema-rs's validator for `schema`, one per `$ref` target (the schemas a
        combinator's branches and most examples name)."""
        ref = schema.get("$ref") if len(schema) == 1 else None
        v = self._validators.get(ref) if isinstance(ref, str) else None
        if v is None:
            v = self._rs.Draft4Validator(_rebase(schema), registry=self.registry,
                                         validate_formats=False)
            if isinstance(ref, str):
                self._validators[ref] = v
        return v

    def _combined(self, schema: dict, value) -> list[str] | None:
        """A root `oneOf`/`anyOf` as openapi-schema-validator settles it (None: a shape
        this checker leaves to the reference)."""
        key = "oneOf" if "oneOf" in schema else "anyOf"
        branches = schema[key]
        if not isinstance(branches, list) or not all(isinstance(b, dict) for b in branches):
            return None
        if "discriminator" in schema:
            return self._discriminated(schema["discriminator"], value)
        valid = (j for j, b in enumerate(branches) if not self.errors(b, value))
        first = next(valid, None)
        if first is None:
            return [f"(root): {value!r} is not valid under any of the given schemas"]
        if key == "anyOf":
            return []
        more = list(valid)      # jsonschema: the later valid branches, then the first
        if not more:
            return []
        shown = ", ".join(repr(_rebase(branches[j])) for j in [*more, first])
        return [f"(root): {value!r} is valid under each of {shown}"]

    def _discriminated(self, discriminator, value) -> list[str] | None:
        """openapi-schema-validator's discriminator: the errors of the branch the
        discriminating property names."""
        if not isinstance(discriminator, dict) or not isinstance(
                discriminator.get("propertyName"), str):
            return None
        prop = discriminator["propertyName"]
        if not isinstance(value, dict):
            return [f"(root): {value!r} is not of type 'object'"]
        named = value.get(prop)
        if not named:
            return [f"(root): {value!r} does not contain discriminating property {prop!r}"]
        mapping = discriminator.get("mapping", {})
        if not isinstance(mapping, dict) or isinstance(named, (dict, list)):
            return None
        ref = mapping.get(named)
        if not ref:
            # the implicit target is a local $ref read from the example's own schema,
            # which has no base to resolve it against
            ref = f"{SCHEMAS}{named}"
            return [f"(root): {value!r} reference {ref!r} could not be resolved"]
        if component_name(ref, self.doc.get("components", {}).get("schemas", {})) is None:
            return None
        return self.errors({"$ref": ref}, value)

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


def _combinator(schema) -> bool:
    """A root `oneOf` or `anyOf` (one of them) with at most a discriminator and
    annotations beside it."""
    return isinstance(schema, dict) and ("oneOf" in schema) != ("anyOf" in schema) and all(
        k in ("oneOf", "anyOf", "discriminator", *ANNOTATIONS) for k in schema)


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
