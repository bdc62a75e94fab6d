"""RemoveSecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['RemoveSecurityGroup']


@dataclass(kw_only=True)
class RemoveSecurityGroup:
    """The RemoveSecurityGroup object.

    Attributes:
        name, required: Specifies the UUID or name of the security group from which the ECS is removed. The configuration takes effect for the NICs on the ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.2 removeSecurityGroup
    """

    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RemoveSecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'RemoveSecurityGroup'),
            additional_properties=_d,
        )
