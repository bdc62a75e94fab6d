"""ConfirmServerSpecificationsModificationRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ConfirmServerSpecificationsModificationRequestBody']


@dataclass(kw_only=True)
class ConfirmServerSpecificationsModificationRequestBody:
    """The ConfirmServerSpecificationsModificationRequestBody object.

    Attributes:
        confirm_resize (JSON 'confirmResize'), required: Confirms the modification to ECS specifications.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.9 Confirming ECS Specifications Modification
    """

    confirm_resize: dict[str, Any] | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('confirmResize', self.confirm_resize),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfirmServerSpecificationsModificationRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            confirm_resize=_S.take(_d, 'confirmResize', 'ConfirmServerSpecificationsModificationRequestBody'),
            additional_properties=_d,
        )
