"""The stateful mode (``--stateful``): operations act on items kept in a ``Store``,
as ``resources.Inference`` says each one does.

- create: a new item with a server-assigned id, the request's fields (the body's
  object named after the resource, ``{"volume": {...}}``, else its top-level
  scalars) and a realistic value for every other field of the resource's schemas;
- show / update / delete: 404 (in the manual's error format) for an unknown id;
  update merges the request's fields; delete removes the item;
- list: the items in creation order, filtered by query parameters that name a field
  (``name``, ``status``, ...) and paged by ``marker`` (the id to start after),
  ``offset`` and ``limit``; a ``count``/``total`` property gets the filtered total;
- action (POST/PUT/PATCH below an item): 404 for an unknown item; a body field
  ``new_<field>`` sets the item's ``<field>`` (``{"os-extend": {"new_size": 20}}``
  sets ``size``); nothing else is guessed;
- sub (GET/DELETE below an item): 404 for an unknown item, else the mock;
- a success answer carrying a produced resource's id (``job_id``) makes that item
  (a job whose ``status`` is the schema's success value, ``entities`` naming the item).
"""
from __future__ import annotations

import json
import re
from typing import Any

from .conform import OMIT, Projector
from .errors import StubError
from .handlers import MockReply, Reply, json_bytes
from .resources import Inference, Resource, Role, properties, response_schema
from .spec import Operation, SpecIndex, Target
from .store import Store
from .synth import resolve
from .values import singular

LISTED_LIMIT = 1024
PAGING = {"limit", "offset", "marker", "sort_key", "sort_dir", "page", "page_size"}
SUCCESS_RE = re.compile(r"[A-Za-z_]*succe[A-Za-z_]*", re.IGNORECASE)


