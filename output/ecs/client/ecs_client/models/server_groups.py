"""ServerGroups: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ServerGroups']


@dataclass(kw_only=True)
class ServerGroups:
    """The ServerGroups object.

    Attributes:
        id: Specifies the ECS group UUID.
        name: Specifies the ECS group name.
        members: Specifies the ECSs contained in an ECS group.
        metadata: Specifies the ECS group metadata.
        policies: Specifies the policies associated with the ECS group. Options:
            • anti-affinity: ECSs in this group must be deployed on different hosts.
            • affinity: ECSs in this group must be deployed on the same host.
            • soft-anti-affinity: ECSs in this group are deployed on different hosts if possible. If the ECSs cannot be deployed on different hosts, deploy them based on the actual condition for successful ECS creation.
            • soft-affinity: ECSs in this group are deployed on the same host if possible. If the ECSs cannot be deployed on the same host, deploy them based on the actual condition for successful ECS creation.
            Only anti-affinity policies are supported. You are not advised to use other policies. If other policies are used, creating the ECS group will fail.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.5 server_groups
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    members: list[str] | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    policies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('members', self.members),
            ('metadata', self.metadata),
            ('policies', self.policies),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServerGroups:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            members=_d.pop('members', UNSET),
            metadata=_d.pop('metadata', UNSET),
            policies=_d.pop('policies', UNSET),
            additional_properties=_d,
        )
