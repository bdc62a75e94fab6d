"""CreateDiskRequestBodyVolume: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .volume_type import VolumeType

__all__ = ['CreateDiskRequestBodyVolume']


@dataclass(kw_only=True)
class CreateDiskRequestBodyVolume:
    """The CreateDiskRequestBody.volume object.

    Attributes:
        availability_zone: Specifies the AZ to which the volume to be created belongs.
            If the specified AZ does not exist, creating the volume failed, and the volume is in error state.
            The AZ to which the volume to be created belongs must be specified in the public cloud system.
        display_description: Specifies the volume description.
        snapshot_id: Specifies the snapshot ID.
            If this parameter is specified, the volume is to be created from a snapshot.
        size: Specifies the volume size.
            Unit: GB
        display_name: Specifies the volume name.
        volume_type: Specifies the volume type.
            Currently, the value can be SSD, SAS, SATA, co-p1, or uh-l1.
            • SSD: specifies the ultra-I/O disk type.
            • SAS: specifies the high I/O disk type.
            • SATA: specifies the common I/O disk type.
            • co-p1: specifies the high I/O (performance-optimized I) disk type.
            • uh-l1: specifies the ultra-high I/O (latency-optimized) disk type.
            EVS disks of the co-p1 and uh-l1 types are used exclusively for high performance computing (HPC) and SAP HANA ECSs.
        metadata: Specifies the volume metadata.

    additional_properties: keys the spec does not list, kept as received.
    """

    availability_zone: str | Unset = UNSET
    display_description: str | Unset = UNSET
    snapshot_id: str | None | Unset = UNSET
    size: int | Unset = UNSET
    display_name: str | Unset = UNSET
    volume_type: VolumeType | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('availability_zone', self.availability_zone),
            ('display_description', self.display_description),
            ('snapshot_id', self.snapshot_id),
            ('size', self.size),
            ('display_name', self.display_name),
            ('volume_type', self.volume_type),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDiskRequestBodyVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            availability_zone=_d.pop('availability_zone', UNSET),
            display_description=_d.pop('display_description', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            size=_d.pop('size', UNSET),
            display_name=_d.pop('display_name', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.enum_of(VolumeType, x)),
            metadata=_d.pop('metadata', UNSET),
            additional_properties=_d,
        )
