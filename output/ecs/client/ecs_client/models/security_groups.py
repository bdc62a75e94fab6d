"""SecurityGroups: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['SecurityGroups']


@dataclass(kw_only=True)
class SecurityGroups:
    """The SecurityGroups object.

    Attributes:
        id: Specifies the ID of the security group to which an ECS is to be added. The configuration will take effect on the NICs of the ECS. You need to specify the ID of an existing security group in UUID format. Otherwise, the default security group will be used at the underlying layer.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 security_groups
    """

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroups:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            additional_properties=_d,
        )
