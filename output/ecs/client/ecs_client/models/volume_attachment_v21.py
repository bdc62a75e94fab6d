"""VolumeAttachmentV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeAttachmentV21']


@dataclass(kw_only=True)
class VolumeAttachmentV21:
    """The VolumeAttachmentV21 object.

    Attributes:
        server_id (JSON 'serverId'): Specifies the ECS ID in UUID format.
        volume_id (JSON 'volumeId'): Specifies the EVS disk ID in UUID format.
        id: Specifies the mount ID, which is the same as the EVS disk ID.
            The value is in UUID format.
        size: Specifies the EVS disk size in GB.
        device: Specifies the drive letter of the EVS disk, which is the device name of the EVS disk.
        pci_address (JSON 'pciAddress'): Specifies the PCI address.
        boot_index (JSON 'bootIndex'): Specifies the EVS disk boot sequence.
            • 0 indicates the system disk.
            • Non-0 indicates a data disk.
        bus: Specifies the disk bus type.
            Options: virtio and scsi

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.6.4 volumeAttachment
    """

    server_id: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    id: str | Unset = UNSET
    size: int | Unset = UNSET
    device: str | Unset = UNSET
    pci_address: str | Unset = UNSET
    boot_index: bool | Unset = UNSET
    bus: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('serverId', self.server_id),
            ('volumeId', self.volume_id),
            ('id', self.id),
            ('size', self.size),
            ('device', self.device),
            ('pciAddress', self.pci_address),
            ('bootIndex', self.boot_index),
            ('bus', self.bus),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeAttachmentV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            server_id=_d.pop('serverId', UNSET),
            volume_id=_d.pop('volumeId', UNSET),
            id=_d.pop('id', UNSET),
            size=_d.pop('size', UNSET),
            device=_d.pop('device', UNSET),
            pci_address=_d.pop('pciAddress', UNSET),
            boot_index=_d.pop('bootIndex', UNSET),
            bus=_d.pop('bus', UNSET),
            additional_properties=_d,
        )
