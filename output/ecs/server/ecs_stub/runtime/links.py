"""OpenAPI links from the stateful inference, for tools that test sequences of calls
(schemathesis' stateful phase): ``python -m <package>.runtime.links > linked.json``.

- create -> every operation on the created item below the same collection path
  (show, update, delete, actions, sub-requests), its id from where the create's
  answer carries it;
- delete, update, action -> the show operations of the same item below the same
  collection path;
- an operation that produces an item (a ``job_id``) -> that item's show operation.

Other path parameters are passed on by name from the request; an operation with a
path parameter the source cannot supply gets no link.
"""
from __future__ import annotations

import copy
import json
import sys

from .resources import Inference, Role
from .spec import PARAM_RE, Operation, SpecIndex, follow


def _path_params(op: Operation) -> set[str]:
    return set(PARAM_RE.findall(op.path))


def _link(source: Operation, target: Operation, id_param: str | None,
          id_value: str | None) -> dict | None:
    params = {}
    available = _path_params(source)
    for name in sorted(_path_params(target)):
        if name == id_param and id_value is not None:
            params[name] = id_value
        elif name in available:
            params[name] = f"$request.path.{name}"
        else:
            return None
    op_id = target.spec.get("operationId")
    if not op_id:
        return None
    return {"operationId": str(op_id), "parameters": params}


def links(doc: dict) -> dict[tuple[str, str], dict[str, dict]]:
    """(operation pointer, success status) -> {link name: Link Object}."""
    index = SpecIndex(doc)
    inference = Inference(doc, index)
    roles: list[tuple[Operation, Role]] = [(op, inference.role(op)) for op in index.operations]
    roles = [(op, role) for op, role in roles if role is not None]
    out: dict[tuple[str, str], dict[str, dict]] = {}

    def add(source: Operation, status: str | None, target: Operation, link: dict | None):
        if status is None or link is None or target is source:
            return
        name = f"{link['operationId']}"
        out.setdefault((source.pointer, status), {})[name] = link

    for op, role in roles:
        resource = role.resource
        base = _collection(op, role)
        same = [(t, r) for t, r in roles if r.resource is resource and r.id_param
                and _collection(t, r) == base]
        if role.kind == "create" and role.id_pointer:
            for target, t_role in same:
                add(op, role.success, target,
                    _link(op, target, t_role.id_param, f"$response.body#{role.id_pointer}"))
        elif role.kind in ("delete", "update", "action") and role.id_param:
            for target, t_role in same:
                if t_role.kind == "show":
                    add(op, role.success, target,
                        _link(op, target, t_role.id_param, f"$request.path.{role.id_param}"))
    for resource in inference.resources.values():
        if not resource.stateful or not resource.producers:
            continue
        shows = [(t, r) for t, r in roles if r.resource is resource and r.kind == "show"]
        for op in index.operations:
            if op.pointer in resource.producers:
                status = _success(op)
                for target, t_role in shows:
                    add(op, status, target, _link(op, target, t_role.id_param,
                                                  f"$response.body#/{resource.id_param}"))
    return out


def _collection(op: Operation, role: Role) -> str:
    """The collection path of an operation: ``/v2/{project_id}/volumes`` for a create
    on it and for every operation below ``/v2/{project_id}/volumes/{volume_id}``."""
    if role.kind in ("create", "list"):
        return op.path
    marker = "{" + str(role.id_param) + "}"
    head = op.path.split(marker, 1)[0]
    return head.rstrip("/")


def _success(op: Operation) -> str | None:
    keys = sorted(str(k) for k in op.spec.get("responses") or {}
                  if str(k)[:1] == "2" and str(k)[1:].isdigit())
    return keys[0] if keys else None


def with_links(doc: dict) -> dict:
    """A copy of ``doc`` with the inferred links added to its success responses."""
    out = copy.deepcopy(doc)
    for (ptr, status), found in links(out).items():
        parts = ptr.split("/")[1:]
        node = out
        for part in parts:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        responses = node["responses"]
        response, _ = follow(out, responses[status], "")
        response = copy.deepcopy(response)
        response.setdefault("links", {}).update(found)
        responses[status] = response
    return out


if __name__ == "__main__":
    from importlib import resources as _resources

    package = __package__.rsplit(".", 1)[0]
    spec = json.loads(_resources.files(package).joinpath("openapi.json").read_bytes())
    json.dump(with_links(spec), sys.stdout, ensure_ascii=False, indent=1)
