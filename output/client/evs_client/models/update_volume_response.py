"""UpdateVolumeResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .attachment import Attachment
    from .link import Link
    from .volume_metadata import VolumeMetadata

__all__ = ['UpdateVolumeResponse']


@dataclass(kw_only=True)
class UpdateVolumeResponse:
    """The UpdateVolumeResponse object.

    Attributes:
        attachments, required: 是否挂载信息。
        availability_zone, required: 云硬盘所属AZ。
        bootable, required: 是否为可启动云硬盘。
        created_at, required: 创建云硬盘的时间。
        id, required: 云硬盘ID。
        links, required: 云硬盘uri自描述信息。
        metadata, required: 云硬盘的元数据。
        multiattach, required: 是否为可共享云硬盘。
        name, required: 云硬盘名称。
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'): 预留属性。
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'): 云硬盘所属的项目ID。
        shareable, required: 是否为共享云硬盘。
        size, required: 云硬盘大小。
        snapshot_id: 快照ID。
        source_volid: 预留字段。
        status, required: 云硬盘状态。
        volume_image_metadata: 云硬盘镜像的元数据。 关于“volume_image_metadata”字段的详细说明，具体请参见： “查询镜像详情” 。
        volume_type, required: 云硬盘类型。
        description, required: 云硬盘描述。
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.2 更新云硬盘 (line 1642)
    """

    attachments: list[Attachment]
    availability_zone: str
    bootable: str
    created_at: str
    id: str
    links: list[Link]
    metadata: VolumeMetadata
    multiattach: bool
    name: str
    shareable: bool
    size: int
    status: str
    volume_type: str
    description: str
    os_vol_host_attr_host: str | Unset = UNSET
    os_vol_tenant_attr_tenant_id: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    source_volid: str | Unset = UNSET
    volume_image_metadata: dict[str, Any] | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attachments', self.attachments),
            ('availability_zone', self.availability_zone),
            ('bootable', self.bootable),
            ('created_at', self.created_at),
            ('id', self.id),
            ('links', self.links),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('name', self.name),
            ('shareable', self.shareable),
            ('size', self.size),
            ('status', self.status),
            ('volume_type', self.volume_type),
            ('description', self.description),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('snapshot_id', self.snapshot_id),
            ('source_volid', self.source_volid),
            ('volume_image_metadata', self.volume_image_metadata),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachment import Attachment
        from .link import Link
        from .volume_metadata import VolumeMetadata

        _d = dict(data)
        return cls(
            attachments=_S.opt(_S.take(_d, 'attachments', 'UpdateVolumeResponse'), lambda x: _S.list_of(x, lambda x: _S.model(Attachment.from_dict, x))),
            availability_zone=_S.take(_d, 'availability_zone', 'UpdateVolumeResponse'),
            bootable=_S.take(_d, 'bootable', 'UpdateVolumeResponse'),
            created_at=_S.take(_d, 'created_at', 'UpdateVolumeResponse'),
            id=_S.take(_d, 'id', 'UpdateVolumeResponse'),
            links=_S.opt(_S.take(_d, 'links', 'UpdateVolumeResponse'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            metadata=_S.opt(_S.take(_d, 'metadata', 'UpdateVolumeResponse'), lambda x: _S.model(VolumeMetadata.from_dict, x)),
            multiattach=_S.take(_d, 'multiattach', 'UpdateVolumeResponse'),
            name=_S.take(_d, 'name', 'UpdateVolumeResponse'),
            shareable=_S.take(_d, 'shareable', 'UpdateVolumeResponse'),
            size=_S.take(_d, 'size', 'UpdateVolumeResponse'),
            status=_S.take(_d, 'status', 'UpdateVolumeResponse'),
            volume_type=_S.take(_d, 'volume_type', 'UpdateVolumeResponse'),
            description=_S.take(_d, 'description', 'UpdateVolumeResponse'),
            os_vol_host_attr_host=_d.pop('os-vol-host-attr:host', UNSET),
            os_vol_tenant_attr_tenant_id=_d.pop('os-vol-tenant-attr:tenant_id', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            source_volid=_d.pop('source_volid', UNSET),
            volume_image_metadata=_d.pop('volume_image_metadata', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            additional_properties=_d,
        )
