"""RemoteConsole: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['RemoteConsole']


@dataclass(kw_only=True)
class RemoteConsole:
    """The RemoteConsole object.

    Attributes:
        type, required: Specifies a remote login mode. Set it to novnc.
        protocol, required: Specifies a remote login protocol. Set it to vnc.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.2 remote_console
    """

    type: str
    protocol: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
            ('protocol', self.protocol),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RemoteConsole:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            type=_S.take(_d, 'type', 'RemoteConsole'),
            protocol=_S.take(_d, 'protocol', 'RemoteConsole'),
            additional_properties=_d,
        )
