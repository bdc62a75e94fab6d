"""OsStopV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .type import Type

__all__ = ['OsStopV21']


@dataclass(kw_only=True)
class OsStopV21:
    """The OsStopV21 object.

    Attributes:
        type: Specifies an ECS stop type. The default value is SOFT.
            • SOFT: normal ECS stop
            • HARD: forcible ECS stop

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.3 os-stop
    """

    type: Type | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsStopV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            type=_S.opt(_d.pop('type', UNSET), lambda x: _S.enum_of(Type, x)),
            additional_properties=_d,
        )
