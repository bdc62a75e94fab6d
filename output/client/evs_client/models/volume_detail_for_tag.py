"""VolumeDetailForTag: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_volume_detail_status import CinderVolumeDetailStatus
from .service_type import ServiceType
from .volume_detail_for_tag_volume_type import VolumeDetailForTagVolumeType

if TYPE_CHECKING:
    from .attachment import Attachment
    from .link import Link
    from .volume_metadata_for_list_volumes_by_tags import VolumeMetadataForListVolumesByTags

__all__ = ['VolumeDetailForTag']


@dataclass(kw_only=True)
class VolumeDetailForTag:
    """The VolumeDetailForTag object.

    Attributes:
        id, required: 云硬盘的ID。
        links, required: 云硬盘URI自描述信息。
        name, required: 云硬盘名称。
        status, required: 云硬盘状态，请参见云硬盘状态 。
        attachments, required: 云硬盘的挂载信息。
        availability_zone, required: 云硬盘所属的AZ信息。
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'), required: 预留属性。
        source_volid: 源云硬盘ID，如果是从源云硬盘创建，则有值。 当前云硬盘服务不支持该字段。
        snapshot_id: 快照ID，如果是从快照创建，则有值。
        description, required: 云硬盘描述。
        created_at, required: 云硬盘创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'), required: 云硬盘所属的租户ID。租户ID就是项目ID。
        volume_image_metadata, required: 云硬盘镜像的元数据。 说明 关于“volume_image_metadata”字段的详细说明，具体请参见查询镜像详情 。
        volume_type, required: 云硬盘类型。 目前支持“SSD”，“SAS”和“SATA”三种。
            • “SSD”为超高IO云硬盘
            • “SAS”为高IO云硬盘
            • “SATA”为普通IO云硬盘
        size, required, unit: GiB: 云硬盘大小，单位为GiB。
        consistencygroup_id: 预留属性。
        bootable, required: 是否为启动云硬盘。 true：表示为启动云硬盘。 false：表示为非启动云硬盘。
        metadata, required: 云硬盘的元数据。
        updated_at, required: 云硬盘更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        encrypted: 当前云硬盘服务不支持该字段。
        replication_status, required: 预留属性。
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性。
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'): 预留属性。
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'): 预留属性。
        shareable, required: 是否为共享云硬盘。true为共享盘，false为普通云硬盘。 该字段已经废弃，请使用multiattach。
        user_id, required: 预留属性。
        service_type, required: 服务类型，结果为EVS、DSS、DESS。
        multiattach, required: 是否为共享云硬盘。
        dedicated_storage_id: 云硬盘所属的专属存储池ID。
        dedicated_storage_name: 云硬盘所属的专属存储池的名称。
        tags: 云硬盘的标签。 如果云硬盘有标签，则会有该字段，否则该字段为空。
        wwn: 云硬盘挂载时的唯一标识。
        enterprise_project_id, required: 云硬盘上绑定的企业项目ID。 关于企业项目ID的获取及企业项目特性的详细信息，请参见： \"企业管理用户指南\" 。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 VolumeDetailForTag (line 9040)
    """

    id: str
    links: list[Link]
    name: str
    status: CinderVolumeDetailStatus
    attachments: list[Attachment]
    availability_zone: str
    os_vol_host_attr_host: str
    description: str
    created_at: str
    os_vol_tenant_attr_tenant_id: str
    volume_image_metadata: dict[str, Any]
    volume_type: VolumeDetailForTagVolumeType
    size: int
    bootable: str
    metadata: VolumeMetadataForListVolumesByTags
    updated_at: str
    replication_status: str
    shareable: bool
    user_id: str
    service_type: ServiceType
    multiattach: bool
    enterprise_project_id: str
    source_volid: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    consistencygroup_id: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    os_vol_mig_status_attr_migstat: str | Unset = UNSET
    os_vol_mig_status_attr_name_id: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    wwn: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('name', self.name),
            ('status', self.status),
            ('attachments', self.attachments),
            ('availability_zone', self.availability_zone),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('description', self.description),
            ('created_at', self.created_at),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('volume_image_metadata', self.volume_image_metadata),
            ('volume_type', self.volume_type),
            ('size', self.size),
            ('bootable', self.bootable),
            ('metadata', self.metadata),
            ('updated_at', self.updated_at),
            ('replication_status', self.replication_status),
            ('shareable', self.shareable),
            ('user_id', self.user_id),
            ('service_type', self.service_type),
            ('multiattach', self.multiattach),
            ('enterprise_project_id', self.enterprise_project_id),
            ('source_volid', self.source_volid),
            ('snapshot_id', self.snapshot_id),
            ('consistencygroup_id', self.consistencygroup_id),
            ('encrypted', self.encrypted),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
            ('tags', self.tags),
            ('wwn', self.wwn),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeDetailForTag:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachment import Attachment
        from .link import Link
        from .volume_metadata_for_list_volumes_by_tags import VolumeMetadataForListVolumesByTags

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeDetailForTag'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeDetailForTag'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeDetailForTag'),
            status=_S.opt(_S.take(_d, 'status', 'VolumeDetailForTag'), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            attachments=_S.opt(_S.take(_d, 'attachments', 'VolumeDetailForTag'), lambda x: _S.list_of(x, lambda x: _S.model(Attachment.from_dict, x))),
            availability_zone=_S.take(_d, 'availability_zone', 'VolumeDetailForTag'),
            os_vol_host_attr_host=_S.take(_d, 'os-vol-host-attr:host', 'VolumeDetailForTag'),
            description=_S.take(_d, 'description', 'VolumeDetailForTag'),
            created_at=_S.take(_d, 'created_at', 'VolumeDetailForTag'),
            os_vol_tenant_attr_tenant_id=_S.take(_d, 'os-vol-tenant-attr:tenant_id', 'VolumeDetailForTag'),
            volume_image_metadata=_S.take(_d, 'volume_image_metadata', 'VolumeDetailForTag'),
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'VolumeDetailForTag'), lambda x: _S.enum_of(VolumeDetailForTagVolumeType, x)),
            size=_S.take(_d, 'size', 'VolumeDetailForTag'),
            bootable=_S.take(_d, 'bootable', 'VolumeDetailForTag'),
            metadata=_S.opt(_S.take(_d, 'metadata', 'VolumeDetailForTag'), lambda x: _S.model(VolumeMetadataForListVolumesByTags.from_dict, x)),
            updated_at=_S.take(_d, 'updated_at', 'VolumeDetailForTag'),
            replication_status=_S.take(_d, 'replication_status', 'VolumeDetailForTag'),
            shareable=_S.take(_d, 'shareable', 'VolumeDetailForTag'),
            user_id=_S.take(_d, 'user_id', 'VolumeDetailForTag'),
            service_type=_S.opt(_S.take(_d, 'service_type', 'VolumeDetailForTag'), lambda x: _S.enum_of(ServiceType, x)),
            multiattach=_S.take(_d, 'multiattach', 'VolumeDetailForTag'),
            enterprise_project_id=_S.take(_d, 'enterprise_project_id', 'VolumeDetailForTag'),
            source_volid=_d.pop('source_volid', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            encrypted=_d.pop('encrypted', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            os_vol_mig_status_attr_migstat=_d.pop('os-vol-mig-status-attr:migstat', UNSET),
            os_vol_mig_status_attr_name_id=_d.pop('os-vol-mig-status-attr:name_id', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            tags=_d.pop('tags', UNSET),
            wwn=_d.pop('wwn', UNSET),
            additional_properties=_d,
        )
