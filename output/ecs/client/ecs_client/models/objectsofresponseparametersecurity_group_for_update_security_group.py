"""ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .security_group_rule_for_update_security_group import SecurityGroupRuleForUpdateSecurityGroup

__all__ = ['ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup']


@dataclass(kw_only=True)
class ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup:
    """The ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup object.

    Attributes:
        description, required: Specifies information about a security group.
            The value cannot exceed 255 characters.
        id, required: Specifies the security group ID in UUID format.
        name, required: Specifies the security group name.
            The value cannot exceed 255 characters.
        rules, required: Specifies the security group rule list. For details, see Table 6.
        tenant_id, required: Specifies the tenant or project ID.
            The value cannot exceed 255 characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 Objectsofresponseparametersecurity_group
    """

    description: str
    id: str
    name: str
    rules: list[SecurityGroupRuleForUpdateSecurityGroup]
    tenant_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('description', self.description),
            ('id', self.id),
            ('name', self.name),
            ('rules', self.rules),
            ('tenant_id', self.tenant_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group_rule_for_update_security_group import SecurityGroupRuleForUpdateSecurityGroup

        _d = dict(data)
        return cls(
            description=_S.take(_d, 'description', 'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup'),
            id=_S.take(_d, 'id', 'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup'),
            name=_S.take(_d, 'name', 'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup'),
            rules=_S.opt(_S.take(_d, 'rules', 'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup'), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupRuleForUpdateSecurityGroup.from_dict, x))),
            tenant_id=_S.take(_d, 'tenant_id', 'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup'),
            additional_properties=_d,
        )
