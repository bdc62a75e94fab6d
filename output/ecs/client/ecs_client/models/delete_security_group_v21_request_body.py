"""DeleteSecurityGroupV21RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .remove_security_group import RemoveSecurityGroup

__all__ = ['DeleteSecurityGroupV21RequestBody']


@dataclass(kw_only=True)
class DeleteSecurityGroupV21RequestBody:
    """The DeleteSecurityGroupV21RequestBody object.

    Attributes:
        remove_security_group (JSON 'removeSecurityGroup'), required: Specifies the security group to be deleted for an ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.2 Deleting a Security Group
    """

    remove_security_group: RemoveSecurityGroup
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('removeSecurityGroup', self.remove_security_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteSecurityGroupV21RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .remove_security_group import RemoveSecurityGroup

        _d = dict(data)
        return cls(
            remove_security_group=_S.opt(_S.take(_d, 'removeSecurityGroup', 'DeleteSecurityGroupV21RequestBody'), lambda x: _S.model(RemoveSecurityGroup.from_dict, x)),
            additional_properties=_d,
        )
