"""Publicip: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .eip import Eip

__all__ = ['Publicip']


@dataclass(kw_only=True)
class Publicip:
    """The Publicip object.

    Attributes:
        id: Specifies the ID of the existing EIP assigned to the ECS to be created. The value is in UUID format.
            Only EIPs in DOWN state can be assigned.
        eip: Specifies an EIP that will be automatically assigned to an ECS.
            For details, see Table 3.
        delete_on_termination: Specifies whether the EIP is released when the ECS where the EIP is bound is deleted.
            • true: The EIP is released when the ECS is deleted.
            • false: The EIP is not released when the ECS is deleted.
            The default value is false.
            This parameter is available only for pay-per-use EIPs.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 publicip
    """

    id: str | Unset = UNSET
    eip: Eip | Unset = UNSET
    delete_on_termination: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('eip', self.eip),
            ('delete_on_termination', self.delete_on_termination),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Publicip:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .eip import Eip

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            eip=_S.opt(_d.pop('eip', UNSET), lambda x: _S.model(Eip.from_dict, x)),
            delete_on_termination=_d.pop('delete_on_termination', UNSET),
            additional_properties=_d,
        )
