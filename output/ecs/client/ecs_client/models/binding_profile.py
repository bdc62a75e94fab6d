"""BindingProfile: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['BindingProfile']


@dataclass(kw_only=True)
class BindingProfile:
    """The BindingProfile object.

    Attributes:
        disable_security_groups: Indicates that a HANA ECS NIC is not added to a security group.
            • A primary HANA ECS NIC must be added to a security group.
            • At most one HANA ECS NIC is allowed not to add to any security group.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 binding:profile
    """

    disable_security_groups: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('disable_security_groups', self.disable_security_groups),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BindingProfile:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            disable_security_groups=_d.pop('disable_security_groups', UNSET),
            additional_properties=_d,
        )
