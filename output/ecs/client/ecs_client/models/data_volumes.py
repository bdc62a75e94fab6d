"""DataVolumes: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .extendparamfielddescriptionforcreatingdisks import Extendparamfielddescriptionforcreatingdisks
    from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks

__all__ = ['DataVolumes']


@dataclass(kw_only=True)
class DataVolumes:
    """The DataVolumes object.

    Attributes:
        volumetype, required: Specifies the type of the ECS data disk, which must be one of available disk types.
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
        size, required: Specifies the data disk size, in GB. The value ranges from 10 to 32768.
            When you use a data disk image to create a data disk, ensure that the value of this parameter is greater than or equal to the size of the source data disk that is used to create the data disk image.
        shareable: Specifies whether the disk is shared. The value can be true (specifies a shared disk) or false (a common EVS disk).
            This field has been discarded. Use multiattach.
        multiattach: Specifies the shared disk information.
            • true: indicates that the created disk is a shared disk.
            • false: indicates that the created disk is a common EVS disk.
            The shareable field is not used anymore. If both shareable and multiattach must be used, ensure that the values of the two fields are the same. If this parameter is not specified, common EVS disks are created by default.
        hw_passthrough (JSON 'hw:passthrough'): Indicates whether the data volume uses a SCSI lock.
            • If this parameter is set to true, the disk device type is SCSI, which allows ECS OSs to directly access the underlying storage media. SCSI reservation commands are supported.
            • If this parameter is set to false, the disk device type is VBD, which supports only simple SCSI read/write commands.
            • If this parameter does not appear, the disk device type is VBD.
            This parameter is of boolean type. If a non-boolean character is imported, the parameter value is set to false.
        extendparam: Provides the disk information.
            For details, see Table 5.
        data_image_id: Specifies ID of the data image. The value is in UUID format.
            If data disks are created using a data disk image, this parameter is mandatory and it does not support metadata.
        metadata: Specifies the EVS disk metadata. Ensure that key and value in the metadata contain at most 255 bytes.
            This field is used only when an encrypted disk is created.
            If data disks are created using a data disk image, this field cannot be used.
            For details, see metadata Field Description for Creating Disks.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 data_volumes
    """

    volumetype: str
    size: int
    shareable: bool | Unset = UNSET
    multiattach: bool | Unset = UNSET
    hw_passthrough: bool | Unset = UNSET
    extendparam: Extendparamfielddescriptionforcreatingdisks | Unset = UNSET
    data_image_id: str | Unset = UNSET
    metadata: Metadatafielddescriptionforcreatingdisks | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumetype', self.volumetype),
            ('size', self.size),
            ('shareable', self.shareable),
            ('multiattach', self.multiattach),
            ('hw:passthrough', self.hw_passthrough),
            ('extendparam', self.extendparam),
            ('data_image_id', self.data_image_id),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DataVolumes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .extendparamfielddescriptionforcreatingdisks import Extendparamfielddescriptionforcreatingdisks
        from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks

        _d = dict(data)
        return cls(
            volumetype=_S.take(_d, 'volumetype', 'DataVolumes'),
            size=_S.take(_d, 'size', 'DataVolumes'),
            shareable=_d.pop('shareable', UNSET),
            multiattach=_d.pop('multiattach', UNSET),
            hw_passthrough=_d.pop('hw:passthrough', UNSET),
            extendparam=_S.opt(_d.pop('extendparam', UNSET), lambda x: _S.model(Extendparamfielddescriptionforcreatingdisks.from_dict, x)),
            data_image_id=_d.pop('data_image_id', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(Metadatafielddescriptionforcreatingdisks.from_dict, x)),
            additional_properties=_d,
        )
