"""SecurityGroupV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .security_group_rule_v2 import SecurityGroupRuleV2

__all__ = ['SecurityGroupV2']


@dataclass(kw_only=True)
class SecurityGroupV2:
    """The SecurityGroupV2 object.

    Attributes:
        description: Specifies information about a security group. It must contain 0 to 255 characters.
        id: Specifies the security group ID in UUID format.
        name: Specifies the security group name. It must contain 0 to 255 characters.
        rules: Specifies security group rules. For details, see Table 4.
        tenant_id: Specifies the tenant or project ID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.1 security_group
    """

    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    rules: list[SecurityGroupRuleV2] | Unset = UNSET
    tenant_id: str | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group_rule_v2 import SecurityGroupRuleV2

        _d = dict(data)
        return cls(
            description=_d.pop('description', UNSET),
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            rules=_S.opt(_d.pop('rules', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupRuleV2.from_dict, x))),
            tenant_id=_d.pop('tenant_id', UNSET),
            additional_properties=_d,
        )
