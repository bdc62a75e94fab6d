"""OsExtendedVolumesVolumesAttached: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['OsExtendedVolumesVolumesAttached']


@dataclass(kw_only=True)
class OsExtendedVolumesVolumesAttached:
    """The OsExtendedVolumesVolumesAttached object.

    Attributes:
        id: Specifies the EVS disk ID.
        delete_on_termination: Specifies whether to delete additional disks when deleting the ECS.
            By default, this parameter is set to False.
            This parameter is supported in microversion 2.3 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 os-extended-volumes:volumes_attached
    """

    id: str | Unset = UNSET
    delete_on_termination: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('delete_on_termination', self.delete_on_termination),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsExtendedVolumesVolumesAttached:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            delete_on_termination=_d.pop('delete_on_termination', UNSET),
            additional_properties=_d,
        )
