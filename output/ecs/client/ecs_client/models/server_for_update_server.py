"""ServerForUpdateServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ServerForUpdateServer']


@dataclass(kw_only=True)
class ServerForUpdateServer:
    """The ServerForUpdateServer object.

    Attributes:
        name: Specifies the name of the modified ECS.
            The length is greater than 0 and less than 256
        description: Describes the ECS. The value contains a maximum of 255 bytes.
            This parameter is supported in microversion 2.19 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.2 server
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
    def from_dict(cls, data: Mapping[str, Any]) -> ServerForUpdateServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            additional_properties=_d,
        )
