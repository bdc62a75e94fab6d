"""VolumeAttachment: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeAttachment']


@dataclass(kw_only=True)
class VolumeAttachment:
    """The VolumeAttachment object.

    Attributes:
        volume_id (JSON 'volumeId'), required: Specifies the ID of the disk to be attached. The value is in UUID format.
        device: Indicates the disk device name.
            • The new disk device name cannot be the same as an existing one.
            • For KVM ECSs, set the parameter value to /dev/vda for system disks. The device names for data disks of KVM ECSs are optional. If the device names of data disks are required, set them in alphabetical order. For example, if there are two data disks, set the device names of the two data disks to /dev/vdb and /dev/vdc, respectively. If you set a device name starting with /dev/sd, the system uses /dev/vd by default.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.6.1 volumeAttachment
    """

    volume_id: str
    device: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumeId', self.volume_id),
            ('device', self.device),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeAttachment:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volumeId', 'VolumeAttachment'),
            device=_d.pop('device', UNSET),
            additional_properties=_d,
        )
