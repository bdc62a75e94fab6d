"""Operation-level diff: pair the operations of two specs and compare each pair.

Operations pair by method + path (path parameter names ignored); the rest pair by the
manual section they come from (`x-source` section and title, of the operation or any of
its `x-variants`), then by operationId, so a section whose path or method changed is
reported as that change rather than as a removal plus an addition. Within a pair,
variants of a shared method + path pair by their key (body key or `action=...`), then
section, and each variant's request body, deprecation and IAM actions compare on their
own; an operation without `x-variants` is its own single variant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .deltas import delta_changes
from .model import HTTP_METHODS, Change, OperationRef, pointer
from .schemas import SchemaDiff, lookup, pair_by

PATH_PARAM_RE = re.compile(r"\{([^}]*)\}")


def _d(x) -> dict:
    """x if it is a mapping, else an empty one (a malformed spec never raises)."""
    return x if isinstance(x, dict) else {}


def _l(x) -> list:
    return x if isinstance(x, list) else []


@dataclass
class Op:
    """One operation of a spec, with where it lives."""
    method: str
    path: str
    node: dict
    ptr: str
    path_item: dict

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId", ""))

    @property
    def norm_path(self) -> str:
        return PATH_PARAM_RE.sub("{}", self.path)

    def sources(self) -> set[tuple[str, str]]:
        """(section, title) of the operation and of every variant."""
        out = set()
        for node in [self.node] + _l(self.node.get("x-variants")):
            src = _d(_d(node).get("x-source"))
            if src.get("section"):
                out.add((str(src["section"]), str(src.get("title", ""))))
        return out

    def ref(self) -> OperationRef:
        src = _d(self.node.get("x-source"))
        return OperationRef(self.method, self.path, self.operation_id,
                            str(src.get("section", "")), str(src.get("title", "")))


@dataclass
class Variant:
    """An operation's variant (or the operation itself when it has no x-variants)."""
    ref: OperationRef
    key: str | None
    deprecated: bool
    replaced_by: str
    iam: dict
    bodies: dict = field(default_factory=dict)    # media type -> (schema, pointer)
    ptr: str = ""
    explicit: bool = False


