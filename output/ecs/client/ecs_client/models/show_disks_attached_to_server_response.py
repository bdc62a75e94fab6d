"""ShowDisksAttachedToServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_attachments_for_show_disks_attached_to_server import VolumeAttachmentsForShowDisksAttachedToServer

__all__ = ['ShowDisksAttachedToServerResponse']


@dataclass(kw_only=True)
class ShowDisksAttachedToServerResponse:
    """The ShowDisksAttachedToServerResponse object.

    Attributes:
        volume_attachments (JSON 'volumeAttachments'): Specifies the disks attached to an ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.8.1 Querying Disks Attached to an ECS
    """

    volume_attachments: list[VolumeAttachmentsForShowDisksAttachedToServer] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumeAttachments', self.volume_attachments),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowDisksAttachedToServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_attachments_for_show_disks_attached_to_server import VolumeAttachmentsForShowDisksAttachedToServer

        _d = dict(data)
        return cls(
            volume_attachments=_S.opt(_d.pop('volumeAttachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(VolumeAttachmentsForShowDisksAttachedToServer.from_dict, x))),
            additional_properties=_d,
        )