class Stateful:
    """Answers requests from and into the store."""

    def __init__(self, doc: dict, index: SpecIndex, *, seed: int = 0,
                 state_file: str | None = None):
        self.doc = doc
        self.inference = Inference(doc, index)
        self.store = Store(seed=seed, path=state_file)
        self.project = Projector(doc, seed)
        self.produced = [r for r in self.inference.resources.values()
                         if r.stateful and r.producers]
        self.producers = {p for r in self.produced for p in r.producers}
        self._schemas: dict[str, tuple[dict, dict | None]] = {}
        # rendered items as JSON, by (schema node, item id): (item version, bytes)
        self._rendered: dict[tuple[int, str], tuple[int, bytes]] = {}
        self._versions: dict[str, int] = {}
        self._lists: dict[str, tuple[dict, set[str]]] = {}
        self._heads: dict[str, tuple[bytes, dict]] = {}
        # list answers as JSON, by (operation, scope, query): (store generation, mock, bytes)
        self._listed: dict[tuple, tuple[int, bytes, bytes]] = {}
        self._generation = 0  # counts the changes to the store
        # show answers as JSON, by item id and operation: (item version, mock, bytes)
        self._answers: dict[str, dict[str, tuple[int, bytes, bytes]]] = {}

    def report(self) -> list[str]:
        return self.inference.report()

    # -- the answer -------------------------------------------------------------------
    def answer(self, op: Operation, target: Target, call: Any, mock: Reply) -> Reply:
        """The stateful answer for a validated request whose plain mock is ``mock``."""
        role = self.inference.role(op)
        item: tuple[Resource, str] | None = None
        changed = False  # the item acted on changed
        if role is not None:
            scope = tuple(str(call.path_params.get(p, "")) for p in role.scope)
            handler = getattr(self, f"_{role.kind}")
            mock, item, changed = handler(op, role, scope, call, mock)
            if changed and item is not None:
                self._versions[item[1]] = self._versions.get(item[1], 0) + 1
        produced = op.pointer in self.producers and 200 <= mock.status < 300 \
            and isinstance(mock.body, dict) and self._produce(op, target, role, item, mock, call)
        if changed or produced:
            self._generation += 1
            self.store.save()
        return mock

    def _item_json(self, schema: dict, record: dict, item_id: str, kind: str) -> bytes:
        """An item rendered through ``schema``, as JSON; cached until the item changes."""
        key = (id(schema), item_id)
        version = self._versions.get(item_id, 0)
        hit = self._rendered.get(key)
        if hit is None or hit[0] != version:
            size = len(record)
            hit = self._rendered[key] = (version, json_bytes(
                self.project.item(schema, record, item_id, kind)))
            if len(record) != size:  # fields filled in (a record read from a state file)
                self._generation += 1
        return hit[1]

    @staticmethod
    def _raw(mock: Reply, parts: list[bytes]) -> Reply:
        """``mock``'s status and headers with a body spliced from JSON parts."""
        return MockReply(mock.status, b"".join(parts), mock.headers, "application/json",
                         json.loads)

    def _id(self, role: Role, call: Any) -> str:
        return str(call.path_params.get(role.id_param, ""))

    def _existing(self, role: Role, scope: tuple, call: Any) -> tuple[str, dict]:
        item_id = self._id(role, call)
        record = self.store.get(role.resource.name, scope, item_id)
        if record is None:
            raise StubError("not_found", f"{role.resource.name} {item_id[:80]} could not be found")
        return item_id, record

    def _item_schema(self, op: Operation, role: Role) -> tuple[dict, dict | None]:
        """(the response schema, the item object's schema within it) of an operation."""
        if op.pointer not in self._schemas:
            schema, _ = response_schema(self.doc, op, role.success)
            _, item = self.inference.item_object(schema, role.resource)
            self._schemas[op.pointer] = (schema, item)
        return self._schemas[op.pointer]

    def _render(self, op: Operation, role: Role, record: dict, item_id: str, mock: Reply,
                cache: bool = False) -> Reply:
        """The answer with the item object in it; with ``cache`` (an answer that only
        shows the item) its JSON is kept until the item or the mock changes."""
        schema, item = self._item_schema(op, role)
        if item is None or role.wrapper is None:
            return mock
        others = set(self.project.properties(schema)) - {role.wrapper}
        if role.wrapper and not others:  # {"volume": {...}} and nothing else
            return self._raw(mock, [b"{", json_bytes(role.wrapper), b": ",
                                    self._item_json(item, record, item_id, role.resource.name),
                                    b"}"])
        raw = mock.untouched() if cache and isinstance(mock, MockReply) else None
        version = self._versions.get(item_id, 0)
        if raw is not None:
            hit = self._answers.get(item_id, {}).get(op.pointer)
            if hit is not None and hit[0] == version and hit[1] is raw:
                return MockReply(mock.status, hit[2], mock.headers, mock.media_type, json.loads)
        size = len(record)
        rendered = self.project.item(item, record, item_id, role.resource.name)
        if len(record) != size:
            self._generation += 1
        body = dict(mock.body) if isinstance(mock.body, dict) else {}
        if role.wrapper == "":
            body.update(rendered)
        else:
            body[role.wrapper] = rendered
        mock.body = body
        if raw is not None:
            encoded = json_bytes(body)
            self._answers.setdefault(item_id, {})[op.pointer] = (version, raw, encoded)
            return MockReply(mock.status, encoded, mock.headers, mock.media_type, json.loads)
        return mock

    def _fields(self, resource: Resource, body: object, wrapper: str | None = None) -> dict:
        """The request's fields for an item: the body's object named after the resource
        or as the answer's item object (``wrapper``), else its top-level scalars."""
        if not isinstance(body, dict):
            return {}
        for key, value in body.items():
            if isinstance(value, dict) and (singular(str(key)) == resource.name
                                            or (wrapper and key == wrapper)):
                return dict(value)
        return {k: v for k, v in body.items() if not isinstance(v, (dict, list))}

    # -- roles ------------------------------------------------------------------------
    def _create(self, op, role, scope, call, mock):
        resource = role.resource
        record = self._fields(resource, call.body, role.wrapper)
        key = resource.key_field
        chosen = record.get(key) if key else None
        if isinstance(chosen, str) and chosen and \
                self.store.get(resource.name, scope, chosen) is None:
            item_id = chosen  # the client names the item (a key pair's name)
        else:
            item_id = self.store.new_id(resource.name)
            if key:
                record[key] = item_id
        record["id"] = item_id
        record[resource.id_param] = item_id
        for schema in resource.item_schemas:
            self.project.fill(schema, record, item_id, resource.name)
        self.store.put(resource.name, scope, item_id, record)
        mock = self._render(op, role, record, item_id, mock)
        pointer = role.id_pointer or ""
        if isinstance(mock.body, dict) and pointer.count("/") == 1:
            mock.body[resource.id_param] = item_id
        elif isinstance(mock.body, dict) and pointer == f"/{resource.id_param}s/0":
            mock.body[f"{resource.id_param}s"] = [item_id]
        return mock, (resource, item_id), True

    def _show(self, op, role, scope, call, mock):
        item_id, record = self._existing(role, scope, call)
        return self._render(op, role, record, item_id, mock, cache=True), \
            (role.resource, item_id), False

    def _update(self, op, role, scope, call, mock):
        item_id, record = self._existing(role, scope, call)
        fields = self._fields(role.resource, call.body, role.wrapper)
        for name in role.resource.id_fields():
            fields.pop(name, None)
        record.update(fields)
        return self._render(op, role, record, item_id, mock), (role.resource, item_id), True

    def _delete(self, op, role, scope, call, mock):
        item_id, _ = self._existing(role, scope, call)
        self.store.delete(role.resource.name, scope, item_id)
        self._answers.pop(item_id, None)
        return mock, (role.resource, item_id), True

    def _action(self, op, role, scope, call, mock):
        item_id, record = self._existing(role, scope, call)
        changed = False
        body = call.body if isinstance(call.body, dict) else {}
        parts = [v for v in body.values() if isinstance(v, dict)] + [body]
        for part in parts:
            for key, value in part.items():
                if isinstance(key, str) and key.startswith("new_") and key[4:] in record \
                        and not _identical(record[key[4:]], value):
                    record[key[4:]] = value
                    changed = True
        return mock, (role.resource, item_id), changed

    def _sub(self, op, role, scope, call, mock):
        item_id, _ = self._existing(role, scope, call)
        return mock, (role.resource, item_id), False

    def _list(self, op, role, scope, call, mock):
        if role.list_key is None or mock.status >= 300:
            return mock, None, False
        query = call.query or {}
        raw = mock.untouched() if isinstance(mock, MockReply) else None
        key = (op.pointer, scope, repr(sorted(query.items())))
        hit = self._listed.get(key) if raw is not None else None
        if hit is not None and hit[0] == self._generation and hit[1] is raw:
            return self._raw(mock, [hit[2]]), None, False
        items_schema, required = self._list_schema(op, role)
        records = self.store.listing(role.resource.name, scope)
        for name, wanted in query.items():
            if name in PAGING or isinstance(wanted, (list, dict)):
                continue
            records = [r for r in records if name not in r or _same(r[name], wanted)]
        total = len(records)
        marker = query.get("marker")
        if marker is not None:
            ids = [r.get("id") for r in records]
            records = records[ids.index(marker) + 1:] if marker in ids else []
        offset = query.get("offset")
        if isinstance(offset, int) and offset > 0:
            records = records[offset:]
        limit = query.get("limit")
        if isinstance(limit, int) and limit >= 0:
            records = records[:limit]
        body = dict(self._kept_members(op, mock, required)) if required else {}
        if role.count_key:
            body[role.count_key] = total
        head = json_bytes(body)[:-1] + (b", " if body else b"")
        items = [self._item_json(items_schema, r, str(r.get("id")), role.resource.name)
                 for r in records]
        if role.list_wrapper is not None:  # [{"keypair": {...}}, ...]
            before = b"{" + json_bytes(role.list_wrapper) + b": "
            items = [before + item + b"}" for item in items]
        answer = b"".join([head, json_bytes(role.list_key), b": [", b", ".join(items), b"]}"])
        if raw is not None:
            if len(self._listed) >= LISTED_LIMIT:
                self._listed.clear()
            self._listed[key] = (self._generation, raw, answer)
        return self._raw(mock, [answer]), None, False

    def _kept_members(self, op: Operation, mock: Reply, required: set[str]) -> dict:
        """The members of a list operation's mock that its answer keeps, read once
        per mock."""
        raw = mock.untouched() if isinstance(mock, MockReply) else None
        hit = self._heads.get(op.pointer)
        if raw is not None and hit is not None and hit[0] is raw:
            return hit[1]
        kept = {k: v for k, v in mock.body.items() if k in required}
        if raw is not None:
            self._heads[op.pointer] = (raw, kept)
        return kept

    def _list_schema(self, op: Operation, role: Role) -> tuple[dict, set[str]]:
        """(the listed items' schema, the other members the answer keeps) of a list
        operation, read once."""
        hit = self._lists.get(op.pointer)
        if hit is None:
            schema, _ = response_schema(self.doc, op, role.success)
            items = resolve(self.doc, properties(self.doc, schema)[role.list_key].get("items"))
            if role.list_wrapper is not None:
                items = properties(self.doc, items)[role.list_wrapper]
            hit = self._lists[op.pointer] = (items, _kept(schema) - {role.list_key,
                                                                     role.count_key})
        return hit

    # -- produced items (jobs) ----------------------------------------------------------
    def _produce(self, op, target, role, item, mock, call) -> bool:
        changed = False
        for resource in self.produced:
            if op.pointer not in resource.producers or resource.id_param not in mock.body:
                continue
            item_id = self.store.new_id(resource.name)
            scope = tuple(str(call.path_params.get(p, "")) for p in
                          (self._scope_of(resource) or ()))
            record: dict = {"id": item_id, resource.id_param: item_id}
            if item is not None:
                record["entities"] = {item[0].id_param: item[1]}
            for schema in resource.item_schemas:
                self._success_fields(schema, record, role, target, item)
                self.project.fill(schema, record, item_id, resource.name)
            self.store.put(resource.name, scope, item_id, record)
            mock.body = dict(mock.body)
            mock.body[resource.id_param] = item_id
            changed = True
        return changed

    def _scope_of(self, resource: Resource) -> tuple[str, ...] | None:
        for role in self.inference.roles.values():
            if role.resource is resource:
                return role.scope
        return None

    def _success_fields(self, schema, record, role, target, item) -> None:
        props = properties(self.doc, resolve(self.doc, schema))
        status = props.get("status") or {}
        words = [str(v) for v in status.get("enum") or []] + \
            SUCCESS_RE.findall(str(status.get("description") or ""))
        found = next((w for w in words if SUCCESS_RE.fullmatch(w)), None)
        if found and "status" not in record:
            record["status"] = found
            required = _kept(resolve(self.doc, schema))
            record[OMIT] = sorted(n for n in props if n not in required
                                  and re.match(r"(error|fail)", n, re.IGNORECASE))
        kinds = [str(v) for v in (props.get("job_type") or {}).get("enum") or []]
        if kinds and item is not None and "job_type" not in record:
            verbs = {role.kind if role else "", *re.findall(r"[a-z]+", (target.key or "").lower())}
            for value in kinds:
                low = value.lower()
                if item[0].name in low and any(low.startswith(v) for v in verbs if v):
                    record["job_type"] = value
                    break


def _kept(schema: dict) -> set[str]:
    """The members an answer must keep: required ones and those every example shows
    (``x-always-present``), which clients type as always there."""
    return set(schema.get("required") or []) | set(schema.get("x-always-present") or [])


def _identical(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _same(stored: object, wanted: object) -> bool:
    if isinstance(stored, bool) or isinstance(wanted, bool):
        return str(stored).lower() == str(wanted).lower()
    return str(stored) == str(wanted)
