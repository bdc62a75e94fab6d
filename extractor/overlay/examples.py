"""An example value walked against its schema in the spec: where each key's schema is,
which values have another JSON type than their schema says, which keys no schema has."""
from __future__ import annotations

from dataclasses import dataclass, field

JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
              (list, "array"), (dict, "object"))


def json_type(value) -> str:
    return next((name for cls, name in JSON_TYPES if isinstance(value, cls)), "null")


def infer_schema(value) -> dict:
    """The plainest schema an example value shows (`{}` for null: any type)."""
    t = json_type(value)
    if t == "null":
        return {}
    if t == "array":
        return {"type": "array", "items": infer_schema(value[0]) if value else {}}
    if t == "object":
        return {"type": "object", "properties": {k: infer_schema(v) for k, v in value.items()}}
    return {"type": t}


@dataclass
class Walk:
    """What one example showed. Paths are key tuples with array levels left out."""

    schemas: dict[tuple, tuple] = field(default_factory=dict)      # value path -> schema loc
    types: list[tuple[tuple, object]] = field(default_factory=list)  # (schema loc, value)
    keys: list[tuple[tuple, str, object, tuple]] = field(default_factory=list)
    # (location of the object schema's `properties`, key, value, value path)


def resolve(doc: dict, schema, loc: tuple) -> tuple[dict, tuple]:
    """Follow `$ref`, a single `allOf`, and a nullable `anyOf` to the schema that says it."""
    for _ in range(32):
        if not isinstance(schema, dict):
            return {}, loc
        if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
            loc = tuple(p.replace("~1", "/").replace("~0", "~")
                        for p in schema["$ref"][2:].split("/"))
            schema = _get(doc, loc)
            continue
        for key in ("allOf", "anyOf", "oneOf"):
            alts = schema.get(key)
            if isinstance(alts, list) and "properties" not in schema and "type" not in schema:
                real = [i for i, a in enumerate(alts) if a != {"type": "null"}]
                if len(real) == 1:
                    loc, schema = loc + (key, real[0]), alts[real[0]]
                    break
        else:
            return schema, loc
    return schema, loc


def _get(doc, loc: tuple):
    node = doc
    for key in loc:
        if not isinstance(node, (dict, list)):
            return {}
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return {}
    return node


def walk_example(doc: dict, schema_loc: tuple, value) -> Walk:
    out = Walk()
    _walk(doc, _get(doc, schema_loc), schema_loc, value, (), out, 0)
    return out


def _walk(doc, schema, loc, value, vpath, out: Walk, depth: int) -> None:
    schema, loc = resolve(doc, schema, loc)
    out.schemas.setdefault(vpath, loc)
    if value is None or depth > 40 or not schema:
        return
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared] if declared else []
    actual = json_type(value)
    if types and actual not in types and not (actual == "integer" and "number" in types) \
            and "enum" not in schema:
        out.types.append((loc, value))
        return
    if isinstance(value, list):
        for item in value:
            _walk(doc, schema.get("items"), loc + ("items",), item, vpath, out, depth + 1)
    elif isinstance(value, dict):
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, sub in value.items():
            if isinstance(props, dict) and key in props:
                _walk(doc, props[key], loc + ("properties", key), sub, vpath + (key,), out,
                      depth + 1)
            elif isinstance(extra, dict):
                _walk(doc, extra, loc + ("additionalProperties",), sub, vpath + (key,), out,
                      depth + 1)
            elif isinstance(props, dict) and extra is None:
                out.keys.append((loc + ("properties",), key, sub, vpath + (key,)))
