"""LockServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['LockServerRequestBody']


@dataclass(kw_only=True)
class LockServerRequestBody:
    """The LockServerRequestBody object.

    Attributes:
        lock, required: Locks an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.4 Locking an ECS
    """

    lock: dict[str, Any] | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('lock', self.lock),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LockServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            lock=_S.take(_d, 'lock', 'LockServerRequestBody'),
            additional_properties=_d,
        )
