"""CreateServerV21Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .server_for_create_server_v21 import ServerForCreateServerV21

__all__ = ['CreateServerV21Response']


@dataclass(kw_only=True)
class CreateServerV21Response:
    """The CreateServerV21Response object.

    Attributes:
        server: Specifies ECS information. For details, see Table 10.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 Creating an ECS
    """

    server: ServerForCreateServerV21 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server', self.server),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerV21Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_for_create_server_v21 import ServerForCreateServerV21

        _d = dict(data)
        return cls(
            server=_S.opt(_d.pop('server', UNSET), lambda x: _S.model(ServerForCreateServerV21.from_dict, x)),
            additional_properties=_d,
        )
