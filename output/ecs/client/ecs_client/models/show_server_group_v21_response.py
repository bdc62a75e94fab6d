"""ShowServerGroupV21Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .server_group_v21 import ServerGroupV21

__all__ = ['ShowServerGroupV21Response']


@dataclass(kw_only=True)
class ShowServerGroupV21Response:
    """The ShowServerGroupV21Response object.

    Attributes:
        server_group: Specifies the ECS group information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.12.3 Querying Details About an ECS Group
    """

    server_group: ServerGroupV21 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_group', self.server_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerGroupV21Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_group_v21 import ServerGroupV21

        _d = dict(data)
        return cls(
            server_group=_S.opt(_d.pop('server_group', UNSET), lambda x: _S.model(ServerGroupV21.from_dict, x)),
            additional_properties=_d,
        )
