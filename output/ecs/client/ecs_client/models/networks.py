"""Networks: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Networks']


@dataclass(kw_only=True)
class Networks:
    """The Networks object.

    Attributes:
        port: Specifies the network port UUID.
            This parameter must be set when the network UUID is not specified.
        uuid: Specifies the network UUID.
            This parameter must be set when the network port is not specified.
        fixed_ip: Specifies the fixed IP address. Parameter port in the three network parameters (port, uuid, and fixed_ip) has the highest priority. If parameter fixed_ip is set, you must specify the UUID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 networks
    """

    port: str | Unset = UNSET
    uuid: str | Unset = UNSET
    fixed_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('port', self.port),
            ('uuid', self.uuid),
            ('fixed_ip', self.fixed_ip),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Networks:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            port=_d.pop('port', UNSET),
            uuid=_d.pop('uuid', UNSET),
            fixed_ip=_d.pop('fixed_ip', UNSET),
            additional_properties=_d,
        )
