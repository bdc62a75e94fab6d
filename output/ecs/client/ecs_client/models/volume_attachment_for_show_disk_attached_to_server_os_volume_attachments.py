"""VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments']


@dataclass(kw_only=True)
class VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments:
    """The VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments object.

    Attributes:
        device: Specifies the attached directory.
        id: Specifies the ID of the attached resource.
        server_id (JSON 'serverId'): Specifies the ECS ID.
        volume_id (JSON 'volumeId'): Specifies the ID of the attached disk.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.8.2 volumeAttachment
    """

    device: str | Unset = UNSET
    id: str | Unset = UNSET
    server_id: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('device', self.device),
            ('id', self.id),
            ('serverId', self.server_id),
            ('volumeId', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            device=_d.pop('device', UNSET),
            id=_d.pop('id', UNSET),
            server_id=_d.pop('serverId', UNSET),
            volume_id=_d.pop('volumeId', UNSET),
            additional_properties=_d,
        )
