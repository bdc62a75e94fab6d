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

from .api.iam import link_permissions, path_key
from .api.model import Api, ApiSection
from . import vocab
from .api.reconcile import reconcile
from .findings import Findings
from .naming import assign_operation_ids, chapter_words, path_version, sdk_method
from .openapi_operations import (TOKEN_HEADER, Operation, OperationParts, _http_description,
                                 _pascal)
from .openapi_schemas import Owner, Registry
from .spec_names import tag_groups, tag_names

OAS_VERSIONS = {"3.0": "3.0.3", "3.1": "3.1.0"}
TOKEN_SCHEME = "token"
AKSK_SCHEME = "aksk"
SEE_ALSO_RE = r"(?:参见|参考|请见)\W{0,3}%s"


# -- the document -----------------------------------------------------------------------

class SpecBuilder(OperationParts):
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
            if s.title in text and pattern.search(text):     # (the title first: cheap)
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
        self.fill_missing_responses(ops, paths)
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

def find_replacements(sections: list[ApiSection], findings: Findings) -> dict[str, ApiSection]:
    """The section that replaces each deprecated one: the current section with the same
    title; among several, the one with the same method and path apart from the version,
    then the one under the same parent section. None where that does not single one out."""
    current: dict[str, list[ApiSection]] = {}
    for s in sections:
        if not s.deprecated and s.method:      # (a section with no URI is no operation)
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
