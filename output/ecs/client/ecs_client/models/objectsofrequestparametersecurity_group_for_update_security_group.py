"""ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup']


@dataclass(kw_only=True)
class ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup:
    """The ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup object.

    Attributes:
        name, required: Specifies the security group name.
            The value cannot exceed 255 characters.
        description, required: Specifies information about a security group.
            The value cannot exceed 255 characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 Objectsofrequestparametersecurity_group
    """

    name: str
    description: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('description', self.description),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup'),
            description=_S.take(_d, 'description', 'ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup'),
            additional_properties=_d,
        )
