"""AddTagToServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AddTagToServerResponse']


@dataclass(kw_only=True)
class AddTagToServerResponse:
    """The AddTagToServerResponse object.

    Attributes:
        message: Example: \"
            \\n\\n\\n\"
        code: Example: \"201 Created\"
        title: Example: \"Created\"

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.16.5 Adding a Tag to an ECS
    """

    message: str | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('message', self.message),
            ('code', self.code),
            ('title', self.title),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddTagToServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            message=_d.pop('message', UNSET),
            code=_d.pop('code', UNSET),
            title=_d.pop('title', UNSET),
            additional_properties=_d,
        )
