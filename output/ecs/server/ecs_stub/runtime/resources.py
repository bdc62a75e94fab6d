"""The stateful mode's inference: which paths hold collections and items of which
resource, and what each operation does to them. Read from the paths and the
response schemas alone, nothing per API.

- A *collection* is a literal path segment followed, in some path, by one parameter
  segment: ``.../cloudvolumes/{volume_id}`` makes ``cloudvolumes`` a collection of
  the resource named by the parameter without ``_id`` (``volume``).
- A resource is one id parameter *below the same parent items*: the parameters
  before the collection that follow a literal segment (``{server_id}`` in
  ``.../servers/{server_id}/os-volume_attachments/{volume_id}``; not ``{project_id}``,
  which follows a version segment). So collections with the same parameter and the
  same parents hold the same items (``volumes``, ``cloudvolumes``, ``os-vendor-volumes``;
  ``servers`` and ``cloudservers``), while ``{volume_id}`` below a server is another
  resource than the top-level volumes. Outer resources get the plain names; a nested
  one whose name is taken is named after its most used collection
  (``os_volume_attachment``), else after its parent (``volume_metadata``).
- An item's *id fields* are ``id``, the parameter's name, and the field a non-id
  parameter names (``keypair_name`` -> ``name``, which the client may choose at create).
- Operations: POST on a collection *creates*; GET on a collection or its ``/detail``
  *lists*; on ``.../<collection>/{id}``: GET *shows*, PUT/PATCH *updates*, DELETE
  *deletes*, POST is an *action*; any other method and path below an item is an
  *action* (POST, PUT, PATCH) or a *sub*-request (GET, DELETE) on that item.
- An *item object* is the response object with an id field, at the top or under one
  property (``{"volume": {...}}``). A list is a property holding an array of item
  objects, or of objects of one property holding one (``{"keypairs": [{"keypair":
  {...}}]}``); a list operation whose answer is itself an item object, or holds no
  such array, is answered by the mock.
- A resource is *stateful* when it has a show operation with an item object and
  something that makes items: a create operation, or (for a resource nothing
  creates) success responses of other operations that carry its id field at the
  top (``job_id``: those operations *produce* a job).

Everything else stays stateless (answered by the mock); ``report`` lists it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .spec import PARAM_RE, Operation, SpecIndex, follow, is_json, pointer
from .synth import resolve, schema_type
from .values import singular

VERSION_RE = re.compile(r"^v\d+(\.\d+)*$")
COUNT_NAMES = ("count", "total", "total_count")
LIST_SUFFIXES = ("detail",)


@dataclass
class Resource:
    """One kind of item, by its id parameter."""

    name: str
    id_param: str
    collections: set[str] = field(default_factory=set)
    item_schemas: list[dict] = field(default_factory=list)
    creates: bool = False
    shows: bool = False
    producers: list[str] = field(default_factory=list)

    def add_schema(self, schema: dict) -> None:
        if not any(s is schema for s in self.item_schemas):
            self.item_schemas.append(schema)

    @property
    def stateful(self) -> bool:
        return self.shows and (self.creates or bool(self.producers))

    @property
    def key_field(self) -> str | None:
        """The item field a non-id parameter names (``keypair_name`` -> ``name``): the
        client may choose the item's key in it."""
        head, _, tail = self.id_param.rpartition("_")
        return tail if head and tail.isalpha() and tail != "id" else None

    def id_fields(self) -> tuple[str, ...]:
        key = self.key_field
        return ("id", self.id_param) + ((key,) if key else ())


@dataclass
class Role:
    """What one operation does in the stateful mode."""

    kind: str  # create, list, show, update, delete, action, sub
    resource: Resource
    id_param: str | None  # the path parameter holding the item's id (item operations)
    scope: tuple[str, ...]  # the path parameters before the collection
    wrapper: str | None = None  # the response property holding the item object
    list_key: str | None = None
    list_wrapper: str | None = None  # each listed item's one property holding the item
    count_key: str | None = None
    id_pointer: str | None = None  # where a create's response carries the new id
    success: str | None = None  # the documented success status key


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _param(segment: str) -> str | None:
    m = PARAM_RE.fullmatch(segment)
    return m.group(1) if m else None


