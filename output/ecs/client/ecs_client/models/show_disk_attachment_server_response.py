"""ShowDiskAttachmentServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .attachable_quantity import AttachableQuantity
    from .volume_attachments import VolumeAttachments

__all__ = ['ShowDiskAttachmentServerResponse']


@dataclass(kw_only=True)
class ShowDiskAttachmentServerResponse:
    """The ShowDiskAttachmentServerResponse object.

    Attributes:
        volume_attachments (JSON 'volumeAttachments'): Specifies the disks attached to an ECS. For details, see Table 3.
        attachable_quantity (JSON 'attachableQuantity'): Specifies the number of disks that can be attached to an ECS. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.6.3 Querying Disk Attachment of an ECS
    """

    volume_attachments: list[VolumeAttachments] | Unset = UNSET
    attachable_quantity: AttachableQuantity | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumeAttachments', self.volume_attachments),
            ('attachableQuantity', self.attachable_quantity),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowDiskAttachmentServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachable_quantity import AttachableQuantity
        from .volume_attachments import VolumeAttachments

        _d = dict(data)
        return cls(
            volume_attachments=_S.opt(_d.pop('volumeAttachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(VolumeAttachments.from_dict, x))),
            attachable_quantity=_S.opt(_d.pop('attachableQuantity', UNSET), lambda x: _S.model(AttachableQuantity.from_dict, x)),
            additional_properties=_d,
        )
