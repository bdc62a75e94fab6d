"""Validate the OpenAPI document and every example in it against its schema."""
from __future__ import annotations

from typing import Iterator

from .findings import Findings

# The validator libraries are imported where they are used: importing them takes longer
# than `build` has for everything (the fast example check, example_check.py, needs them
# only for what it cannot word itself).

DOC_URI = "urn:doc2spec:spec"


def spec_errors(doc: dict) -> list[str]:
    """openapi-spec-validator's complaints about the document (empty when valid)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    cls = OpenAPIV31SpecValidator if doc["openapi"].startswith("3.1") else OpenAPIV30SpecValidator
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in cls(doc).iter_errors()]


INVALID_EXAMPLES = "x-invalid-examples"


def iter_media_examples(doc: dict) -> Iterator[tuple[str, dict, dict, dict]]:
    """(where, operation, media type object, example object) for every example of the manual:
    the published Example Objects and those kept under ``x-invalid-examples``."""
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            body = op.get("requestBody", {}).get("content", {})
            for mt, media in body.items():
                for name, ex in _examples_of(media):
                    yield f"{method.upper()} {path} request {name}", op, media, ex
            for status, resp in op["responses"].items():
                for mt, media in resp.get("content", {}).items():
                    for name, ex in _examples_of(media):
                        yield f"{method.upper()} {path} {status} {name}", op, media, ex


def _examples_of(media: dict) -> list[tuple[str, dict]]:
    return [*media.get("examples", {}).items(), *media.get(INVALID_EXAMPLES, {}).items()]


class ExampleChecker:
    """Validates values against schemas of one document, resolving its $refs."""

    def __init__(self, doc: dict):
        from openapi_schema_validator import OAS30Validator, OAS31Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
        self.doc = doc
        self.cls = OAS31Validator if doc["openapi"].startswith("3.1") else OAS30Validator
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(DOC_URI, resource)

    def errors(self, schema: dict, value) -> list[str]:
        v = self.cls(_rebase(schema), registry=self.registry)
        out = []
        for e in sorted(v.iter_errors(value), key=lambda e: list(e.absolute_path)):
            where = "/".join(map(str, e.absolute_path)) or "(root)"
            out.append(f"{where}: {_message(e)}")
        return out


def _message(e) -> str:
    """The validator's message; for members a closed object does not allow, a sorted list
    (jsonschema lists them in set order, which varies between runs)."""
    if e.validator == "additionalProperties" and isinstance(e.instance, dict):
        return members_message(e.instance, e.schema)
    return e.message


def members_message(instance: dict, schema) -> str:
    """The members of `instance` that a closed object `schema` does not name, sorted."""
    known = set((schema.get("properties") or {}) if isinstance(schema, dict) else ())
    extra = sorted(k for k in instance if k not in known)
    return "members no table documents: " + ", ".join(repr(k) for k in extra)


def _rebase(schema):
    """Point local $refs at the registered document."""
    if isinstance(schema, dict):
        return {k: (DOC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#")
                    else {m: DOC_URI + r if r.startswith("#") else r for m, r in v.items()}
                    if k == "mapping" and isinstance(v, dict) else _rebase(v))
                for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def closed(doc: dict) -> dict:
    """A copy of the document whose object schemas with properties admit no other members
    (what linters such as Redocly check examples against)."""
    return {**doc, "paths": close(doc.get("paths", {})),
            "components": close(doc.get("components", {}))}


def close(node):
    """A copy of `node` (a schema, or a part of a document) whose object schemas with
    properties admit no other members."""
    if isinstance(node, dict):      # (a scalar is itself: taken without a call)
        out = {k: close(v) if isinstance(v, (dict, list)) else v for k, v in node.items()}
        if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [close(v) if isinstance(v, (dict, list)) else v for v in node]
    return node


NON_MONOTONE = ("oneOf", "not")


def component_name(ref, schemas: dict) -> str | None:
    """The component schema a $ref names (`#/components/schemas/Name`, one of `schemas`),
    or None for any other target."""
    prefix = "#/components/schemas/"
    if not isinstance(ref, str) or not ref.startswith(prefix):
        return None
    name = ref[len(prefix):]
    return name if "/" not in name and name in schemas else None


class Avoids:
    """Whether a schema reaches (through its $refs) none of the keywords `keys`.

    With NON_MONOTONE: a value that the schema's closed copy accepts is then accepted by
    the schema itself, since closing only adds constraints and every other keyword
    accepts less when its subschemas do."""

    def __init__(self, doc: dict, keys: tuple[str, ...]):
        self.schemas = doc.get("components", {}).get("schemas", {})
        self.keys = frozenset(keys)
        self.memo: dict[str, bool] = {}          # schema name -> its answer, final
        self.own: dict[str, tuple] = {}          # schema name -> _scan of its own tree

    def __call__(self, node) -> bool:
        holds, refs = self._scan(node)
        return not holds and all(self._ref(ref) for ref in refs)

    def _scan(self, node) -> tuple[bool, list]:
        """(whether the tree itself holds a key, the $refs in it), not following them."""
        keys = self.keys
        refs = []
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, dict):
                if not keys.isdisjoint(n):
                    return True, refs
                ref = n.get("$ref")
                if isinstance(ref, str):
                    refs.append(ref)
                stack.extend(n.values())   # a member named like a key only costs the shortcut
            elif isinstance(n, list):
                stack.extend(n)
        return False, refs

    def _name(self, ref: str) -> str | None:
        return component_name(ref, self.schemas)

    def _ref(self, ref: str) -> bool:
        """Whether no schema reachable from `ref` holds a key: a walk over every schema it
        reaches, so a cycle gives each schema on it the whole cycle's answer (a schema
        first met inside a cycle is never settled from a partial walk)."""
        start = self._name(ref)
        if start is None:
            return False                        # a target this check does not follow
        if start in self.memo:
            return self.memo[start]
        seen, todo = {start}, [start]
        while todo:
            name = todo.pop()
            if self.memo.get(name) is True:     # all it reaches is clear
                continue
            if name not in self.own:
                self.own[name] = self._scan(self.schemas[name])
            holds, refs = self.own[name]
            if holds or self.memo.get(name) is False:
                self.memo[start] = False
                return False
            for r in refs:
                nxt = self._name(r)
                if nxt is None:
                    self.memo[start] = False
                    return False
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        for name in seen:                       # each reaches a subset of what start reaches
            self.memo[name] = True
        return True


def check_examples(doc: dict, findings: Findings, checker=None) -> dict:
    """Validate every example; record `x-valid` on it and a finding per mismatch.
    `checker` (default ExampleChecker) has `errors(schema, value) -> [message]`.

    Only an example that validates stays an Example Object under ``examples``: one that
    does not match its schema, could not be read as JSON (no value), or shows members no
    table documents (linters check examples with no other members allowed; the keys are
    findings of reconcile.py) moves to ``x-invalid-examples`` with its finding in
    ``x-finding`` (the site shows it). ``x-valid`` says whether it matches its schema.

    One pass: each example is checked against its closed schema; only one that fails
    there (or whose schema holds `oneOf`/`not`, see Avoids) is checked against the
    schema itself, to tell a mismatch from members no table documents.
    Returns counts: {"examples", "valid", "invalid", "unreadable", "undocumented"}.
    """
    # the closed copy of what $refs point to (the builder's: components); each example's
    # own schema is closed as it is checked
    closed_doc = {**doc, "components": close(doc.get("components", {}))}
    twin = getattr(checker, "closed_twin", None)       # (example_check's: shares its survey)
    if twin is not None:
        strict = twin(closed_doc)
    else:
        strict = (type(checker) if checker is not None else ExampleChecker)(closed_doc)
    opened = {"checker": checker}

    def schema_errors(schema, value):
        if opened["checker"] is None:
            opened["checker"] = ExampleChecker(doc)
        return opened["checker"].errors(schema, value)

    monotone = Avoids(doc, NON_MONOTONE)
    counts = {"examples": 0, "valid": 0, "invalid": 0, "unreadable": 0, "undocumented": 0}
    moves: list[tuple[dict, str, dict]] = []
    for where, op, media, ex in iter_media_examples(doc):
        counts["examples"] += 1
        src = ex.get("x-source", {})
        name = where.rsplit(" ", 1)[1]
        if "value" not in ex:
            counts["unreadable"] += 1
            ex["x-valid"] = False
            ex["x-finding"] = "example-unreadable: " + ex.get("description", "")
            moves.append((media, name, ex))
            continue
        schema = media.get("schema")
        extra = strict.errors(close(schema), ex["value"]) if schema else []
        errs = schema_errors(schema, ex["value"]) if extra or (
            schema and not monotone(schema)) else []
        ex["x-valid"] = not errs
        if errs:
            counts["invalid"] += 1
            from .blocks import Loc
            loc = Loc(line=src.get("line"), page=src.get("page"))
            shown = "; ".join(errs[:3]) + (f"; … {len(errs) - 3} more" if len(errs) > 3 else "")
            message = f"{where}: the example does not match the schema: {shown}"
            findings.add("example-schema-mismatch", "warning", message,
                         section=src.get("section"), loc=loc)
            ex["x-finding"] = "example-schema-mismatch: " + message
            moves.append((media, name, ex))
        else:
            counts["valid"] += 1
            if extra:       # valid, but with members no table documents: not published
                counts["undocumented"] += 1
                shown = "; ".join(extra[:3]) + (f"; … {len(extra) - 3} more"
                                                if len(extra) > 3 else "")
                ex["x-finding"] = f"example-undocumented-key: {where}: {shown}"
                moves.append((media, name, ex))
    for media, name, ex in moves:
        if name in media.get("examples", {}):
            del media["examples"][name]
            media.setdefault(INVALID_EXAMPLES, {})[name] = ex
            if not media["examples"]:
                del media["examples"]
    return counts
