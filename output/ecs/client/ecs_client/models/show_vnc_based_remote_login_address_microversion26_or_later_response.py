"""ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .remote_console_for_show_vnc_based_remote_login_address_microversion26_or_later import RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater

__all__ = ['ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse']


@dataclass(kw_only=True)
class ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse:
    """The ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse object.

    Attributes:
        remote_console: Obtains the address for remotely logging in to an ECS. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.2 Obtaining a VNC-based Remote Login Address (Microversion 2.6 or Later)
    """

    remote_console: RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('remote_console', self.remote_console),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .remote_console_for_show_vnc_based_remote_login_address_microversion26_or_later import RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater

        _d = dict(data)
        return cls(
            remote_console=_S.opt(_d.pop('remote_console', UNSET), lambda x: _S.model(RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater.from_dict, x)),
            additional_properties=_d,
        )
