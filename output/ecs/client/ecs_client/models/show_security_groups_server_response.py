"""ShowSecurityGroupsServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .security_group import SecurityGroup

__all__ = ['ShowSecurityGroupsServerResponse']


@dataclass(kw_only=True)
class ShowSecurityGroupsServerResponse:
    """The ShowSecurityGroupsServerResponse object.

    Attributes:
        security_groups, required: Specifies security groups. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.3 Querying Security Groups for a Specified ECS
    """

    security_groups: list[SecurityGroup]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowSecurityGroupsServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group import SecurityGroup

        _d = dict(data)
        return cls(
            security_groups=_S.opt(_S.take(_d, 'security_groups', 'ShowSecurityGroupsServerResponse'), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroup.from_dict, x))),
            additional_properties=_d,
        )
