"""DeleteServersRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers import Servers

__all__ = ['DeleteServersRequestBody']


@dataclass(kw_only=True)
class DeleteServersRequestBody:
    """The DeleteServersRequestBody object.

    Attributes:
        servers, required: Specifies the ECSs to be deleted. For details, see Table 3.
        delete_publicip: Specifies whether to delete the EIP bound to the ECS when deleting the ECS. If you do not want to delete the EIP, the system only unbinds the EIP from the ECS and reserves the IP address.
            The value can be true or false.
            • true: When an ECS is deleted, the EIP bound to the ECS is also released regardless of whether delete_on_termination of the EIP is true or false.
            • false: When an ECS is deleted, the EIP is only unbound from the ECS and will not be released regardless of whether delete_on_termination of the EIP is true or false.
            If delete_publicip is not specified, the delete_on_termination value of the EIP decides whether the EIP is released when the ECS is deleted.
            • If delete_on_termination is true and delete_public is null, the EIP is released when the ECS is deleted.
            • If delete_on_termination is false and delete_public is null, the EIP is only unbound from the ECS and will not be released when the ECS is deleted.
        delete_volume: Specifies whether to delete the data disks attached to an ECS when deleting the ECS. If you set the parameter value to false, the system only detaches the disks from the ECS and reserves the disks. The default value is false.
            • true: indicates to delete the data disks attached to the ECS when deleting the ECS.
            • false: indicates only to detach the data disks attached to the ECS when deleting the ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.2 Deleting ECSs
    """

    servers: list[Servers]
    delete_publicip: bool | Unset = UNSET
    delete_volume: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('servers', self.servers),
            ('delete_publicip', self.delete_publicip),
            ('delete_volume', self.delete_volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteServersRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers import Servers

        _d = dict(data)
        return cls(
            servers=_S.opt(_S.take(_d, 'servers', 'DeleteServersRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(Servers.from_dict, x))),
            delete_publicip=_d.pop('delete_publicip', UNSET),
            delete_volume=_d.pop('delete_volume', UNSET),
            additional_properties=_d,
        )
