"""VolumeDetailV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .create_volume_option_v3_volume_type import CreateVolumeOptionV3VolumeType
from .service_type import ServiceType

if TYPE_CHECKING:
    from .attachment_v3 import AttachmentV3
    from .link_v3 import LinkV3
    from .volume_metadata_v3 import VolumeMetadataV3

__all__ = ['VolumeDetailV3']


@dataclass(kw_only=True)
class VolumeDetailV3:
    """The VolumeDetailV3 object.

    Attributes:
        attachments: 挂载信息，请参见 • attachments 参数说明。
        availability_zone: 云硬盘所属AZ。
        bootable: 是否为启动云硬盘。 true：表示为启动云硬盘。 false：表示为非启动云硬盘。
        consistencygroup_id: 预留属性。
        created_at: 云硬盘创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        dedicated_storage_id: 云硬盘所属的专属存储池ID。
        dedicated_storage_name: 云硬盘所属的专属存储池的名称。
        description: 云硬盘描述。
        encrypted: 当前云硬盘服务不支持该字段。
        enterprise_project_id: 云硬盘上绑定的企业项目ID。 说明 关于企业项目ID的获取及企业项目特性的详细信息，请参见企业管理用户指南
        id: 云硬盘ID。
        links: 云硬盘URI自描述信息，请参见 • links 参数说明。
        metadata: 元数据信息
        multiattach: 是否为共享云硬盘。 true：表示为共享云硬盘。 false：表示为非共享云硬盘。
        name: 云硬盘名称。
        replication_status: 预留属性。
        service_type: 服务类型，结果为EVS、DSS、DESS。
        shareable: 是否为共享云硬盘。 说明 该字段已经废弃，请使用multiattach。
        size, unit: GiB: 云硬盘大小，单位为GiB。
        snapshot_id: 快照ID，如果是从快照创建，则有值。
        source_vol_id: 源云硬盘ID，如果是从源云硬盘创建，则有值。 当前云硬盘服务不支持该字段。
        status: 云硬盘状态。
        tags: 云硬盘的标签。 如果云硬盘有标签，则会有该字段，否则该字段为空。
        updated_at: 云硬盘更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        user_id: 预留属性。
        volume_image_metadata: 云硬盘镜像的元数据。 说明 关于“volume_image_metadata”字段的详细说明，具体请参见查询镜像详情 。
        volume_type: 云硬盘类型。 目前支持\"SATA\", \"SAS\", \"GPSSD\"和\"SSD\"四种。
            • \"SATA\"为普通IO云硬盘
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
        wwn: 云硬盘挂载时的唯一标识。
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'): 云硬盘所属的租户ID。租户ID就是项目ID。
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'): 预留属性。
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'): 预留属性。
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性。
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'): 预留属性。
        storage_cluster_id: 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.1.1 VolumeDetailV3 (line 10616)
    """

    attachments: list[AttachmentV3] | Unset = UNSET
    availability_zone: str | Unset = UNSET
    bootable: str | Unset = UNSET
    consistencygroup_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    description: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    id: str | Unset = UNSET
    links: list[LinkV3] | Unset = UNSET
    metadata: VolumeMetadataV3 | Unset = UNSET
    multiattach: bool | Unset = UNSET
    name: str | Unset = UNSET
    replication_status: str | Unset = UNSET
    service_type: ServiceType | Unset = UNSET
    shareable: bool | Unset = UNSET
    size: int | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    source_vol_id: str | Unset = UNSET
    status: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    updated_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    volume_image_metadata: dict[str, Any] | Unset = UNSET
    volume_type: CreateVolumeOptionV3VolumeType | Unset = UNSET
    wwn: str | Unset = UNSET
    os_vol_tenant_attr_tenant_id: str | Unset = UNSET
    os_vol_mig_status_attr_migstat: str | Unset = UNSET
    os_vol_mig_status_attr_name_id: str | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    os_vol_host_attr_host: str | Unset = UNSET
    storage_cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attachments', self.attachments),
            ('availability_zone', self.availability_zone),
            ('bootable', self.bootable),
            ('consistencygroup_id', self.consistencygroup_id),
            ('created_at', self.created_at),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
            ('description', self.description),
            ('encrypted', self.encrypted),
            ('enterprise_project_id', self.enterprise_project_id),
            ('id', self.id),
            ('links', self.links),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('name', self.name),
            ('replication_status', self.replication_status),
            ('service_type', self.service_type),
            ('shareable', self.shareable),
            ('size', self.size),
            ('snapshot_id', self.snapshot_id),
            ('source_vol_id', self.source_vol_id),
            ('status', self.status),
            ('tags', self.tags),
            ('updated_at', self.updated_at),
            ('user_id', self.user_id),
            ('volume_image_metadata', self.volume_image_metadata),
            ('volume_type', self.volume_type),
            ('wwn', self.wwn),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('storage_cluster_id', self.storage_cluster_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeDetailV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachment_v3 import AttachmentV3
        from .link_v3 import LinkV3
        from .volume_metadata_v3 import VolumeMetadataV3

        _d = dict(data)
        return cls(
            attachments=_S.opt(_d.pop('attachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(AttachmentV3.from_dict, x))),
            availability_zone=_d.pop('availability_zone', UNSET),
            bootable=_d.pop('bootable', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            created_at=_d.pop('created_at', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            description=_d.pop('description', UNSET),
            encrypted=_d.pop('encrypted', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinkV3.from_dict, x))),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(VolumeMetadataV3.from_dict, x)),
            multiattach=_d.pop('multiattach', UNSET),
            name=_d.pop('name', UNSET),
            replication_status=_d.pop('replication_status', UNSET),
            service_type=_S.opt(_d.pop('service_type', UNSET), lambda x: _S.enum_of(ServiceType, x)),
            shareable=_d.pop('shareable', UNSET),
            size=_d.pop('size', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            source_vol_id=_d.pop('source_vol_id', UNSET),
            status=_d.pop('status', UNSET),
            tags=_d.pop('tags', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            user_id=_d.pop('user_id', UNSET),
            volume_image_metadata=_d.pop('volume_image_metadata', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.enum_of(CreateVolumeOptionV3VolumeType, x)),
            wwn=_d.pop('wwn', UNSET),
            os_vol_tenant_attr_tenant_id=_d.pop('os-vol-tenant-attr:tenant_id', UNSET),
            os_vol_mig_status_attr_migstat=_d.pop('os-vol-mig-status-attr:migstat', UNSET),
            os_vol_mig_status_attr_name_id=_d.pop('os-vol-mig-status-attr:name_id', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            os_vol_host_attr_host=_d.pop('os-vol-host-attr:host', UNSET),
            storage_cluster_id=_d.pop('storage_cluster_id', UNSET),
            additional_properties=_d,
        )
