"""RootVolume: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks

__all__ = ['RootVolume']


@dataclass(kw_only=True)
class RootVolume:
    """The RootVolume object.

    Attributes:
        volumetype, required: Specifies the ECS system disk type, which must be one of available disk types.
            Currently, the value can be SSD, SAS, SATA, co-p1, or uh-l1.
            • SSD: specifies the ultra-high I/O disk type.
            • SAS: specifies the high I/O disk type.
            • SATA: specifies the common I/O disk type.
            • co-p1: specifies the high I/O (performance-optimized I) disk type.
            • uh-l1: specifies the ultra-high I/O (latency-optimized) disk type.
            Disks of the co-p1 and uh-l1 types are used exclusively for HPC ECSs and SAP HANA ECSs.
            If the specified disk type is not available in the AZ, the disk will fail to create.
            • When the disk is created from a backup:
            If the type of the backup's source disk is SSD, SAS, or SATA, you can create disks of any of these types.
            If the type of the backup's source disk is co-p1 or uh-l1, you can create disks of any of the two types.
            • For details about disk types, see Disk Types and Disk Performance in the Elastic Volume Service User Guide.
        size: Specifies the system disk size, in GB. The value ranges from 1 to 1024.
            Constraints:
            • The system disk size must be greater than or equal to the minimum system disk size supported by the image (min_disk attribute of the image).
            • If this parameter is not specified or is set to 0, the default system disk size is the minimum value of the system disk in the image (min_disk attribute of the image).
            To obtain the minimum system disk size (min_disk) of an image, click the image on the management console for its details. Alternatively, call the native OpenStack API for querying details about an image. For details, see \"Querying Image Details (Native OpenStack)\" in Image Management Service API Reference.
        hw_passthrough (JSON 'hw:passthrough'): Pay attention to this parameter if your ECS is SDI-compliant. If the value of this parameter is true, the created disk is of SCSI type.
            This parameter is of boolean type. If a non-boolean character is imported, the parameter value is set to false.
        metadata: Specifies the EVS disk metadata. Ensure that key and value in the metadata contain at most 255 bytes.
            This field is used only when an encrypted disk is created.
            For details, see metadata Field Description for Creating Disks.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 root_volume
    """

    volumetype: str
    size: int | Unset = UNSET
    hw_passthrough: bool | Unset = UNSET
    metadata: Metadatafielddescriptionforcreatingdisks | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumetype', self.volumetype),
            ('size', self.size),
            ('hw:passthrough', self.hw_passthrough),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RootVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks

        _d = dict(data)
        return cls(
            volumetype=_S.take(_d, 'volumetype', 'RootVolume'),
            size=_d.pop('size', UNSET),
            hw_passthrough=_d.pop('hw:passthrough', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(Metadatafielddescriptionforcreatingdisks.from_dict, x)),
            additional_properties=_d,
        )
