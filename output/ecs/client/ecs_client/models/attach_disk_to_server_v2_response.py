"""AttachDiskToServerV2Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_attachment_for_show_disk_attached_to_server_os_volume_attachments import VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments

__all__ = ['AttachDiskToServerV2Response']


@dataclass(kw_only=True)
class AttachDiskToServerV2Response:
    """The AttachDiskToServerV2Response object.

    Attributes:
        volume_attachment (JSON 'volumeAttachment'): Specifies the disks attached to an ECS. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.8.3 Attaching a Disk to an ECS
    """

    volume_attachment: VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumeAttachment', self.volume_attachment),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachDiskToServerV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_attachment_for_show_disk_attached_to_server_os_volume_attachments import VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments

        _d = dict(data)
        return cls(
            volume_attachment=_S.opt(_d.pop('volumeAttachment', UNSET), lambda x: _S.model(VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments.from_dict, x)),
            additional_properties=_d,
        )