def _literal(segment: str) -> bool:
    return not PARAM_RE.search(segment) and not VERSION_RE.match(segment)


def _parents(segs: list[str], upto: int) -> tuple[str, ...]:
    """The item parameters before segment ``upto``: those following a literal segment
    (``{server_id}`` in ``/v2.1/{project_id}/servers/{server_id}/...``; not the project,
    which follows a version)."""
    return tuple(_param(segs[i]) for i in range(1, upto)
                 if _param(segs[i]) and _literal(segs[i - 1]))


def _resource_name(id_param: str, literal: str) -> str:
    for suffix in ("_id", "Id", "_uuid"):
        if id_param.endswith(suffix) and len(id_param) > len(suffix):
            return id_param[: -len(suffix)]
    return singular(literal.replace("-", "_"))


def _success_key(op: Operation) -> str | None:
    keys = sorted((str(k) for k in op.spec.get("responses") or {}
                   if str(k)[:1] == "2" and str(k)[1:].isdigit()))
    return keys[0] if keys else None


def response_schema(doc: dict, op: Operation, key: str | None) -> tuple[dict, str | None]:
    """The JSON schema (resolved) of a response and its pointer, or ({}, None)."""
    if key is None:
        return {}, None
    responses = op.spec.get("responses") or {}
    node, ptr = follow(doc, responses[key], op.pointer + pointer("responses", key))
    content = node.get("content") if isinstance(node, dict) else None
    for media, spec in (content or {}).items():
        if is_json(media) and isinstance(spec, dict) and isinstance(spec.get("schema"), dict):
            return resolve(doc, spec["schema"]), ptr + pointer("content", media, "schema")
    return {}, None


def properties(doc: dict, schema: dict) -> dict[str, dict]:
    """An object schema's properties, resolved (allOf parts merged)."""
    out: dict[str, dict] = {}
    for part in schema.get("allOf") or []:
        out.update(properties(doc, resolve(doc, part)))
    for name, sub in (schema.get("properties") or {}).items():
        resolved = resolve(doc, sub)
        out[str(name)] = resolved if isinstance(resolved, dict) else {}
    return out


