"""RollbackServerSpecificationsModificationRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['RollbackServerSpecificationsModificationRequestBody']


@dataclass(kw_only=True)
class RollbackServerSpecificationsModificationRequestBody:
    """The RollbackServerSpecificationsModificationRequestBody object.

    Attributes:
        revert_resize (JSON 'revertResize'), required: Confirms the rollback of the ECS specification modification.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.10 Rolling Back ECS Specifications Modification
    """

    revert_resize: dict[str, Any] | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('revertResize', self.revert_resize),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackServerSpecificationsModificationRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            revert_resize=_S.take(_d, 'revertResize', 'RollbackServerSpecificationsModificationRequestBody'),
            additional_properties=_d,
        )
