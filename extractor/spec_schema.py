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

SEMANTIC_RULES = ("operation-operationId", "operation-operationId-unique", "path-params")


@lru_cache(maxsize=2)
def _validator(version: str):
    import jsonschema_rs
    # find the package's folder without importing it (its import takes longer than the check)
    spec = importlib.util.find_spec("openapi_spec_validator")
    folder = Path(next(iter(spec.submodule_search_locations)))
    ref = folder / "resources" / "schemas" / version / "schema.json"
    return jsonschema_rs.validator_for(json.loads(ref.read_text(encoding="utf-8")))


def spec_errors(doc: dict) -> list[str]:
    """What makes `doc` not a valid OpenAPI document (empty when it is valid)."""
    from .lint import RULES
    version = "v3.1" if str(doc.get("openapi", "")).startswith("3.1") else "v3.0"
    errors = [f"{'/'.join(map(str, e.instance_path))}: {e.message}"
              for e in _validator(version).iter_errors(doc)]
    for rule_id, _severity, check in RULES:
        if rule_id in SEMANTIC_RULES:
            errors += [f"{where}: {message}" for where, message in check(doc)]
    return errors
