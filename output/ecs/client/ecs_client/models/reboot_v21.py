"""RebootV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .type import Type

__all__ = ['RebootV21']


@dataclass(kw_only=True)
class RebootV21:
    """The RebootV21 object.

    Attributes:
        type, required: Specifies the type of the restart operation.
            • SOFT: soft restart
            • HARD: forcible restart (hard restart)

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.2 reboot
    """

    type: Type
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RebootV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            type=_S.opt(_S.take(_d, 'type', 'RebootV21'), lambda x: _S.enum_of(Type, x)),
            additional_properties=_d,
        )
