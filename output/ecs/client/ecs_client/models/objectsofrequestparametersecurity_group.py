"""ObjectsofrequestparametersecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ObjectsofrequestparametersecurityGroup']


@dataclass(kw_only=True)
class ObjectsofrequestparametersecurityGroup:
    """The ObjectsofrequestparametersecurityGroup object.

    Attributes:
        name: Specifies the security group name. It must contain 0 to 255 characters.
        description: Specifies information about a security group. It must contain 0 to 255 characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.2 Objectsofrequestparametersecurity_group
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('description', self.description),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofrequestparametersecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            additional_properties=_d,
        )
