"""Mock responses: the document's example for the documented success status when it
is valid against its schema (``x-valid``), else a value synthesized from the schema.

``Prefer: code=404`` picks another documented status (an undocumented one is
answered by the caller in the error format, with a ``Warning``), ``Prefer: example=name``
a named example (of any status, or of ``code`` if both are given), ``Prefer:
dynamic=true`` a freshly synthesized body (different on every request) instead of
the example. Where several
operations share one method and path (``x-variants``), the examples and status of
the dispatched variant are preferred (matched by their ``x-source`` section).
"""
from __future__ import annotations

import json
import re

from .errors import StubError
from .handlers import MockReply, Reply, json_bytes
from .schemas import Schemas
from .spec import Operation, Target, follow, is_json, lookup, pointer
from .synth import synthesize

STATUS_RE = re.compile(r"^[1-5](\d\d|XX)$")
TOKEN_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def parse_prefer(values: list[str]) -> dict[str, str]:
    """RFC 7240 preferences (``code=404, example=foo``) as a dict; first one wins."""
    out: dict[str, str] = {}
    for value in values:
        for part in re.split(r"[,;]", value):
            key, _, val = part.strip().partition("=")
            key = key.strip().lower()
            if key and key not in out:
                out[key] = val.strip().strip('"')
    return out


def _status_number(key: str) -> int:
    return int(key.replace("XX", "00"))


def _section(node: object) -> str | None:
    source = node.get("x-source") if isinstance(node, dict) else None
    return str(source["section"]) if isinstance(source, dict) and "section" in source else None


