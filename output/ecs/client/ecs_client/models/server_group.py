"""ServerGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ServerGroup']


@dataclass(kw_only=True)
class ServerGroup:
    """The ServerGroup object.

    Attributes:
        name, required: Specifies the ECS group name. The value contains 1 to 255 characters.
        policies, required: Specifies the policies associated with the ECS group. Options:
            • anti-affinity: ECSs in this group must be deployed on different hosts.
            • affinity: ECSs in this group must be deployed on the same host.
            • soft-anti-affinity: ECSs in this group are deployed on different hosts if possible. If the ECSs cannot be deployed on different hosts, deploy them based on the actual condition for successful ECS creation.
            • soft-affinity: ECSs in this group are deployed on the same host if possible. If the ECSs cannot be deployed on the same host, deploy them based on the actual condition for successful ECS creation.
            Only anti-affinity policies are supported. You are not advised to use other policies. If other policies are used, creating the ECS group will fail.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.1 server_group
    """

    name: str
    policies: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('policies', self.policies),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServerGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'ServerGroup'),
            policies=_S.take(_d, 'policies', 'ServerGroup'),
            additional_properties=_d,
        )
