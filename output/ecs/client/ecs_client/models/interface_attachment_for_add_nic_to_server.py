"""InterfaceAttachmentForAddNicToServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .fixed_ips_for_add_nic_to_server import FixedIpsForAddNicToServer

__all__ = ['InterfaceAttachmentForAddNicToServer']


@dataclass(kw_only=True)
class InterfaceAttachmentForAddNicToServer:
    """The InterfaceAttachmentForAddNicToServer object.

    Attributes:
        port_id: Specifies the port ID.
            Either port_id or net_id is used each time.
        net_id: Specifies the network ID.
            Either port_id or net_id is used each time.
        fixed_ips: Specifies a private IP address.
            This parameter cannot be specified when port_id is used.
            This parameter must be used with net_id.
            Only the first element in the list is valid. If two or more elements are used, an error will be reported. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.3 interfaceAttachment
    """

    port_id: str | Unset = UNSET
    net_id: str | Unset = UNSET
    fixed_ips: list[FixedIpsForAddNicToServer] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('port_id', self.port_id),
            ('net_id', self.net_id),
            ('fixed_ips', self.fixed_ips),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InterfaceAttachmentForAddNicToServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fixed_ips_for_add_nic_to_server import FixedIpsForAddNicToServer

        _d = dict(data)
        return cls(
            port_id=_d.pop('port_id', UNSET),
            net_id=_d.pop('net_id', UNSET),
            fixed_ips=_S.opt(_d.pop('fixed_ips', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(FixedIpsForAddNicToServer.from_dict, x))),
            additional_properties=_d,
        )
