"""OsGetConsoleOutput: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['OsGetConsoleOutput']


@dataclass(kw_only=True)
class OsGetConsoleOutput:
    """The OsGetConsoleOutput object.

    Attributes:
        length, required: Specifies the number of request log rows. The value is greater than or equal to -1, which indicates that the output is not limited.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.1 os-getConsoleOutput
    """

    length: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('length', self.length),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsGetConsoleOutput:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            length=_S.take(_d, 'length', 'OsGetConsoleOutput'),
            additional_properties=_d,
        )
