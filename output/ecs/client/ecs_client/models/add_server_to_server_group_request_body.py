"""AddServerToServerGroupRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .add_member import AddMember

__all__ = ['AddServerToServerGroupRequestBody']


@dataclass(kw_only=True)
class AddServerToServerGroupRequestBody:
    """The AddServerToServerGroupRequestBody object.

    Attributes:
        add_member, required: Specifies the information of the ECS to be added to an ECS group.
            For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.3 Adding an ECS to an ECS Group
    """

    add_member: AddMember
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('add_member', self.add_member),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddServerToServerGroupRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .add_member import AddMember

        _d = dict(data)
        return cls(
            add_member=_S.opt(_S.take(_d, 'add_member', 'AddServerToServerGroupRequestBody'), lambda x: _S.model(AddMember.from_dict, x)),
            additional_properties=_d,
        )
