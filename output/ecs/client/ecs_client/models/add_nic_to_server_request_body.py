"""AddNicToServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .interface_attachment_for_add_nic_to_server import InterfaceAttachmentForAddNicToServer

__all__ = ['AddNicToServerRequestBody']


@dataclass(kw_only=True)
class AddNicToServerRequestBody:
    """The AddNicToServerRequestBody object.

    Attributes:
        interface_attachment (JSON 'interfaceAttachment'), required: Specifies the NICs to be added. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.3 Adding a NIC to an ECS
    """

    interface_attachment: InterfaceAttachmentForAddNicToServer
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('interfaceAttachment', self.interface_attachment),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddNicToServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .interface_attachment_for_add_nic_to_server import InterfaceAttachmentForAddNicToServer

        _d = dict(data)
        return cls(
            interface_attachment=_S.opt(_S.take(_d, 'interfaceAttachment', 'AddNicToServerRequestBody'), lambda x: _S.model(InterfaceAttachmentForAddNicToServer.from_dict, x)),
            additional_properties=_d,
        )
