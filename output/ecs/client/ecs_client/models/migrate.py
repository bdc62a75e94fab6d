"""Migrate: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Migrate']


@dataclass(kw_only=True)
class Migrate:
    """The Migrate object.

    Attributes:
        dedicated_host_id: Specifies the DeH ID.
            This parameter takes effect when an ECS is migrated from a public resource pool to a DeH or when an ECS is migrated between DeHs.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.4 migrate
    """

    dedicated_host_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('dedicated_host_id', self.dedicated_host_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Migrate:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            dedicated_host_id=_d.pop('dedicated_host_id', UNSET),
            additional_properties=_d,
        )
