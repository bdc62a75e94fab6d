"""AttachableQuantity: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AttachableQuantity']


@dataclass(kw_only=True)
class AttachableQuantity:
    """The AttachableQuantity object.

    Attributes:
        free_scsi: Specifies the number of SCSI disks that can be attached to an ECS.
        free_blk: Specifies the number of virtio_blk disks that can be attached to an ECS.
        free_disk: Specifies the total number of disks that can be attached to an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.6.3 attachableQuantity
    """

    free_scsi: int | Unset = UNSET
    free_blk: int | Unset = UNSET
    free_disk: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('free_scsi', self.free_scsi),
            ('free_blk', self.free_blk),
            ('free_disk', self.free_disk),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachableQuantity:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            free_scsi=_d.pop('free_scsi', UNSET),
            free_blk=_d.pop('free_blk', UNSET),
            free_disk=_d.pop('free_disk', UNSET),
            additional_properties=_d,
        )
