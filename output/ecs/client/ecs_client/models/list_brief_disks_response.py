"""ListBriefDisksResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .attachments import Attachments

__all__ = ['ListBriefDisksResponse']


@dataclass(kw_only=True)
class ListBriefDisksResponse:
    """The ListBriefDisksResponse object.

    Attributes:
        id: Specifies the disk ID in UUID format.
        display_name (JSON 'displayName'): Specifies the disk name.
        status: Specifies the disk status.
        attachments: Specifies the attachment information about a disk.
        availability_zone (JSON 'availabilityZone'): Specifies the AZ to which the disk belongs.
        created_at (JSON 'createdAt'): Specifies the time when the disk was created.
        display_description (JSON 'displayDescription'): Specifies the disk description.
        volume_type (JSON 'volumeType'): Specifies the disk type.
        snapshot_id (JSON 'snapshotId'): Specifies the snapshot ID.
        metadata: Specifies the disk metadata.
        size: Specifies the disk size.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.5.1 Querying Brief Information About Disks (Discarded)
    """

    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    status: str | Unset = UNSET
    attachments: list[Attachments] | Unset = UNSET
    availability_zone: str | Unset = UNSET
    created_at: str | Unset = UNSET
    display_description: str | Unset = UNSET
    volume_type: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('displayName', self.display_name),
            ('status', self.status),
            ('attachments', self.attachments),
            ('availabilityZone', self.availability_zone),
            ('createdAt', self.created_at),
            ('displayDescription', self.display_description),
            ('volumeType', self.volume_type),
            ('snapshotId', self.snapshot_id),
            ('metadata', self.metadata),
            ('size', self.size),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListBriefDisksResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachments import Attachments

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            display_name=_d.pop('displayName', UNSET),
            status=_d.pop('status', UNSET),
            attachments=_S.opt(_d.pop('attachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Attachments.from_dict, x))),
            availability_zone=_d.pop('availabilityZone', UNSET),
            created_at=_d.pop('createdAt', UNSET),
            display_description=_d.pop('displayDescription', UNSET),
            volume_type=_d.pop('volumeType', UNSET),
            snapshot_id=_d.pop('snapshotId', UNSET),
            metadata=_d.pop('metadata', UNSET),
            size=_d.pop('size', UNSET),
            additional_properties=_d,
        )
