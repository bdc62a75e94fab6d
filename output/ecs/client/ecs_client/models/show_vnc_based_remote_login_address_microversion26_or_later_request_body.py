"""ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .remote_console import RemoteConsole

__all__ = ['ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody']


@dataclass(kw_only=True)
class ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody:
    """The ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody object.

    Attributes:
        remote_console, required: Obtains the address for remotely logging in to an ECS using VNC. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.2 Obtaining a VNC-based Remote Login Address (Microversion 2.6 or Later)
    """

    remote_console: RemoteConsole
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('remote_console', self.remote_console),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .remote_console import RemoteConsole

        _d = dict(data)
        return cls(
            remote_console=_S.opt(_S.take(_d, 'remote_console', 'ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody'), lambda x: _S.model(RemoteConsole.from_dict, x)),
            additional_properties=_d,
        )
