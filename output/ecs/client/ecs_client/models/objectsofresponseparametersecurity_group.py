"""ObjectsofresponseparametersecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ObjectsofresponseparametersecurityGroup']


@dataclass(kw_only=True)
class ObjectsofresponseparametersecurityGroup:
    """The ObjectsofresponseparametersecurityGroup object.

    Attributes:
        description: Provides supplementary information about the security group.
        id: Specifies the security group ID in UUID format.
        name: Specifies the security group name.
        rules: Specifies the rules of the security group. The list is empty.
        tenant_id: Specifies the tenant or project ID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.2 Objectsofresponseparametersecurity_group
    """

    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    rules: list[dict[str, Any]] | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofresponseparametersecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            description=_d.pop('description', UNSET),
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            rules=_d.pop('rules', UNSET),
            tenant_id=_d.pop('tenant_id', UNSET),
            additional_properties=_d,
        )
