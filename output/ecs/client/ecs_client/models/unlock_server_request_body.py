"""UnlockServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UnlockServerRequestBody']


@dataclass(kw_only=True)
class UnlockServerRequestBody:
    """The UnlockServerRequestBody object.

    Attributes:
        unlock, required: Unlocks an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.5 Unlocking an ECS
    """

    unlock: dict[str, Any] | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('unlock', self.unlock),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnlockServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            unlock=_S.take(_d, 'unlock', 'UnlockServerRequestBody'),
            additional_properties=_d,
        )
