"""ECSnetworkparameterstructure: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ECSnetworkparameterstructure']


@dataclass(kw_only=True)
class ECSnetworkparameterstructure:
    """The ECSnetworkparameterstructure object.

    Attributes:
        version: Specifies the IP address version. The value of this parameter can be 4 or 6.
        addr: Specifies the IP address.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.2 ECSnetworkparameterstructure
    """

    version: int | Unset = UNSET
    addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('version', self.version),
            ('addr', self.addr),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ECSnetworkparameterstructure:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            version=_d.pop('version', UNSET),
            addr=_d.pop('addr', UNSET),
            additional_properties=_d,
        )
