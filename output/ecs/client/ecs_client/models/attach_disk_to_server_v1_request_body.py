"""AttachDiskToServerV1RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_attachment import VolumeAttachment

__all__ = ['AttachDiskToServerV1RequestBody']


@dataclass(kw_only=True)
class AttachDiskToServerV1RequestBody:
    """The AttachDiskToServerV1RequestBody object.

    Attributes:
        volume_attachment (JSON 'volumeAttachment'), required: Specifies the ECS attachment information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.6.1 Attaching a Disk to an ECS
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
    def from_dict(cls, data: Mapping[str, Any]) -> AttachDiskToServerV1RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_attachment import VolumeAttachment

        _d = dict(data)
        return cls(
            volume_attachment=_S.opt(_S.take(_d, 'volumeAttachment', 'AttachDiskToServerV1RequestBody'), lambda x: _S.model(VolumeAttachment.from_dict, x)),
            additional_properties=_d,
        )
