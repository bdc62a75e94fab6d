"""CreateSecurityGroupRuleResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .objectsofresponseparametersecurity_group_rule import ObjectsofresponseparametersecurityGroupRule

__all__ = ['CreateSecurityGroupRuleResponse']


@dataclass(kw_only=True)
class CreateSecurityGroupRuleResponse:
    """The CreateSecurityGroupRuleResponse object.

    Attributes:
        security_group_rule, required: Specifies the security group rule, which is configured in the message body. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.6 Creating a Security Group Rule (Discarded)
    """

    security_group_rule: ObjectsofresponseparametersecurityGroupRule
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('security_group_rule', self.security_group_rule),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSecurityGroupRuleResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .objectsofresponseparametersecurity_group_rule import ObjectsofresponseparametersecurityGroupRule

        _d = dict(data)
        return cls(
            security_group_rule=_S.opt(_S.take(_d, 'security_group_rule', 'CreateSecurityGroupRuleResponse'), lambda x: _S.model(ObjectsofresponseparametersecurityGroupRule.from_dict, x)),
            additional_properties=_d,
        )
