"""ListSecurityGroupsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .security_group_v2 import SecurityGroupV2

__all__ = ['ListSecurityGroupsResponse']


@dataclass(kw_only=True)
class ListSecurityGroupsResponse:
    """The ListSecurityGroupsResponse object.

    Attributes:
        security_groups: Specifies security groups. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.1 Querying Security Groups (Discarded)
    """

    security_groups: list[SecurityGroupV2] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('security_groups', self.security_groups),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListSecurityGroupsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group_v2 import SecurityGroupV2

        _d = dict(data)
        return cls(
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupV2.from_dict, x))),
            additional_properties=_d,
        )
