"""Per-operation parts of the OpenAPI document: parameters, request bodies (variants as a
`oneOf`), responses with examples, IAM, and the helpers they share.

SpecBuilder (openapi.py) builds the document; these methods are its per-operation half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .api.iam import iam_actions
from .api.model import Api, ApiSection, Example
from .naming import camel, literal_segments, path_version, snake_case
from .openapi_headers import response_headers
from .openapi_schemas import SchemaBuilder, _structure_key, source_of

TOKEN_HEADER = "X-Auth-Token"     # the platform's token header (chapter 3 of its manuals)
SKIPPED_HEADERS = ("content-type", "accept", "authorization")

def _pin_action(schema: dict, key: str | None) -> dict:
    """A variant body told apart by ``action=VALUE``: its free-text ``action`` property
    takes that one value, so the variants of a oneOf exclude each other (a discriminator
    alone does not, for validators that ignore it)."""
    prop = schema.get("properties", {}).get("action")
    if not (key and key.startswith("action=") and isinstance(prop, dict)
            and prop.get("type") == "string" and "enum" not in prop):
        return schema
    value = key.split("=", 1)[1]
    return {**schema, "properties": {**schema["properties"],
                                     "action": {**prop, "enum": [value]}}}




@dataclass
class Operation:
    method: str
    path: str
    sections: list[ApiSection]



class OperationParts:
    """The methods of SpecBuilder that build one operation (mixed into it)."""

    def _operation_level_ids(self, ops: list[Operation], ids: dict[str, str]) -> dict[int, str]:
        """The operationId of each operation: its section's; for sections sharing one method
        and path, the words their ids share (``listApiVersions``, which may be one variant's
        own name), else those words and the path's last literal segment
        (``batchVolumeTagsAction``), with the API version where that is still taken.
        Unique among operations and the variants of other operations."""
        out: dict[int, str] = {}
        taken = {snake_case(ids[s.number]) for op in ops for s in op.sections}
        groups = [op for op in ops if len(op.sections) > 1]
        for op in ops:
            if len(op.sections) == 1:
                out[id(op)] = ids[op.sections[0].number]
        base: dict[int, str] = {}
        for op in groups:
            words = [snake_case(ids[s.number]).split("_") for s in op.sections]
            version = path_version(op.path).lower()
            common = [w for w in words[0] if all(w in ws for ws in words[1:]) and w != version]
            if common not in words:         # not one variant's own name: say what it acts on
                literal = literal_segments(op.path)
                tail = re.split(r"[^A-Za-z0-9]+", literal[-1].lower()) if literal else ["root"]
                common += [w for w in tail if w not in common]
            base[id(op)] = camel(common)
        for op in groups:
            own = {snake_case(ids[s.number]) for s in op.sections}
            name = base[id(op)]
            alike = [o for o in groups if base[id(o)] == name]
            if len(alike) > 1 or snake_case(name) in taken - own:
                name += path_version(op.path)
            while snake_case(name) in taken - own:
                name += "Operation"
            taken.add(snake_case(name))
            out[id(op)] = name
        return out

    def operation(self, op: Operation, op_id: str, ids: dict[str, str]) -> tuple[dict, int]:
        first = op.sections[0]
        o: dict = {
            "operationId": op_id,
            "summary": first.base_title if len(op.sections) == 1 else
            " / ".join(dict.fromkeys(s.base_title for s in op.sections)),
            "tags": [self.tag_names[first.tag_number]],
        }
        label = self.constraints_label
        desc = _section_description(first, label) if len(op.sections) == 1 else "\n\n".join(
            f"{s.number} {s.base_title}: {_section_description(s, label)}" for s in op.sections)
        if desc:
            o["description"] = desc
        params: dict[tuple[str, str], dict] = {}
        n_auth = 0
        for s in op.sections:
            n_auth += self.parameters(s, op, params)
        if params:
            o["parameters"] = list(params.values())
        bodies = []
        for s in op.sections:
            if s.request is not None:
                sb = SchemaBuilder(self, s, s.request.models, "request")
                schema = sb.body_schema(s.request)
                if schema is not None:
                    bodies.append((s, schema))
        variants_keys = {s.number: _variant_key(s) for s in op.sections}
        if bodies:
            o["requestBody"] = self.request_body(op, bodies, ids, variants_keys)
        o["responses"] = self.responses(op, ids)
        if all(s.deprecated for s in op.sections):
            o["deprecated"] = True
        o["x-source"] = source_of(first.number, first.title, first.loc)
        o["x-iam"] = _iam(first) if len(op.sections) == 1 else _iam_union(op.sections)
        if len(op.sections) == 1:
            o.update(self._section_extras(first, ids))
        if len(op.sections) > 1:
            o["x-variants"] = [{
                "operationId": ids[s.number],
                "summary": s.base_title,
                "deprecated": s.deprecated,
                "x-source": source_of(s.number, s.title, s.loc),
                "x-iam": _iam(s),
                **({"key": variants_keys[s.number]} if variants_keys[s.number] else {}),
                **({"requestBody": {"$ref": self.variant_refs[s.number]}}
                   if s.number in self.variant_refs else {}),
                **({"description": _section_description(s, self.constraints_label)}
                   if _section_description(s, self.constraints_label) else {}),
                **self._section_extras(s, ids),
            } for s in op.sections]
        samples = [{"lang": c.language, "label": f"{c.language} ({s.number})",
                    "source": c.source} for s in op.sections for c in s.code_samples]
        if samples:
            o["x-codeSamples"] = samples
        return o, n_auth

    def _section_extras(self, s: ApiSection, ids: dict[str, str]) -> dict:
        """`x-replaced-by` for a deprecated section, `x-request-examples` for its request lines."""
        out: dict = {}
        repl = self.replacements.get(s.number)
        if repl is not None:
            out["x-replaced-by"] = {"operationId": ids[repl.number], "section": repl.number,
                                    "summary": repl.base_title}
        lines = []
        for i, ex in enumerate(s.request_examples, 1):
            rl = ex.request_line
            if rl is None:
                continue
            entry = {"method": rl.method or s.method, "path": rl.path,
                     "query": [[k, v] for k, v in rl.query], "line": rl.raw.strip()}
            if ex.title:
                entry["summary"] = ex.title
            if ex.value is not None:
                entry["body"] = f"{ids[s.number]}_{i}"
            entry["x-source"] = {"section": s.number, **ex.loc.as_dict()}
            lines.append(entry)
        if lines:
            out["x-request-examples"] = lines
        return out

    def parameters(self, s: ApiSection, op: Operation, params: dict) -> int:
        n_auth = 0
        sb = SchemaBuilder(self, s, s.request.models if s.request else {}, "request")
        path_names = re.findall(r"\{([^}]+)\}", op.path)
        own_names = re.findall(r"\{([^}]+)\}", s.path)
        rename: dict[str, str] = {}
        for own, name in zip(own_names, path_names):
            rename.setdefault(own, name)
        for where, fields in (("path", s.path_params), ("query", s.query_params),
                              ("header", s.header_params)):
            for f in fields:
                name = rename.get(f.name, f.name) if where == "path" else f.name
                if where == "header":
                    if f.name.lower() == TOKEN_HEADER.lower():
                        n_auth += 1
                        continue
                    if f.name.lower() in SKIPPED_HEADERS:
                        self.findings.add("header-parameter-skipped", "info",
                                          f"header '{f.name}' is set by the HTTP layer; not a "
                                          "parameter in OpenAPI", section=s.number, loc=f.loc)
                        continue
                if where == "path" and name not in path_names:
                    self.findings.add("path-parameter-not-in-path", "error",
                                      f"path parameter '{f.name}' does not occur in {s.path}; "
                                      "left out of the spec", section=s.number, loc=f.loc)
                    continue
                key = (where, name)
                if key in params:
                    continue
                schema = sb.field_schema(f)
                desc = schema.pop("description", None) if "allOf" not in schema else \
                    schema.pop("description", None)
                p = {"name": name, "in": where,
                     "required": True if where == "path" else bool(f.required),
                     "schema": schema}
                if desc:
                    p["description"] = desc
                params[key] = p
        for own, name in zip(own_names, path_names):      # a repeated name's later places
            first = ("path", rename[own])
            if ("path", name) not in params and first in params:
                params[("path", name)] = {**params[first], "name": name}
        for name in path_names:
            if ("path", name) not in params:
                self.findings.add("path-parameter-undocumented", "warning",
                                  f"path parameter '{{{name}}}' of {op.path} has no table row; "
                                  "declared as a string", section=s.number, loc=s.loc)
                params[("path", name)] = {"name": name, "in": "path", "required": True,
                                          "schema": {"type": "string"}}
        return n_auth

    def request_body(self, op: Operation, bodies, ids, variant_keys) -> dict:
        examples = {}
        for s in op.sections:
            for i, ex in enumerate([e for e in s.request_examples if e.state != "none"], 1):
                examples[f"{ids[s.number]}_{i}"] = _example(s, ex)
        required = any(_has_required(schema) for _, schema in bodies)
        if len(bodies) == 1 and len(op.sections) == 1 and list(bodies[0][1]) == ["$ref"]:
            media = {"schema": bodies[0][1]}       # the body is a model table as it stands
        elif len(bodies) == 1 and len(op.sections) == 1:
            s, schema = bodies[0]
            name = self.registry.add(_pascal(ids[s.number]) + "RequestBody", {
                **schema, "x-source": source_of(s.number, s.title, s.request.loc or s.loc)},
                owner=self.owner(s), findings=self.findings, report=False)
            media = {"schema": {"$ref": f"#/components/schemas/{name}"}}
        else:
            refs = []
            mapping = {}
            for s, schema in bodies:
                schema = _pin_action(schema, variant_keys.get(s.number))
                name = self.registry.add(_pascal(ids[s.number]) + "RequestBody", {
                    **schema, "x-source": source_of(s.number, s.title, s.request.loc or s.loc)},
                    owner=self.owner(s), findings=self.findings, report=False)
                ref = f"#/components/schemas/{name}"
                self.variant_refs[s.number] = ref
                if {"$ref": ref} not in refs:
                    refs.append({"$ref": ref})
                key = variant_keys.get(s.number)
                if key and key.startswith("action="):
                    mapping[key.split("=", 1)[1]] = ref
            media = {"schema": {"oneOf": refs}}
            if mapping and len(mapping) == len(refs):
                media["schema"]["discriminator"] = {"propertyName": "action", "mapping": mapping}
        if examples:
            media["examples"] = examples
        return {"required": required, "content": {"application/json": media}}

    def responses(self, op: Operation, ids) -> dict:
        out: dict[str, dict] = {}
        per_status: dict[int, list[tuple[ApiSection, dict | None, str]]] = {}
        for s in op.sections:
            for status in sorted(s.responses):
                r = s.responses[status]
                schema = None
                if r.body is not None:
                    sb = SchemaBuilder(self, s, r.body.models, "response")
                    schema = sb.body_schema(r.body)
                per_status.setdefault(status, []).append((s, schema, r.description))
        for status in sorted(per_status):
            entries = per_status[status]
            desc = next((d for _, _, d in entries if d), "") or _http_description(self.api, status)
            resp: dict = {"description": desc}
            headers = response_headers(self, status, [s for s, _, _ in entries])
            if headers:
                resp["headers"] = headers
            refs = []
            seen_shapes: set[tuple] = set()
            for s, schema, _ in entries:
                if schema is None:
                    continue
                shape = _structure_key(schema)
                if shape in seen_shapes:
                    continue
                seen_shapes.add(shape)
                if list(schema) == ["$ref"]:
                    if schema not in refs:
                        refs.append(schema)
                    continue
                base = "ErrorResponse" if status >= 400 else _pascal(ids[s.number]) + (
                    "Response" if status < 300 else f"Response{status}")
                name = self.registry.add(base, {**schema, "x-source": source_of(
                    s.number, s.title, s.responses[status].body.loc or s.loc)},
                    owner=self.owner(s), findings=self.findings, report=False, shape=shape)
                ref = {"$ref": f"#/components/schemas/{name}"}
                if ref not in refs:
                    refs.append(ref)
            examples = {}
            for s, _, _ in entries:
                exs = [e for e in s.response_examples if e.status == status and e.state != "none"]
                for i, ex in enumerate(exs, 1):
                    examples[f"{ids[s.number]}_{status}_{i}"] = _example(s, ex)
            if refs or examples:
                media: dict = {}
                if refs:
                    media["schema"] = refs[0] if len(refs) == 1 else {"anyOf": refs}
                if examples:
                    media["examples"] = examples
                resp["content"] = {"application/json": media}
            out[str(status)] = resp
        return out

    def fill_missing_responses(self, ops: list[Operation], paths: dict) -> None:
        """An operation the manual gives no response nor status for (nor the error-code
        chapter) gets a `default` response, since OpenAPI wants one at least, and a finding."""
        for op in ops:
            responses = paths[op.path][op.method.lower()]["responses"]
            if responses:
                continue
            first = op.sections[0]
            self.findings.add("responses-missing", "warning",
                              f"{op.method} {op.path}: the manual gives no response and no "
                              "status code; the spec has a default response only",
                              section=first.number, loc=first.loc)
            responses["default"] = {"description": "The manual documents no response."}


def _has_required(schema: dict) -> bool:
    return bool(schema.get("required")) or schema.get("type") == "array" or "$ref" in schema


def _pascal(identifier: str) -> str:
    return identifier[:1].upper() + identifier[1:]


def _section_description(s: ApiSection, label: str) -> str:
    parts = [s.description]
    if s.constraints:
        parts.append(f"{label}: " + s.constraints)
    return "\n\n".join(p for p in parts if p)


def _http_description(api: Api, status: int) -> str:
    for h in api.http_statuses:
        if h.status == status:
            return h.description
    return str(status)


def _variant_key(s: ApiSection) -> str | None:
    """What selects this section among those sharing its method + path."""
    body = s.request
    if body is None:
        return None
    if body.wrapper:
        return body.wrapper
    names = [f.name for f in body.fields if f.name]
    action = next((f for f in body.fields if f.name == "action"), None)
    if action is not None:
        values = action.description.enum
        if not values:
            values = [e.value["action"] for e in s.request_examples
                      if isinstance(e.value, dict) and isinstance(e.value.get("action"), str)]
        if len(set(values)) == 1:
            return f"action={values[0]}"
    if len(names) == 1:
        return names[0]
    return None


def _example(s: ApiSection, ex: Example) -> dict:
    d: dict = {"summary": ex.title or f"{s.number} {s.base_title}"}
    src = {"section": s.number, **ex.loc.as_dict()}
    if ex.value is not None:
        d["value"] = ex.value
    else:
        d["description"] = "The manual's example could not be read as JSON; its text is kept " \
                           "in x-raw."
        d["x-raw"] = ex.raw
    if ex.repairs:
        d["x-repairs"] = list(ex.repairs)
    if ex.request_line is not None:
        d["x-request-line"] = ex.request_line.raw.strip()
    d["x-source"] = src
    return d


def _iam(s: ApiSection) -> dict:
    rows = s.iam
    d: dict = {"actions": iam_actions(s), "match": s.iam_match}
    own = [r.actions[0] for r in rows if r.actions]
    dependent = [a for r in rows for a in r.actions[1:] if a not in own]
    if rows:
        d["dependent-actions"] = list(dict.fromkeys(dependent))
    if rows:
        d["iam-project"] = all(r.iam_project for r in rows)
        d["enterprise-project"] = all(r.enterprise_project for r in rows)
        d["permissions"] = [{"name": r.name, "section": r.source, **r.loc.as_dict()}
                            for r in rows]
    return d


def _iam_union(sections: list[ApiSection]) -> dict:
    actions: list[str] = []
    for s in sections:
        for a in iam_actions(s):
            if a not in actions:
                actions.append(a)
    return {"actions": actions, "match": "variants"}
