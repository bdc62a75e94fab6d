"""Resize: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Resize']


@dataclass(kw_only=True)
class Resize:
    """The Resize object.

    Attributes:
        flavor_ref (JSON 'flavorRef'), required: Specifies the flavor ID of the ECS after the modification.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.5 resize
    """

    flavor_ref: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavorRef', self.flavor_ref),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Resize:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            flavor_ref=_S.take(_d, 'flavorRef', 'Resize'),
            additional_properties=_d,
        )
