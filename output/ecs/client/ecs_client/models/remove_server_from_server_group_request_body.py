"""RemoveServerFromServerGroupRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .remove_member import RemoveMember

__all__ = ['RemoveServerFromServerGroupRequestBody']


@dataclass(kw_only=True)
class RemoveServerFromServerGroupRequestBody:
    """The RemoveServerFromServerGroupRequestBody object.

    Attributes:
        remove_member, required: Specifies the information of the ECS to be removed from an ECS group.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.4 Removing an ECS from an ECS Group
    """

    remove_member: RemoveMember
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('remove_member', self.remove_member),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RemoveServerFromServerGroupRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .remove_member import RemoveMember

        _d = dict(data)
        return cls(
            remove_member=_S.opt(_S.take(_d, 'remove_member', 'RemoveServerFromServerGroupRequestBody'), lambda x: _S.model(RemoveMember.from_dict, x)),
            additional_properties=_d,
        )