class Inference:
    """Resources and roles of one document."""

    def __init__(self, doc: dict, index: SpecIndex):
        self.doc = doc
        self.index = index
        # (id parameter, item parameters before the collection) -> resource
        self.resources: dict[tuple[str, tuple[str, ...]], Resource] = {}
        # (literal segment, item parameters before it) -> the resource it holds
        self.collections: dict[tuple[str, tuple[str, ...]], Resource] = {}
        self.roles: dict[str, Role] = {}  # operation pointer -> role
        self.unrecognised: list[str] = []
        self._collections()
        for op in index.operations:
            role = self._role(op)
            if role is not None:
                self.roles[op.pointer] = role
        self._produced()
        for op in index.operations:
            role = self.roles.get(op.pointer)
            if role is None or not role.resource.stateful:
                parent = self.parent_item(op)
                if parent is not None:
                    self.roles[op.pointer] = parent
                elif role is None:
                    self.unrecognised.append(op.label)

    # -- collections and resources ------------------------------------------------------
    def _collections(self) -> None:
        seen: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        uses: dict[str, int] = {}
        for path in self.index.by_path:
            segs = _segments(path)
            for i, (a, b) in enumerate(zip(segs, segs[1:])):
                if _literal(a) and _param(b):
                    seen.setdefault((a, _parents(segs, i)), set()).add(_param(b))
                    uses[a] = uses.get(a, 0) + 1
        groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        for (literal, parents), params in sorted(seen.items()):
            if len(params) == 1:
                groups.setdefault((next(iter(params)), parents), []).append(literal)
        names: set[str] = set()
        # outer resources first: they get the plain names
        for (id_param, parents), literals in sorted(groups.items(),
                                                    key=lambda g: (len(g[0][1]), g[0])):
            main = max(literals, key=lambda lit: (uses[lit], lit))
            parent = next((r for (p, ps), r in self.resources.items()
                           if parents and p == parents[-1] and ps == parents[:-1]), None)
            name = _resource_name(id_param, main)
            for other in (singular(main.replace("-", "_")),
                          f"{parent.name}_{name}" if parent else name, f"{name}_{len(names)}"):
                if name not in names:
                    break
                name = other
            names.add(name)
            resource = self.resources[(id_param, parents)] = Resource(name, id_param)
            for literal in literals:
                resource.collections.add(literal)
                self.collections[(literal, parents)] = resource

    def _collection(self, segs: list[str], at: int) -> Resource | None:
        """The resource of the collection at segment ``at`` (by its literal and the
        item parameters before it), if it is one."""
        return self.collections.get((segs[at], _parents(segs, at)))

    def _scope(self, segs: list[str], upto: int) -> tuple[str, ...]:
        return tuple(p for p in (_param(s) for s in segs[:upto]) if p)

    def _role(self, op: Operation) -> Role | None:
        segs = _segments(op.path)
        if not segs:
            return None
        last = segs[-1]
        method = op.method
        # .../<collection> and .../<collection>/detail
        if _literal(last) and self._collection(segs, len(segs) - 1) is not None:
            resource = self._collection(segs, len(segs) - 1)
            scope = self._scope(segs, len(segs) - 1)
            if method == "POST":
                return self._create(op, resource, scope)
            if method == "GET":
                return self._list(op, resource, scope)
            return None
        if len(segs) >= 2 and last in LIST_SUFFIXES and method == "GET" \
                and self._collection(segs, len(segs) - 2) is not None:
            return self._list(op, self._collection(segs, len(segs) - 2),
                              self._scope(segs, len(segs) - 2))
        # .../<collection>/{id}
        param = _param(last)
        if param and len(segs) >= 2 and self._collection(segs, len(segs) - 2) is not None \
                and self._collection(segs, len(segs) - 2).id_param == param:
            resource = self._collection(segs, len(segs) - 2)
            kind = {"GET": "show", "PUT": "update", "PATCH": "update", "DELETE": "delete",
                    "POST": "action"}.get(method)
            if kind is None:
                return None
            role = Role(kind, resource, param, self._scope(segs, len(segs) - 2),
                        success=_success_key(op))
            if kind in ("show", "update"):
                self._item(op, role)
                if kind == "show" and role.wrapper is not None:
                    resource.shows = True
            return role
        return None

    def parent_item(self, op: Operation) -> Role | None:
        """The role of an operation below an item of a stateful resource: an action
        (POST, PUT, PATCH) or a sub-request (GET, DELETE) of the nearest such item."""
        segs = _segments(op.path)
        for i in range(len(segs) - 1, 0, -1):
            param = _param(segs[i])
            resource = self._collection(segs, i - 1)
            if param and resource is not None and resource.id_param == param \
                    and resource.stateful and i < len(segs) - 1:
                kind = "action" if op.method in ("POST", "PUT", "PATCH") else "sub"
                return Role(kind, resource, param, self._scope(segs, i - 1),
                            success=_success_key(op))
        return None

    def _item(self, op: Operation, role: Role) -> None:
        schema, _ = response_schema(self.doc, op, role.success)
        wrapper, item = self.item_object(schema, role.resource)
        if item is not None:
            role.wrapper = wrapper if wrapper is not None else ""
            role.resource.add_schema(item)

    def item_object(self, schema: dict, resource: Resource) -> tuple[str | None, dict | None]:
        """(wrapper property or None for the top level, item schema) of a response."""
        if schema_type(schema) != "object":
            return None, None
        props = properties(self.doc, schema)
        if any(f in props for f in resource.id_fields()):
            return None, schema
        candidates = [(name, sub) for name, sub in props.items() if schema_type(sub) == "object"
                      and any(f in properties(self.doc, sub) for f in resource.id_fields())]
        candidates.sort(key=lambda c: c[0] != resource.name)
        return candidates[0] if candidates else (None, None)

    def _create(self, op: Operation, resource: Resource, scope: tuple[str, ...]) -> Role:
        role = Role("create", resource, None, scope, success=_success_key(op))
        schema, _ = response_schema(self.doc, op, role.success)
        wrapper, item = self.item_object(schema, resource)
        props = properties(self.doc, schema) if schema_type(schema) == "object" else {}
        if item is not None:
            role.wrapper = wrapper or ""
            if wrapper is not None:
                resource.add_schema(item)
            id_field = next(f for f in resource.id_fields() if f in properties(self.doc, item))
            role.id_pointer = pointer(*(x for x in (wrapper, id_field) if x))
        elif schema_type(props.get(f"{resource.id_param}s") or {}) == "array":
            role.id_pointer = pointer(f"{resource.id_param}s", 0)
        elif resource.id_param in props:
            role.id_pointer = pointer(resource.id_param)
        resource.creates = True
        return role

    def _list(self, op: Operation, resource: Resource, scope: tuple[str, ...]) -> Role:
        role = Role("list", resource, None, scope, success=_success_key(op))
        schema, _ = response_schema(self.doc, op, role.success)
        props = properties(self.doc, schema) if schema_type(schema) == "object" else {}
        if any(f in props for f in resource.id_fields()):
            return role  # the answer is one item, not a list: no list key, the mock answers
        for name, sub in props.items():
            items = resolve(self.doc, sub.get("items")) if schema_type(sub) == "array" else None
            found = self._listed_item(items, resource) if role.list_key is None else None
            if found is not None:
                role.list_key, role.list_wrapper = name, found[0]
                resource.add_schema(found[1])
            elif name in COUNT_NAMES and schema_type(sub) in ("integer", "number"):
                role.count_key = name
        return role

    def _listed_item(self, items: object, resource: Resource) -> tuple[str | None, dict] | None:
        """(None, the item schema) of a list's item with the resource's id field, or
        (its property, the item schema) of one wrapped in an object of one property
        (``{"keypairs": [{"keypair": {...}}]}``)."""
        if not isinstance(items, dict) or schema_type(items) != "object":
            return None
        props = properties(self.doc, items)
        if any(f in props for f in resource.id_fields()):
            return None, items
        if len(props) == 1:
            (name, inner), = props.items()
            if schema_type(inner) == "object" and \
                    any(f in properties(self.doc, inner) for f in resource.id_fields()):
                return name, inner
        return None

    def _produced(self) -> None:
        """Resources whose id field tops other operations' success responses."""
        for resource in self.resources.values():
            if not resource.shows or resource.creates:
                continue
            for op in self.index.operations:
                role = self.roles.get(op.pointer)
                if role is not None and role.resource is resource:
                    continue
                schema, _ = response_schema(self.doc, op, _success_key(op))
                if schema_type(schema) == "object" and \
                        resource.id_param in properties(self.doc, schema):
                    resource.producers.append(op.pointer)

    # -- reporting ----------------------------------------------------------------------
    def report(self) -> list[str]:
        """Lines for the startup report: what is stateful and what stays stateless."""
        lines = []
        stateful = [r for r in self.resources.values() if r.stateful]
        for r in sorted(stateful, key=lambda r: r.name):
            ops = sum(1 for role in self.roles.values() if role.resource is r)
            how = "created by POST" if r.creates else \
                f"made by the answers of {len(r.producers)} operations"
            lines.append(f"stateful: {r.name} ({r.id_param}; {how}; {ops} operations act on "
                         f"it; collections {', '.join(sorted(r.collections))})")
        for r in sorted(self.resources.values(), key=lambda r: r.name):
            if not r.stateful:
                why = "no show operation with an item object" if not r.shows \
                    else "nothing creates its items"
                lines.append(f"stateless: {r.name} ({r.id_param}): {why}")
        stateless_ops = [op.label for op in self.index.operations
                         if op.pointer not in self.roles
                         or not self.roles[op.pointer].resource.stateful]
        if stateless_ops:
            lines.append(f"stateless: {len(stateless_ops)} operations answered by the mock: "
                         + ", ".join(stateless_ops))
        unlisted = [op.label for op in self.index.operations
                    if (role := self.role(op)) is not None and role.kind == "list"
                    and role.list_key is None]
        if unlisted:
            lines.append(f"stateless: {len(unlisted)} list operations whose answer holds no "
                         "array of items (answered by the mock): " + ", ".join(unlisted))
        return lines

    def role(self, op: Operation) -> Role | None:
        role = self.roles.get(op.pointer)
        return role if role is not None and role.resource.stateful else None
