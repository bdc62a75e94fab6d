"""BlockDeviceMappingV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .destination_type import DestinationType

__all__ = ['BlockDeviceMappingV2']


@dataclass(kw_only=True)
class BlockDeviceMappingV2:
    """The BlockDeviceMappingV2 object.

    Attributes:
        source_type, required: Specifies the source type of the volume device. Its value can be volume, image, snapshot, or blank.
            If you use a volume to create an ECS, set source_type to volume. If you use an image to create an ECS, set source_type to image. If you use a snapshot to create an ECS, set source_type to snapshot. If you create an empty data volume, set source_type to blank.
            If source_type is snapshot and boot_index is 0, the EVS disk of this snapshot must be the system disk.
        destination_type: Specifies the target type of the disk device. Its value can only be volume.
            • volume: indicates the volume type.
            • local: indicates the local file, which has not been supported.
        guest_format: Specifies the local file system format. Its value can be swap or ext4.
            This function is not supported.
        device_name: Specifies the disk device name.
            This field has been discarded.
            The specified device_name does not take effect. The system generates a device name by default.
        delete_on_termination: Specifies whether disks are deleted when an ECS is deleted. Its default value is false.
            • true: When an ECS is deleted, its disks are deleted.
            • false: When an ECS is deleted, its disks are not deleted.
        boot_index: Specifies whether it is a boot disk. 0 specifies a boot disk, and -1 specifies a non-boot disk.
            If source_type of the volume device is volume, there must be one boot_index whose value is 0.
        uuid: • If source_type is volume, the value of this parameter is the volume UUID.
            • If source_type is snapshot, the value of this parameter is the snapshot UUID.
            • If source_type is image, the value of this parameter is the image UUID.
        volume_size: Specifies the volume size. The value is an integer. This parameter is mandatory when source_type is set to image or blank, and destination_type is set to volume.
            Unit: GB
        volume_type: Specifies the volume type. This parameter is recommended when source_type is set to image and destination_type is set to volume.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 block_device_mapping_v2
    """

    source_type: str
    destination_type: DestinationType | Unset = UNSET
    guest_format: str | Unset = UNSET
    device_name: str | Unset = UNSET
    delete_on_termination: bool | Unset = UNSET
    boot_index: str | Unset = UNSET
    uuid: str | Unset = UNSET
    volume_size: int | Unset = UNSET
    volume_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('source_type', self.source_type),
            ('destination_type', self.destination_type),
            ('guest_format', self.guest_format),
            ('device_name', self.device_name),
            ('delete_on_termination', self.delete_on_termination),
            ('boot_index', self.boot_index),
            ('uuid', self.uuid),
            ('volume_size', self.volume_size),
            ('volume_type', self.volume_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlockDeviceMappingV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            source_type=_S.take(_d, 'source_type', 'BlockDeviceMappingV2'),
            destination_type=_S.opt(_d.pop('destination_type', UNSET), lambda x: _S.enum_of(DestinationType, x)),
            guest_format=_d.pop('guest_format', UNSET),
            device_name=_d.pop('device_name', UNSET),
            delete_on_termination=_d.pop('delete_on_termination', UNSET),
            boot_index=_d.pop('boot_index', UNSET),
            uuid=_d.pop('uuid', UNSET),
            volume_size=_d.pop('volume_size', UNSET),
            volume_type=_d.pop('volume_type', UNSET),
            additional_properties=_d,
        )
