"""DatastructureofthenetworkwhichanECSaccesses: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['DatastructureofthenetworkwhichanECSaccesses']


@dataclass(kw_only=True)
class DatastructureofthenetworkwhichanECSaccesses:
    """The DatastructureofthenetworkwhichanECSaccesses object.

    Attributes:
        addr: Specifies the IP address.
        version: Specifies the type of an IP address. The value of this parameter can be 4 or 6.
            • 4: The type of the IP address is IPv4.
            • 6: The type of the IP address is IPv6.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.2 DatastructureofthenetworkwhichanECSaccesses
    """

    addr: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('addr', self.addr),
            ('version', self.version),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DatastructureofthenetworkwhichanECSaccesses:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            addr=_d.pop('addr', UNSET),
            version=_d.pop('version', UNSET),
            additional_properties=_d,
        )
