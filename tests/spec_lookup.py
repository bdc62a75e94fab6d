"""Names looked up in the committed spec, so tests say "the operation for POST /v2.1/...
cloudvolumes" instead of typing operationIds, client method or model names. No tests here."""
from __future__ import annotations

import functools
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "evs.openapi.json"


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def node(method: str, path: str, section: str | None = None, doc: dict | None = None) -> dict:
    """The operation at method + path, or its variant from the given manual section."""
    op = (doc or _spec())["paths"][path][method.lower()]
    if section is None:
        return op
    for v in op.get("x-variants") or [op]:
        if v["x-source"]["section"] == section:
            return v
    raise KeyError(f"{method} {path}: no variant from section {section}")


def variant_by_key(method: str, path: str, key: str, deprecated: bool | None = None,
                   doc: dict | None = None) -> dict:
    """The variant of method + path selected by a body key (``os-extend``)."""
    op = (doc or _spec())["paths"][path][method.lower()]
    hits = [v for v in op["x-variants"] if v.get("key") == key
            and (deprecated is None or bool(v.get("deprecated")) == deprecated)]
    assert len(hits) == 1, (method, path, key, hits)
    return hits[0]


def op_id(method: str, path: str, section: str | None = None, doc: dict | None = None) -> str:
    return node(method, path, section, doc)["operationId"]


def method_name(operation_id: str) -> str:
    """The generated client's (and stub's) method name for an operationId."""
    from extractor.generate.client.names import METHOD_AVOID, identifier
    return identifier(operation_id, "op", METHOD_AVOID)


def call_name(method: str, path: str, section: str | None = None) -> str:
    return method_name(op_id(method, path, section))


def body_model(method: str, path: str, section: str | None = None,
               doc: dict | None = None) -> str:
    """The component name of the request body (a variant's own body where given)."""
    doc = doc or _spec()
    n = node(method, path, section, doc)
    ref = n.get("requestBody", {}).get("$ref") if section else None
    if ref is None:
        schema = n["requestBody"]["content"]["application/json"]["schema"]
        ref = schema["$ref"]
    return ref.split("/")[-1]


def model_class(component: str) -> str:
    """The client's class name for a component schema."""
    from extractor.generate.client.names import class_identifier
    return class_identifier(component, "Model")
