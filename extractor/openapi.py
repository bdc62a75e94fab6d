"""API model -> OpenAPI document (a plain dict), deterministic.

One operation per method + path (paths equal up to parameter names are one
path); sections sharing it become `x-variants` with a `oneOf` request body.
Model tables become components named after their captions; identical
definitions are shared, different definitions under one name get distinct,
deterministic names and a finding.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .api.iam import iam_actions, link_permissions, path_key
from .api.model import Api, ApiSection, Example
from . import vocab
from .api.reconcile import reconcile
from .findings import Findings
from .naming import assign_operation_ids
from .naming import (camel, chapter_words, literal_segments, path_version, sdk_method,
                     snake_case)
from .openapi_headers import response_headers
from .openapi_schemas import Owner, Registry, SchemaBuilder, _structure_key, source_of
from .spec_names import tag_groups, tag_names

OAS_VERSIONS = {"3.0": "3.0.3", "3.1": "3.1.0"}
TOKEN_SCHEME = "token"
AKSK_SCHEME = "aksk"
SEE_ALSO_RE = r"(?:参见|参考|请见)\W{0,3}%s"

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


# -- the document -----------------------------------------------------------------------

@dataclass
class Operation:
    method: str
    path: str
    sections: list[ApiSection]


class SpecBuilder:
    def __init__(self, api: Api, *, oas: str = "3.0", trust: str = "examples"):
        if oas not in OAS_VERSIONS:
            raise ValueError(f"unknown OpenAPI version {oas!r}")
        self.api = api
        self.oas = oas
        self.trust = trust
        self.findings = api.findings
        self.registry = Registry()
        self.variant_refs: dict[str, str] = {}     # section -> its variant body schema
        # the part label a description quotes, in the manual's language (接口约束, Constraints)
        self.constraints_label = vocab.label_for(api.language, "constraints") or "接口约束"
        self.status_patterns = [
            (re.compile(SEE_ALSO_RE % re.escape(s.title)), s) for s in api.status_sets]

    def status_set_for(self, text: str):
        for pattern, s in self.status_patterns:
            if pattern.search(text):
                return s
        return None

    # operations -------------------------------------------------------------------------
    def group_operations(self) -> list[Operation]:
        """One operation per method and path; every method of a path uses the path's first
        spelling (OpenAPI allows one spelling of a path), its parameter names made unique."""
        ops: dict[tuple[str, str], Operation] = {}
        spelling: dict[str, tuple[str, ApiSection]] = {}
        for s in self.api.sections:
            if not s.method:
                continue
            pkey = path_key(s.path)
            if pkey not in spelling:
                spelling[pkey] = (self.unique_path_params(s), s)
            path, first = spelling[pkey]
            key = (s.method, pkey)
            op = ops.get(key)
            if s.path != first.path:
                self.findings.add("path-parameter-names", "warning",
                                  f"{s.method} {s.path} is the path {first.path} of section "
                                  f"{first.number} with other parameter names; the first "
                                  "spelling is used", section=s.number, loc=s.loc)
            if op is None:
                ops[key] = Operation(s.method, path, [s])
                continue
            op.sections.append(s)
        return list(ops.values())

    def unique_path_params(self, s: ApiSection) -> str:
        """The path with a repeated parameter name numbered at its later occurrences
        (`/{project_id}/quota/{project_id}` -> `.../{project_id_2}`), with a finding."""
        seen: Counter = Counter()

        def number(m: re.Match) -> str:
            seen[m.group(1)] += 1
            n = seen[m.group(1)]
            return m.group(0) if n == 1 else f"{{{m.group(1)}_{n}}}"
        path = re.sub(r"\{([^}]+)\}", number, s.path)
        if path != s.path:
            self.findings.add("path-parameter-repeated", "warning",
                              f"{s.path} names a path parameter twice; OpenAPI needs unique "
                              f"names, so the path is {path} (each occurrence documented by the "
                              "same row)", section=s.number, loc=s.loc)
        return path

    def build(self) -> dict:
        api = self.api
        reconcile(api.sections, self.findings, trust=self.trust)
        link_permissions(api.sections, api.permissions, self.findings)
        ops = self.group_operations()
        ids = assign_operation_ids([
            (s.number, s.base_title, s.method, s.path, s.deprecated,
             sdk_method((c.language, c.source) for c in s.code_samples),
             chapter_words(api.tag_ancestors(s.tag_number)))
            for s in api.sections if s.method])
        self.ids = ids
        self.tag_names = tag_names(api.tags, api.tag_ancestors)
        self.replacements = find_replacements(api.sections, self.findings)
        op_ids = self._operation_level_ids(ops, ids)
        auth_headers_seen = 0
        paths: dict[str, dict] = {}
        for op in ops:
            item = paths.setdefault(op.path, {})
            operation, n_auth = self.operation(op, op_ids[id(op)], ids)
            auth_headers_seen += n_auth
            item[op.method.lower()] = operation
        self.add_chapter_errors(ops, paths)
        if any(len(p.actions) > 1 for p in api.permissions):
            self.findings.add(
                "iam-dependent-actions", "info",
                "the permission tables have no column for dependent actions (依赖的授权项); where "
                "a cell lists several actions, the first is read as the operation's own action "
                "and the others as actions it depends on (x-iam.dependent-actions)",
                section=api.permissions[0].source, loc=None)
        if auth_headers_seen:
            self.findings.add(
                "auth-header-as-security", "info",
                f"{auth_headers_seen} sections list the token header as a required parameter; "
                "the manual's chapter on authentication allows a token or an AK/SK signature, so "
                "the spec expresses auth as security requirements (either scheme satisfies an "
                "operation) instead of a header parameter", section=None, loc=None)
        doc: dict = {"openapi": OAS_VERSIONS[self.oas]}
        doc["info"] = self.info()
        doc["servers"] = self.servers()
        doc["security"] = [{TOKEN_SCHEME: []}, {AKSK_SCHEME: []}]
        doc["tags"] = [{"name": self.tag_names[n], "description": f"{n} {t}",
                        "x-displayName": t, "x-section": n} for n, t in api.tags]
        doc["x-tagGroups"] = tag_groups(api.tags, self.tag_names, api.tag_ancestors)
        doc["paths"] = paths
        doc["components"] = {
            "schemas": dict(sorted(self.registry.schemas.items())),
            "securitySchemes": self.security_schemes(),
        }
        doc["x-error-codes"] = [
            {"status": e.status, "code": e.code, "message": e.message,
             "description": e.description, "remedy": e.remedy, **e.loc.as_dict()}
            for e in api.error_codes]
        doc["x-http-statuses"] = [
            {"status": h.status, "description": h.description, "group": h.group}
            for h in api.http_statuses]
        doc["x-status-sets"] = [
            {"section": s.number, "title": s.title,
             "values": [{"value": v.value, "label": v.label, "description": v.description}
                        for v in s.values]}
            for s in api.status_sets]
        doc["x-permissions"] = [_permission(p) for p in api.permissions]
        return doc

    def add_chapter_errors(self, ops: list[Operation], paths: dict) -> None:
        """Where a section's 错误码 part refers to the error-code chapter, its operation
        documents every error status that chapter lists, with the common error body (the
        error schema most sections' own tables give); recorded once as a finding."""
        statuses = sorted({e.status for e in self.api.error_codes if e.status >= 400})
        pointing = [op for op in ops if any(vocab.error_chapter_reference_re().search(s.errors_text)
                                            for s in op.sections)]
        if not statuses or not pointing:
            return
        bodies: Counter = Counter()
        for item in paths.values():
            for o in item.values():
                for status, r in o["responses"].items():
                    schema = r.get("content", {}).get("application/json", {}).get("schema")
                    if int(status) >= 400 and isinstance(schema, dict) and "$ref" in schema:
                        bodies[schema["$ref"]] += 1
        common = bodies.most_common(1)[0][0] if bodies else None
        added = 0
        for op in pointing:
            responses = paths[op.path][op.method.lower()]["responses"]
            for status in statuses:
                if str(status) in responses:
                    if common and "content" not in responses[str(status)]:
                        responses[str(status)]["content"] = {
                            "application/json": {"schema": {"$ref": common}}}
                    continue
                r: dict = {"description": _http_description(self.api, status),
                           "x-from": "error-codes"}
                if common:
                    r["content"] = {"application/json": {"schema": {"$ref": common}}}
                responses[str(status)] = r
                added += 1
            paths[op.path][op.method.lower()]["responses"] = dict(
                sorted(responses.items(), key=lambda kv: int(kv[0])))
        said = next(m.group(0) for op in pointing for s in op.sections
                    for m in [vocab.error_chapter_reference_re().search(s.errors_text)] if m)
        label = vocab.label_for(self.api.language, "errors")
        self.findings.add(
            "error-responses-from-chapter", "info",
            f"{len(pointing)} operations refer to the error-code chapter for their errors "
            f"({label + ': ' if label else ''}{said}); each documents the statuses that "
            "chapter lists "
            f"({', '.join(map(str, statuses))}) with the common error body"
            f"{' ' + common.rsplit('/', 1)[-1] if common else ''} ({added} responses added, "
            "marked x-from: error-codes)", section=None, loc=None)

    def owner(self, s: ApiSection) -> Owner:
        """The qualifiers of a component defined by section ``s``."""
        return Owner(_pascal(self.ids[s.number]), path_version(s.path))

    def info(self) -> dict:
        api = self.api
        info = {
            "title": f"{api.service} {api.doc_title}".strip() or "API",
            "version": api.doc_version or "0",
            "description": f"{api.service} {api.doc_title}: document version "
                           f"{api.doc_version}, released {api.release_date}. Generated by "
                           "doc2spec from the manual; every fact carries its x-source.",
            "x-service": api.service,
            "x-release-date": api.release_date,
        }
        if api.source_name:
            info["x-manual"] = api.source_name
        return info

    def servers(self) -> list[dict]:
        """The server URL: the endpoint shape the manual documents with this service's
        name (a finding records the inference), else a bare ``{endpoint}`` host."""
        api, ep = self.api, self.api.endpoint
        service = api.service_abbreviation.lower()
        if ep is None or not service:
            return [{"url": "https://{endpoint}",
                     "description": "The service endpoint (终端节点) of the region.",
                     "variables": {"endpoint": {
                         "default": "localhost",
                         "description": "终端节点（Endpoint）: the host of the service in "
                                        "the chosen region."}}}]
        self.findings.add(
            "endpoint-pattern-inferred", "info",
            f"the manual shows endpoints as '{ep.example}' ({ep.count} hosts of the shape "
            f"<service>.<region>.{ep.domain}); the server URL is {ep.url} with service "
            f"'{service}' (this manual's service abbreviation) and region '{ep.region}' "
            "(the example's) as defaults", section=None, loc=ep.loc)
        return [{"url": ep.url,
                 "description": "The service endpoint (终端节点) of a region, in the shape "
                                f"the manual shows ({ep.example}).",
                 "variables": {
                     "service": {"default": service,
                                 "description": "The service's endpoint name."},
                     "region": {"default": ep.region,
                                "description": "The region (区域) to call, e.g. "
                                               f"{ep.region}."}}}]

    def security_schemes(self) -> dict:
        return {
            TOKEN_SCHEME: {"type": "apiKey", "in": "header", "name": TOKEN_HEADER,
                           "description": "Token authentication: the user token from IAM."},
            AKSK_SCHEME: {"type": "apiKey", "in": "header", "name": "Authorization",
                          "description": "AK/SK signature authentication: the request is signed "
                                         "with the secret key; see x-signing.",
                          "x-signing": {"algorithm": "SDK-HMAC-SHA256",
                                        "date-header": "X-Sdk-Date",
                                        "signed-headers": ["content-type", "host", "x-sdk-date"],
                                        "project-header": "X-Project-Id"}},
        }

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
            seen_shapes: set[str] = set()
            for s, schema, _ in entries:
                if schema is None or _structure_key(schema) in seen_shapes:
                    continue
                seen_shapes.add(_structure_key(schema))
                if list(schema) == ["$ref"]:
                    if schema not in refs:
                        refs.append(schema)
                    continue
                base = "ErrorResponse" if status >= 400 else _pascal(ids[s.number]) + (
                    "Response" if status < 300 else f"Response{status}")
                name = self.registry.add(base, {**schema, "x-source": source_of(
                    s.number, s.title, s.responses[status].body.loc or s.loc)},
                    owner=self.owner(s), findings=self.findings, report=False)
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


def find_replacements(sections: list[ApiSection], findings: Findings) -> dict[str, ApiSection]:
    """The section that replaces each deprecated one: the current section with the same
    title; among several, the one with the same method and path apart from the version,
    then the one under the same parent section. None where that does not single one out."""
    current: dict[str, list[ApiSection]] = {}
    for s in sections:
        if not s.deprecated:
            current.setdefault(s.base_title.replace(" ", ""), []).append(s)
    out = {}
    for s in sections:
        if not s.deprecated:
            continue
        cands = current.get(s.base_title.replace(" ", ""), [])
        for narrow in (
            lambda c: c.method == s.method and
            path_key(c.path, ignore_version=True) == path_key(s.path, ignore_version=True),
            lambda c: c.tag_number == s.tag_number,
        ):
            if len(cands) > 1:
                cands = [c for c in cands if narrow(c)] or cands
        if len(cands) == 1:
            out[s.number] = cands[0]
    return out


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


def _permission(p) -> dict:
    return {"name": p.name, "method": p.method, "path": p.path, "actions": p.actions,
            "iam-project": p.iam_project, "enterprise-project": p.enterprise_project,
            "group": p.group, "section": p.source, **p.loc.as_dict(),
            **({"qualifier": p.qualifier} if p.qualifier else {})}


def to_oas31(node):
    """Rewrite OAS 3.0 `nullable` into OAS 3.1 (JSON Schema 2020-12) type unions, in place."""
    if isinstance(node, dict):
        for v in node.values():
            to_oas31(v)
        if node.pop("nullable", False):
            if "type" in node:
                node["type"] = [node["type"], "null"]
                if "enum" in node and None not in node["enum"]:
                    node["enum"].append(None)
                    if isinstance(node.get("x-enum-descriptions"), list):
                        node["x-enum-descriptions"].append("")
            elif "allOf" in node:
                node["anyOf"] = node.pop("allOf") + [{"type": "null"}]
    elif isinstance(node, list):
        for v in node:
            to_oas31(v)
    return node


def build_openapi(api: Api, *, oas: str = "3.0", trust: str = "examples") -> dict:
    """The OpenAPI document for an API model (findings are added to api.findings)."""
    doc = SpecBuilder(api, oas=oas, trust=trust).build()
    from .api.op_errors import add_operation_errors     # x-errors: codes per operation
    from .api.xrefs import cross_references             # x-cross-references
    add_operation_errors(doc, api)
    doc["x-cross-references"] = cross_references(doc, api, api.findings)
    if oas == "3.1":
        to_oas31(doc["paths"])
        to_oas31(doc["components"])
    return doc
