"""RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater']


@dataclass(kw_only=True)
class RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater:
    """The RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater object.

    Attributes:
        type: Specifies a remote login mode.
        protocol: Specifies a remote login protocol.
        url: Specifies a remote login URL.
            The URL is valid for 10 minutes. Obtain a new one after expiration.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.2 remote_console
    """

    type: str | Unset = UNSET
    protocol: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
            ('protocol', self.protocol),
            ('url', self.url),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            type=_d.pop('type', UNSET),
            protocol=_d.pop('protocol', UNSET),
            url=_d.pop('url', UNSET),
            additional_properties=_d,
        )
