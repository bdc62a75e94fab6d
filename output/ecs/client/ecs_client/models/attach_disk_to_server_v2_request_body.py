"""AttachDiskToServerV2RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_attachment import VolumeAttachment

__all__ = ['AttachDiskToServerV2RequestBody']


@dataclass(kw_only=True)
class AttachDiskToServerV2RequestBody:
    """The AttachDiskToServerV2RequestBody object.

    Attributes:
        volume_attachment (JSON 'volumeAttachment'), required: Specifies the volumes to be attached. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.8.3 Attaching a Disk to an ECS
    """

    volume_attachment: VolumeAttachment
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumeAttachment', self.volume_attachment),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachDiskToServerV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_attachment import VolumeAttachment

        _d = dict(data)
        return cls(
            volume_attachment=_S.opt(_S.take(_d, 'volumeAttachment', 'AttachDiskToServerV2RequestBody'), lambda x: _S.model(VolumeAttachment.from_dict, x)),
            additional_properties=_d,
        )