class Mocker:
    """Builds (and caches) the mock reply for an operation, variant and Prefer header."""

    def __init__(self, doc: dict, schemas: Schemas, *, seed: int = 0):
        self.doc = doc
        self.schemas = schemas
        self.seed = seed
        self._dynamic = 0
        self._cache: dict[tuple, tuple[int, str | None, bytes | None, dict]] = {}
        self._success: dict[tuple[str, str], str | None] = {}

    def documents(self, op: Operation, code: str) -> bool:
        """Whether ``op`` documents status ``code`` (exactly, as ``NXX`` or by ``default``)."""
        responses = self._responses(op)
        return any(k in responses for k in (code, f"{code[:1]}XX", "default"))

    def reply(self, op: Operation, target: Target, prefer: dict[str, str]) -> Reply:
        """A fresh Reply (safe to modify) with the mock for this request."""
        code, example = prefer.get("code"), prefer.get("example")
        if prefer.get("dynamic", "").lower() == "true":
            self._dynamic += 1
            built = self._build(op, target, code, example, dynamic=self._dynamic)
        else:
            key = (op.pointer, target.operation_id, code, example)
            built = self._cache.get(key)
            if built is None:
                built = self._cache[key] = self._build(op, target, code, example)
        status, media, raw, headers = built
        decode = json.loads if is_json(media or "") else bytes.decode
        return MockReply(status, raw, dict(headers), media or "application/json", decode)

    # -- building -----------------------------------------------------------------------

    def _responses(self, op: Operation) -> dict:
        responses = op.spec.get("responses")
        return responses if isinstance(responses, dict) else {}

    def success_status(self, op: Operation, target: Target) -> str | None:
        """The documented success status key for a target (lowest 2xx, else 3xx); for a
        variant, the one its own examples show, else one no other variant's examples claim."""
        key = (op.pointer, target.operation_id)
        if key not in self._success:
            self._success[key] = self._success_status(op, target)
        return self._success[key]

    def _success_status(self, op: Operation, target: Target) -> str | None:
        keys = [k for k in self._responses(op) if STATUS_RE.match(str(k))]
        ok = sorted((k for k in keys if 200 <= _status_number(k) < 400), key=_status_number)
        if len(op.targets) > 1 and target.section:
            own = [k for k in ok if target.section in self._sections(op, k)]
            others = {t.section for t in op.targets if t is not target} - {target.section, None}
            free = [k for k in ok if not self._sections(op, k) & others]
            ok = own or free or ok
        if ok:
            return ok[0]
        return "default" if "default" in self._responses(op) else None

    def _sections(self, op: Operation, key: str) -> set[str]:
        node, _ = self._response(op, key)
        found = set()
        for spec in (node.get("content") or {}).values():
            for _name, ex in self._examples(spec):
                if _section(ex):
                    found.add(_section(ex))
        return found

    def _response(self, op: Operation, key: str) -> tuple[dict, str]:
        node, ptr = follow(self.doc, self._responses(op)[key], op.pointer + pointer("responses", key))
        return (node if isinstance(node, dict) else {}), ptr

    def _examples(self, media_spec: object) -> list[tuple[str, dict]]:
        if not isinstance(media_spec, dict):
            return []
        out = []
        examples = media_spec.get("examples")
        for name, raw in (examples.items() if isinstance(examples, dict) else ()):
            node, _ = follow(self.doc, raw, "")
            if isinstance(node, dict):
                out.append((str(name), node))
        if "example" in media_spec:
            out.append(("example", {"value": media_spec["example"]}))
        return out

    def _find_example(self, op: Operation, name: str, code: str | None) -> str:
        keys = [code] if code else list(self._responses(op))
        for key in keys:
            node, _ = self._response(op, key)
            for spec in (node.get("content") or {}).values():
                if any(n == name for n, _ in self._examples(spec)):
                    return key
        names = sorted({n for k in self._responses(op) for spec in
                        (self._response(op, k)[0].get("content") or {}).values()
                        for n, _ in self._examples(spec)})
        raise StubError("prefer", f"Prefer: no example named {name[:80]!r}"
                        + (f" for status {code}" if code else "")
                        + f" in {op.label}; examples: {', '.join(names) or 'none'}")

    def _key_for_code(self, op: Operation, code: str) -> str:
        if not re.fullmatch(r"[2-5]\d\d", code):
            raise StubError("prefer", f"Prefer: code must be an HTTP status from 200 to 599, "
                                      f"got {code[:40]!r}")
        responses = self._responses(op)
        for key in (code, f"{code[0]}XX", "default"):
            if key in responses:
                return key
        raise StubError("prefer", f"Prefer: status {code} is not documented for {op.label}; "
                                  f"documented: {', '.join(map(str, responses)) or 'none'}")

    def _build(self, op: Operation, target: Target, code: str | None, example: str | None,
               dynamic: int = 0):
        applied = {}
        if code:
            key = self._key_for_code(op, code)
            applied["code"] = code
        elif example:
            key = self._find_example(op, example, None)
        else:
            key = self.success_status(op, target)
        if key is None:
            return 200, None, None, {}
        status = int(code) if code else (_status_number(key) if key != "default" else 200)
        node, ptr = self._response(op, key)
        headers = self._headers(node, target)
        content = node.get("content") if isinstance(node.get("content"), dict) else {}
        media = next((m for m in content if is_json(m)), next(iter(content), None))
        if media is None:
            if example:
                self._find_example(op, example, key)
            return status, None, None, headers
        schema_ptr = ptr + pointer("content", media, "schema") \
            if isinstance(content[media], dict) and "schema" in content[media] else None
        if example:
            value = self._named(op, content, example, key)
            applied["example"] = example
        elif dynamic and schema_ptr is not None:
            value = self._synthesized(self._own(op, target, schema_ptr), f"dynamic/{dynamic}")
            applied["dynamic"] = "true"
        else:
            value = self._chosen(op, target, content[media], schema_ptr)
        if applied:
            headers["Preference-Applied"] = ", ".join(f"{k}={v}" for k, v in applied.items())
        if is_json(media) or not isinstance(value, str):
            raw = json_bytes(value)
        else:
            raw = value.encode("utf-8", "replace")
        return status, media, raw, headers

    def _named(self, op: Operation, content: dict, name: str, key: str) -> object:
        for spec in content.values():
            for n, ex in self._examples(spec):
                if n == name:
                    if "value" not in ex:
                        raise StubError("prefer", f"Prefer: example {name!r} has no readable value "
                                                  "in the document (see its x-raw)")
                    return ex["value"]
        return self._find_example(op, name, key)  # raises with the list of names

    def _chosen(self, op: Operation, target: Target, media_spec: dict, schema_ptr: str | None):
        examples = [(n, e) for n, e in self._examples(media_spec) if "value" in e]
        if len(op.targets) > 1:  # the variant's own examples, then unclaimed ones, then any
            others = {t.section for t in op.targets if t is not target} - {target.section, None}
            own = [x for x in examples if target.section and _section(x[1]) == target.section]
            free = [x for x in examples if x not in own and _section(x[1]) not in others]
            examples = own + free + [x for x in examples if x not in own and x not in free]
        for _name, ex in examples:
            valid = ex.get("x-valid")
            if valid is True or (valid is None and self.schemas.is_valid(schema_ptr, ex["value"])):
                return ex["value"]
        if schema_ptr is None:
            return {}
        return self._synthesized(self._own(op, target, schema_ptr), "")

    def _own(self, op: Operation, target: Target, schema_ptr: str) -> str:
        """For a variant, the ``anyOf``/``oneOf`` alternative its own section defines (by
        ``x-source``), so a synthesized body is the variant's; else the schema itself."""
        schema = lookup(self.doc, schema_ptr)
        if len(op.targets) < 2 or not target.section or not isinstance(schema, dict):
            return schema_ptr
        for key in ("anyOf", "oneOf"):
            alternatives = schema.get(key)
            for i, alt in enumerate(alternatives if isinstance(alternatives, list) else ()):
                node, ptr = follow(self.doc, alt, schema_ptr + pointer(key, i))
                if _section(node) == target.section:
                    return ptr
        return schema_ptr

    def _synthesized(self, schema_ptr: str, salt: str) -> object:
        schema = lookup(self.doc, schema_ptr)
        value = synthesize(self.doc, schema, full=True, seed=self.seed, salt=salt)
        if not self.schemas.is_valid(schema_ptr, value):
            value = synthesize(self.doc, schema, full=False, seed=self.seed, salt=salt)
        return value

    def _headers(self, node: dict, target: Target) -> dict[str, str]:
        """Synthesized values of the response's documented headers: the required ones and
        those the dispatched operation or variant documents itself (by ``x-source``)."""
        out = {}
        headers = node.get("headers") if isinstance(node.get("headers"), dict) else {}
        for name, raw in headers.items():
            spec, _ = follow(self.doc, raw, "")
            if not isinstance(spec, dict):
                continue
            own = target.section is not None and _section(spec) == target.section
            if (spec.get("required") or own) and TOKEN_RE.match(str(name)) \
                    and str(name).lower() not in ("content-type", "content-length"):
                value = synthesize(self.doc, spec.get("schema", {}), full=False, name=str(name))
                text = value if isinstance(value, str) else json.dumps(value)
                if text.isascii() and text.isprintable():
                    out[str(name)] = text
        return out
