"""SecurityGroupsForBatchAddNicsToServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['SecurityGroupsForBatchAddNicsToServer']


@dataclass(kw_only=True)
class SecurityGroupsForBatchAddNicsToServer:
    """The SecurityGroupsForBatchAddNicsToServer object.

    Attributes:
        id, required: Specifies the ID of the security group.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.5.1 security_groups
    """

    id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupsForBatchAddNicsToServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'SecurityGroupsForBatchAddNicsToServer'),
            additional_properties=_d,
        )