def operations(doc: dict) -> list[Op]:
    out = []
    for path, item in _d(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for m in HTTP_METHODS:
            if isinstance(item.get(m), dict):
                out.append(Op(m.upper(), path, item[m], pointer("paths", path, m), item))
    return out


def variants(op: Op) -> list[Variant]:
    node = op.node
    listed = node.get("x-variants")
    if isinstance(listed, list) and listed:
        out = []
        for i, v in enumerate(listed):
            if not isinstance(v, dict):
                continue
            src = _d(v.get("x-source"))
            ptr = f"{op.ptr}/x-variants/{i}"
            ref = OperationRef(op.method, op.path, str(v.get("operationId", "")),
                               str(src.get("section", "")), str(src.get("title", "")),
                               str(v.get("key", "") or ""))
            bodies = {"application/json": (v["requestBody"], f"{ptr}/requestBody")} \
                if isinstance(v.get("requestBody"), dict) else {}
            out.append(Variant(ref, v.get("key"), bool(v.get("deprecated")),
                               _replacement(v), _d(v.get("x-iam")), bodies, ptr, True))
        return out
    bodies = {}
    body = node.get("requestBody")
    if isinstance(body, dict):
        for media, content in _d(body.get("content")).items():
            if isinstance(content, dict) and "schema" in content:
                bodies[media] = (content["schema"],
                                 f"{op.ptr}{pointer('requestBody', 'content', media, 'schema')}")
    return [Variant(op.ref(), None, bool(node.get("deprecated")), _replacement(node),
                    _d(node.get("x-iam")), bodies, op.ptr, False)]


def _replacement(node: dict) -> str:
    r = node.get("x-replaced-by")
    if isinstance(r, dict) and r.get("operationId"):
        return str(r["operationId"])
    return ""


class OperationDiff:
    """Collects the Changes between the operations of two documents."""

    def __init__(self, old_doc: dict, new_doc: dict):
        self.old_doc, self.new_doc = old_doc, new_doc
        self.schemas = SchemaDiff(old_doc, new_doc)
        self.changes: list[Change] = []

    def add(self, rule: str, template: str, op: OperationRef | None, ptr: str, side: str,
            subject: str = "", old=None, new=None, **args) -> None:
        self.changes.append(Change(rule, template, tuple((k, str(v)) for k, v in args.items()),
                                   op, ptr, side, subject, old, new))

    # pairing ---------------------------------------------------------------------------
    def run(self) -> list[Change]:
        olds, news = operations(self.old_doc), operations(self.new_doc)
        pairs, gone, came = pair_by(olds, news, [
            lambda o: (o.method, o.norm_path), lambda o: (o.method, o.path)])
        more, gone, came = _pair_by_sources(gone, came)
        pairs += more
        more, gone, came = pair_by(gone, came, [lambda o: o.operation_id or None])
        pairs += more
        for o in gone:
            dep = bool(o.node.get("deprecated"))
            self.add("deprecated-operation-removed" if dep else "operation-removed",
                     "operation removed", o.ref(), o.ptr, "old", o.operation_id)
        for n in came:
            self.add("operation-added", "operation added", n.ref(), n.ptr, "new", n.operation_id)
        for o, n in pairs:
            self.operation(o, n)
        return self.changes

    # one pair ----------------------------------------------------------------------------
    def operation(self, o: Op, n: Op) -> None:
        ref = n.ref()
        if o.norm_path != n.norm_path:
            self.add("operation-path-changed", "path changed from {before} to {after}", ref,
                     n.ptr, "new", n.path, o.path, n.path, before=o.path, after=n.path)
        if o.method != n.method:
            self.add("operation-method-changed", "method changed from {before} to {after}",
                     ref, n.ptr, "new", n.method, o.method, n.method, before=o.method,
                     after=n.method)
        if o.node.get("x-variants") and n.node.get("x-variants") \
                and o.operation_id != n.operation_id:
            self.add("operation-id-changed", "operationId changed from {before} to {after}",
                     ref, n.ptr, "new", n.operation_id, o.operation_id, n.operation_id,
                     before=o.operation_id, after=n.operation_id)
        self.parameters(o, n, ref)
        self.request_body(o, n, ref)
        self.responses(o, n, ref)
        self.variants(o, n)

    def parameters(self, o: Op, n: Op, ref: OperationRef) -> None:
        op_params, np_params = self._params(o, self.old_doc), self._params(n, self.new_doc)
        for key in sorted(op_params.keys() - np_params.keys()):
            p, ptr = op_params[key]
            self.add("request-parameter-removed", "{where} parameter {name} removed", ref, ptr,
                     "old", str(p.get("name")), where=p.get("in"), name=p.get("name"))
        for key in sorted(np_params.keys() - op_params.keys()):
            p, ptr = np_params[key]
            req = bool(p.get("required"))
            self.add("request-parameter-added-required" if req else "request-parameter-added",
                     "{where} parameter {name} added" + (", required" if req else ""), ref,
                     ptr, "new", str(p.get("name")), where=p.get("in"), name=p.get("name"))
        for key in sorted(op_params.keys() & np_params.keys()):
            (po, pto), (pn, ptn) = op_params[key], np_params[key]
            where, name = pn.get("in"), pn.get("name")
            if bool(pn.get("required")) != bool(po.get("required")):
                became = "required" if pn.get("required") else "optional"
                self.add(f"request-parameter-became-{became}",
                         "{where} parameter {name} became " + became, ref, ptn, "new",
                         str(name), where=where, name=name)
            so, sn = _param_schema(po, pto), _param_schema(pn, ptn)
            if so and sn:
                deltas = self.schemas.compare(so[0], so[1], sn[0], sn[1], "request")
                self.changes += delta_changes(
                    deltas, root="request-parameter", direction="request", ref=ref,
                    prefix="{where} parameter {name}", subject=str(name), where=where,
                    name=name)

    def _params(self, op: Op, doc: dict) -> dict:
        """(in, name) -> (parameter, pointer); path parameters keyed by their position."""
        names = PATH_PARAM_RE.findall(op.path)
        out = {}
        sources = [(op.path_item.get("parameters"), pointer("paths", op.path, "parameters")),
                   (op.node.get("parameters"), f"{op.ptr}/parameters")]
        for params, base in sources:
            for i, p in enumerate(_l(params)):
                ptr = f"{base}/{i}"
                if isinstance(p, dict) and isinstance(p.get("$ref"), str):
                    ptr = p["$ref"][1:]
                    p = lookup(doc, p["$ref"])
                if not isinstance(p, dict) or "name" not in p:
                    continue
                where, name = str(p.get("in", "")), str(p["name"])
                if where == "path" and name in names:
                    key = ("path", f"#{names.index(name):03d}")
                else:
                    key = (where, name if where != "header" else name.lower())
                out[key] = (p, ptr)
        return out

    def request_body(self, o: Op, n: Op, ref: OperationRef) -> None:
        bo, bn = o.node.get("requestBody"), n.node.get("requestBody")
        if not isinstance(bo, dict) and not isinstance(bn, dict):
            return
        ptr = f"{n.ptr}/requestBody"
        if not isinstance(bo, dict):
            req = bool(_d(bn).get("required"))
            self.add("request-body-added-required" if req else "request-body-added",
                     "request body added" + (", required" if req else ""), ref, ptr, "new")
            return
        if not isinstance(bn, dict):
            self.add("request-body-removed", "request body removed", ref,
                     f"{o.ptr}/requestBody", "old")
            return
        if bool(bo.get("required")) != bool(bn.get("required")):
            became = "required" if bn.get("required") else "optional"
            self.add(f"request-body-became-{became}", "request body became " + became, ref,
                     ptr, "new")
        co, cn = _d(bo.get("content")), _d(bn.get("content"))
        for media in sorted(co.keys() - cn.keys()):
            self.add("request-body-media-type-removed", "request media type {media} removed",
                     ref, f"{o.ptr}{pointer('requestBody', 'content', media)}", "old", media,
                     media=media)
        for media in sorted(cn.keys() - co.keys()):
            self.add("request-body-media-type-added", "request media type {media} added", ref,
                     f"{ptr}{pointer('content', media)}", "new", media, media=media)

    def responses(self, o: Op, n: Op, ref: OperationRef) -> None:
        ro, rn = _d(o.node.get("responses")), _d(n.node.get("responses"))
        for status in sorted(ro.keys() - rn.keys()):
            rule = "response-success-status-removed" if str(status)[:1] in "123" \
                else "response-error-status-removed"
            self.add(rule, "response status {status} removed", ref,
                     f"{o.ptr}{pointer('responses', status)}", "old", str(status),
                     status=status)
        for status in sorted(rn.keys() - ro.keys()):
            self.add("response-status-added", "response status {status} added", ref,
                     f"{n.ptr}{pointer('responses', status)}", "new", str(status),
                     status=status)
        for status in sorted(ro.keys() & rn.keys()):
            self.response(ro[status], rn[status], status, o, n, ref)

    def response(self, ro, rn, status: str, o: Op, n: Op, ref: OperationRef) -> None:
        if not isinstance(ro, dict) or not isinstance(rn, dict):
            return
        co, cn = _d(ro.get("content")), _d(rn.get("content"))
        optr, nptr = f"{o.ptr}{pointer('responses', status)}", \
            f"{n.ptr}{pointer('responses', status)}"
        self.headers(ro, rn, status, optr, nptr, ref)
        if co and not cn:
            self.add("response-body-removed", "response {status} body removed", ref, optr,
                     "old", str(status), status=status)
            return
        if cn and not co:
            self.add("response-body-added", "response {status} body added", ref, nptr, "new",
                     str(status), status=status)
            return
        for media in sorted(co.keys() - cn.keys()):
            self.add("response-media-type-removed",
                     "response {status} media type {media} removed", ref,
                     f"{optr}{pointer('content', media)}", "old", media, status=status,
                     media=media)
        for media in sorted(cn.keys() - co.keys()):
            self.add("response-media-type-added", "response {status} media type {media} added",
                     ref, f"{nptr}{pointer('content', media)}", "new", media, status=status,
                     media=media)
        for media in sorted(co.keys() & cn.keys()):
            mo, mn = co[media], cn[media]
            if not (isinstance(mo, dict) and isinstance(mn, dict)
                    and "schema" in mo and "schema" in mn):
                continue
            deltas = self.schemas.compare(mo["schema"], f"{optr}{pointer('content', media)}"
                                          "/schema", mn["schema"],
                                          f"{nptr}{pointer('content', media)}/schema",
                                          "response")
            self.changes += delta_changes(deltas, root="response-body", direction="response",
                                          ref=ref, prefix="response {status}", subject="",
                                          status=status)

    def headers(self, ro: dict, rn: dict, status: str, optr: str, nptr: str,
                ref: OperationRef) -> None:
        """Documented response headers gone, added, or no longer required (names are
        case-insensitive)."""
        ho = {str(k).lower(): (k, v) for k, v in _d(ro.get("headers")).items()}
        hn = {str(k).lower(): (k, v) for k, v in _d(rn.get("headers")).items()}
        for key in sorted(ho.keys() - hn.keys()):
            name = ho[key][0]
            self.add("response-header-removed", "response {status} header {header} removed",
                     ref, f"{optr}{pointer('headers', name)}", "old", name, status=status,
                     header=name)
        for key in sorted(hn.keys() - ho.keys()):
            name = hn[key][0]
            self.add("response-header-added", "response {status} header {header} added", ref,
                     f"{nptr}{pointer('headers', name)}", "new", name, status=status,
                     header=name)
        for key in sorted(ho.keys() & hn.keys()):
            (name, old), (_, new) = ho[key], hn[key]
            if _d(old).get("required") and not _d(new).get("required"):
                self.add("response-header-became-optional",
                         "response {status} header {header} became optional", ref,
                         f"{nptr}{pointer('headers', name)}", "new", name, status=status,
                         header=name)

    # variants ----------------------------------------------------------------------------
    def variants(self, o: Op, n: Op) -> None:
        vo, vn = variants(o), variants(n)
        shared = any(v.explicit for v in vo + vn)
        pairs, gone, came = pair_by(vo, vn, [
            lambda v: v.key or None,
            lambda v: (v.ref.section, v.ref.title) if v.ref.section else None,
            lambda v: v.ref.operation_id or None,
            lambda v: v.ref.section or None])
        if shared:
            for v in gone:
                self.add("deprecated-variant-removed" if v.deprecated else "variant-removed",
                         "variant removed", v.ref, v.ptr, "old", v.ref.operation_id)
            for v in came:
                self.add("variant-added", "variant added", v.ref, v.ptr, "new",
                         v.ref.operation_id)
        for a, b in pairs:
            self.variant(a, b)

    def variant(self, a: Variant, b: Variant) -> None:
        ref = b.ref
        if a.ref.operation_id != b.ref.operation_id:
            self.add("operation-id-changed", "operationId changed from {before} to {after}",
                     ref, b.ptr, "new", b.ref.operation_id, a.ref.operation_id,
                     b.ref.operation_id, before=a.ref.operation_id, after=b.ref.operation_id)
        if b.deprecated and not a.deprecated:
            if b.replaced_by:
                self.add("operation-deprecated", "deprecated; replaced by {by}", ref, b.ptr,
                         "new", by=b.replaced_by)
            else:
                self.add("operation-deprecated", "deprecated", ref, b.ptr, "new")
        elif a.deprecated and not b.deprecated:
            self.add("operation-undeprecated", "no longer deprecated", ref, b.ptr, "new")
        self.iam(a, b, ref)
        for media in sorted(a.bodies.keys() & b.bodies.keys()):
            (so, po), (sn, pn) = a.bodies[media], b.bodies[media]
            deltas = self.schemas.compare(so, po, sn, pn, "request")
            self.changes += delta_changes(deltas, root="request-body", direction="request",
                                          ref=ref, prefix="request body", subject="")

    def iam(self, a: Variant, b: Variant, ref: OperationRef) -> None:
        ao = [x for x in _l(a.iam.get("actions")) if isinstance(x, str)]
        an = [x for x in _l(b.iam.get("actions")) if isinstance(x, str)]
        ptr = f"{b.ptr}/x-iam"
        for act in sorted(set(an) - set(ao)):
            self.add("iam-action-added", "IAM action {action} now required", ref,
                     f"{ptr}/actions/{an.index(act)}", "new", act, new=act, action=act)
        for act in sorted(set(ao) - set(an)):
            self.add("iam-action-removed", "IAM action {action} no longer required", ref,
                     f"{a.ptr}/x-iam/actions/{ao.index(act)}", "old", act, old=act, action=act)
        for key, label in (("iam-project", "IAM project"),
                           ("enterprise-project", "enterprise project")):
            if key in a.iam and key in b.iam and bool(a.iam[key]) != bool(b.iam[key]):
                self.add("iam-scope-changed",
                         label + " authorisation " + ("now supported" if b.iam[key]
                                                      else "no longer supported"),
                         ref, f"{ptr}/{key}", "new", key, a.iam[key], b.iam[key])

def _param_schema(p: dict, ptr: str):
    if isinstance(p.get("schema"), dict):
        return p["schema"], f"{ptr}/schema"
    for media, c in _d(p.get("content")).items():
        if isinstance(c, dict) and isinstance(c.get("schema"), dict):
            return c["schema"], f"{ptr}{pointer('content', media, 'schema')}"
    return None


def _pair_by_sources(olds: list[Op], news: list[Op]):
    """Pair operations that share a manual section (number and title), one to one."""
    idx_o: dict = {}
    idx_n: dict = {}
    for o in olds:
        for s in o.sources():
            idx_o.setdefault(s, []).append(o)
    for n in news:
        for s in n.sources():
            idx_n.setdefault(s, []).append(n)
    pairs = []
    for o in olds:
        cands = {id(n): n for s in o.sources() for n in idx_n.get(s, [])}
        if len(cands) != 1:
            continue
        n = next(iter(cands.values()))
        back = {id(x) for s in n.sources() for x in idx_o.get(s, [])}
        if back == {id(o)}:
            pairs.append((o, n))
    po, pn = {id(o) for o, _ in pairs}, {id(n) for _, n in pairs}
    return pairs, [o for o in olds if id(o) not in po], [n for n in news if id(n) not in pn]
