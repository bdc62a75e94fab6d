"""AddSecurityGroupRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .add_security_group import AddSecurityGroup

__all__ = ['AddSecurityGroupRequestBody']


@dataclass(kw_only=True)
class AddSecurityGroupRequestBody:
    """The AddSecurityGroupRequestBody object.

    Attributes:
        add_security_group (JSON 'addSecurityGroup'), required: Specifies the security group where the ECS is added. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.1 Adding a Security Group
    """

    add_security_group: AddSecurityGroup
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('addSecurityGroup', self.add_security_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddSecurityGroupRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .add_security_group import AddSecurityGroup

        _d = dict(data)
        return cls(
            add_security_group=_S.opt(_S.take(_d, 'addSecurityGroup', 'AddSecurityGroupRequestBody'), lambda x: _S.model(AddSecurityGroup.from_dict, x)),
            additional_properties=_d,
        )
