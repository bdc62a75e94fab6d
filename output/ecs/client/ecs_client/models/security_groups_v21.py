"""SecurityGroupsV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['SecurityGroupsV21']


@dataclass(kw_only=True)
class SecurityGroupsV21:
    """The SecurityGroupsV21 object.

    Attributes:
        name: Specifies the security group name or UUID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 security_groups
    """

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupsV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
