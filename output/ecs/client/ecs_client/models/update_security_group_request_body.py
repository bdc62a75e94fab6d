"""UpdateSecurityGroupRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .objectsofrequestparametersecurity_group_for_update_security_group import ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup

__all__ = ['UpdateSecurityGroupRequestBody']


@dataclass(kw_only=True)
class UpdateSecurityGroupRequestBody:
    """The UpdateSecurityGroupRequestBody object.

    Attributes:
        security_group, required: Specifies the security group in the message body. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 Updating a Security Group (Discarded)
    """

    security_group: ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('security_group', self.security_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSecurityGroupRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .objectsofrequestparametersecurity_group_for_update_security_group import ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup

        _d = dict(data)
        return cls(
            security_group=_S.opt(_S.take(_d, 'security_group', 'UpdateSecurityGroupRequestBody'), lambda x: _S.model(ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup.from_dict, x)),
            additional_properties=_d,
        )
