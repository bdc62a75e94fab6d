"""Spec response headers -> a typed class per operation (or variant) that documents any.

The class (``CreateImageServerHeaders``) has one field per documented header of the
success responses; the ``_detailed`` method returns a ``HeadedResponse`` whose
``response_headers`` is that class read from the response. For a variant of a shared
operation, a header whose ``x-source`` names another variant's section is not its own.
A field is required where every success response requires the header.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .names import FIELD_AVOID, claim, class_identifier, identifier
from .schema_types import PRIMITIVES, schema_type, text

PARSERS = {"str": "str", "int": "int", "float": "float", "bool": "_S.boolean"}
SKIP = ("content-type", "content-length", "transfer-encoding")


@dataclass(eq=False)
class HeaderFieldView:
    name: str                # Python identifier
    wire: str                # the header's name
    kind: str                # str | int | float | bool
    required: bool
    doc: str

    @property
    def annotation(self) -> str:
        return self.kind if self.required else f"{self.kind} | Unset"

    @property
    def read(self) -> str:
        """The expression reading this header out of ``headers``."""
        fn = "_S.required_header" if self.required else "_S.header"
        return f"{fn}(headers, {self.wire!r}, {PARSERS[self.kind]})"


@dataclass(eq=False)
class HeadersView:
    """The documented response headers of one client method, as a frozen dataclass."""

    base: str                # the method's operationId
    method: str              # the client method's name
    fields: list[HeaderFieldView]
    name: str = ""
    module: str = ""
    source: str = ""

    @property
    def doc(self) -> str:
        head = f"Response headers of {self.method}() the spec documents"
        return head + (f" ({self.source})." if self.source else ".")

    @property
    def optional(self) -> bool:
        return any(not f.required for f in self.fields)

    def classes(self) -> list[Any]:
        return [self]


def _section(node: Any) -> str | None:
    src = node.get("x-source") if isinstance(node, dict) else None
    return str(src["section"]) if isinstance(src, dict) and src.get("section") else None


def build_headers(op: dict, method: str, op_id: str, variant: str | None,
                  others: set[str]) -> HeadersView | None:
    """The headers view of one method (``variant``: its section among ``others``)."""
    success = [r for s, r in (op.get("responses") or {}).items()
               if str(s).isdigit() and int(s) < 400 and isinstance(r, dict)]
    seen: dict[str, dict[str, Any]] = {}
    for resp in success:
        headers = resp.get("headers")
        for wire, spec in (headers.items() if isinstance(headers, dict) else ()):
            if not isinstance(spec, dict) or str(wire).lower() in SKIP:
                continue
            own = _section(spec)
            if variant is not None and own in others and own != variant:
                continue
            entry = seen.setdefault(str(wire).lower(), {"wire": str(wire), "spec": spec,
                                                        "required": 0})
            entry["required"] += bool(spec.get("required"))
    if not seen:
        return None
    taken: set[str] = set()
    fields = []
    for entry in seen.values():
        spec = entry["spec"]
        kind, _ = schema_type(spec.get("schema") if isinstance(spec.get("schema"), dict) else {})
        fields.append(HeaderFieldView(
            name=claim(identifier(entry["wire"], "header", FIELD_AVOID | {"from_headers"}),
                       taken),
            wire=entry["wire"], kind=PRIMITIVES.get(kind or "", "str"),
            required=entry["required"] == len(success), doc=text(spec.get("description"))))
    fields.sort(key=lambda f: not f.required)
    src = _section(next(iter(seen.values()))["spec"])
    return HeadersView(op_id, method, fields, source=f"manual section {src}" if src else "")


def name_headers(views: list[HeadersView], class_names: set[str], modules: set[str]) -> None:
    """Class names (``<OperationId>Headers``) and modules, unique among the package's."""
    for view in views:
        view.name = claim(class_identifier(view.base + "Headers", "Headers"), class_names, "")
        view.module = claim(identifier(view.name, "headers"), modules)
