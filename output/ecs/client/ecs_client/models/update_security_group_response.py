"""UpdateSecurityGroupResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .objectsofresponseparametersecurity_group_for_update_security_group import ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup

__all__ = ['UpdateSecurityGroupResponse']


@dataclass(kw_only=True)
class UpdateSecurityGroupResponse:
    """The UpdateSecurityGroupResponse object.

    Attributes:
        security_group, required: Specifies the security group. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 Updating a Security Group (Discarded)
    """

    security_group: ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('security_group', self.security_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSecurityGroupResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .objectsofresponseparametersecurity_group_for_update_security_group import ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup

        _d = dict(data)
        return cls(
            security_group=_S.opt(_S.take(_d, 'security_group', 'UpdateSecurityGroupResponse'), lambda x: _S.model(ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup.from_dict, x)),
            additional_properties=_d,
        )
