"""CreateAddingANicToAnEcsRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .interface_attachment_for_create_adding_a_nic_to_an_ecs import InterfaceAttachmentForCreateAddingANicToAnEcs

__all__ = ['CreateAddingANicToAnEcsRequestBody']


@dataclass(kw_only=True)
class CreateAddingANicToAnEcsRequestBody:
    """The CreateAddingANicToAnEcsRequestBody object.

    Attributes:
        interface_attachment (JSON 'interfaceAttachment'), required: Specifies the NICs to be added. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.3 Adding a NIC to an ECS
    """

    interface_attachment: InterfaceAttachmentForCreateAddingANicToAnEcs
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('interfaceAttachment', self.interface_attachment),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAddingANicToAnEcsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .interface_attachment_for_create_adding_a_nic_to_an_ecs import InterfaceAttachmentForCreateAddingANicToAnEcs

        _d = dict(data)
        return cls(
            interface_attachment=_S.opt(_S.take(_d, 'interfaceAttachment', 'CreateAddingANicToAnEcsRequestBody'), lambda x: _S.model(InterfaceAttachmentForCreateAddingANicToAnEcs.from_dict, x)),
            additional_properties=_d,
        )
