"""`build`'s one validation pass: the document against the official OpenAPI JSON Schema.

The schema files are openapi-spec-validator's own copies of the OAS 3.0 / 3.1 schemas;
jsonschema-rs compiles them and checks the whole 1 MB document in milliseconds. The
semantic rules a schema cannot state (unique operationIds, declared path parameters)
are lint's error rules, run here too. openapi-spec-validator itself
(`validate.spec_errors`) stays the reference the tests hold this check to.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

SEMANTIC_RULES = ("operation-operationId", "operation-operationId-unique", "path-params",
                  "no-unresolved-refs")


@lru_cache(maxsize=2)
def _validator(version: str):
    import jsonschema_rs
    # find the package's folder without importing it (its import takes longer than the check)
    spec = importlib.util.find_spec("openapi_spec_validator")
    folder = Path(next(iter(spec.submodule_search_locations)))
    ref = folder / "resources" / "schemas" / version / "schema.json"
    return jsonschema_rs.validator_for(json.loads(ref.read_text(encoding="utf-8")))


def schema_errors(doc: dict) -> list[tuple[list, str]]:
    """(path, message) for each place `doc` breaks the OpenAPI JSON Schema of its version;
    the path a list of keys and indices. A YAML spec's non-string keys (`200:` reads as an
    integer) are judged as their JSON form, strings."""
    version = "v3.1" if str(doc.get("openapi", "")).startswith("3.1") else "v3.0"
    try:
        found = list(_validator(version).iter_errors(doc))
    except ValueError:                  # jsonschema-rs takes string keys only
        found = list(_validator(version).iter_errors(_json_keys(doc)))
    return [(list(e.instance_path), _named(e.message, e.instance)) for e in found]


_JSON_NAMES = {True: "true", False: "false", None: "null"}


def _json_keys(node):
    if isinstance(node, dict):
        return {k if isinstance(k, str) else _JSON_NAMES[k] if type(k) is bool or k is None
                else str(k): _json_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_json_keys(v) for v in node]
    return node


def _named(message: str, instance) -> str:
    """The message with an object or array it opens with (jsonschema-rs writes the whole
    instance, a schema of kilobytes) named by its kind: `an object is not valid under …`."""
    if not isinstance(instance, (dict, list)) or message[:1] not in "{[":
        return message
    depth, quoted, escaped = 0, False, False
    for i, c in enumerate(message):
        if quoted:
            escaped, quoted = (not escaped and c == "\\"), quoted and (escaped or c != '"')
        elif c == '"':
            quoted = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return ("an object" if isinstance(instance, dict) else "an array") + message[i + 1:]
    return message


def spec_errors(doc: dict) -> list[str]:
    """What makes `doc` not a valid OpenAPI document (empty when it is valid)."""
    from .lint import RULES
    errors = [f"{'/'.join(map(str, path))}: {message}" for path, message in schema_errors(doc)]
    for rule_id, _severity, check in RULES:
        if rule_id in SEMANTIC_RULES:
            errors += [f"{where}: {message}" for where, message in check(doc)]
    return errors
