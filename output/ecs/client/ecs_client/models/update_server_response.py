"""UpdateServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .server_for_update_server2 import ServerForUpdateServer2

__all__ = ['UpdateServerResponse']


@dataclass(kw_only=True)
class UpdateServerResponse:
    """The UpdateServerResponse object.

    Attributes:
        server: Specifies ECS information. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.2 Modifying ECS Information
    """

    server: ServerForUpdateServer2 | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_for_update_server2 import ServerForUpdateServer2

        _d = dict(data)
        return cls(
            server=_S.opt(_d.pop('server', UNSET), lambda x: _S.model(ServerForUpdateServer2.from_dict, x)),
            additional_properties=_d,
        )
