"""SecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .security_group_rule import SecurityGroupRule

__all__ = ['SecurityGroup']


@dataclass(kw_only=True)
class SecurityGroup:
    """The SecurityGroup object.

    Attributes:
        description, required: Specifies information about a security group. It must contain 0 to 255 characters.
        id, required: Specifies the security group ID in UUID format.
        name, required: Specifies the security group name. It must contain 0 to 255 characters.
        rules, required: Specifies security group rules. For details, see Table 4.
        tenant_id, required: Specifies the tenant or project ID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.3 security_group
    """

    description: str
    id: str
    name: str
    rules: list[SecurityGroupRule]
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
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group_rule import SecurityGroupRule

        _d = dict(data)
        return cls(
            description=_S.take(_d, 'description', 'SecurityGroup'),
            id=_S.take(_d, 'id', 'SecurityGroup'),
            name=_S.take(_d, 'name', 'SecurityGroup'),
            rules=_S.opt(_S.take(_d, 'rules', 'SecurityGroup'), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupRule.from_dict, x))),
            tenant_id=_S.take(_d, 'tenant_id', 'SecurityGroup'),
            additional_properties=_d,
        )
