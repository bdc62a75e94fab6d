"""ListServerGroupsV21Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .server_groups_v21 import ServerGroupsV21

__all__ = ['ListServerGroupsV21Response']


@dataclass(kw_only=True)
class ListServerGroupsV21Response:
    """The ListServerGroupsV21Response object.

    Attributes:
        server_groups: Specifies the ECS group information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.12.2 Querying ECS Groups
    """

    server_groups: list[ServerGroupsV21] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_groups', self.server_groups),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListServerGroupsV21Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .server_groups_v21 import ServerGroupsV21

        _d = dict(data)
        return cls(
            server_groups=_S.opt(_d.pop('server_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServerGroupsV21.from_dict, x))),
            additional_properties=_d,
        )
