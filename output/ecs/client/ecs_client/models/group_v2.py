"""GroupV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['GroupV2']


@dataclass(kw_only=True)
class GroupV2:
    """The GroupV2 object.

    Attributes:
        tenant_id, required: Specifies the ID of the tenant of the peer security group.
        name, required: Specifies the name of the peer security group.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 group
    """

    tenant_id: str
    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tenant_id', self.tenant_id),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GroupV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tenant_id=_S.take(_d, 'tenant_id', 'GroupV2'),
            name=_S.take(_d, 'name', 'GroupV2'),
            additional_properties=_d,
        )
