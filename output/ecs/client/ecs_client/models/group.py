"""Group: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Group']


@dataclass(kw_only=True)
class Group:
    """The Group object.

    Attributes:
        tenant_id: Specifies the ID of the tenant of the peer security group.
        name: Specifies the name of the peer security group.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.5.3 group
    """

    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tenant_id', self.tenant_id),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Group:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tenant_id=_d.pop('tenant_id', UNSET),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
