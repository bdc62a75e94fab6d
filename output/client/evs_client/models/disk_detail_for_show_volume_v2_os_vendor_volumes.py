"""DiskDetailForShowVolumeV2OsVendorVolumes: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_volume_detail_status import CinderVolumeDetailStatus
from .create_volume_option_v3_volume_type import CreateVolumeOptionV3VolumeType
from .os_vendor_extended_lock_scene import OsVendorExtendedLockScene
from .service_type import ServiceType

if TYPE_CHECKING:
    from .disk_attachment import DiskAttachment
    from .disk_metadata import DiskMetadata
    from .link import Link

__all__ = ['DiskDetailForShowVolumeV2OsVendorVolumes']


@dataclass(kw_only=True)
class DiskDetailForShowVolumeV2OsVendorVolumes:
    """The DiskDetailForShowVolumeV2OsVendorVolumes object.

    Attributes:
        attachments, required: 云硬盘的挂载信息。
        availability_zone, required: 云硬盘所属的AZ信息。
        bootable, required: 是否为可启动云硬盘。
        consistencygroup_id: 所属一致性组ID。
        count: 已查询出的云硬盘列表中云硬盘的数量
        created_at, required: 云硬盘创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        dedicated_storage_id: 云硬盘所属的专属存储池ID
        dedicated_storage_name: 云硬盘所属的专属存储池的名称
        description, required: 云硬盘描述。
        encrypted, required: 是否为加密云硬盘。
        enterprise_project_id: 云硬盘上绑定的企业项目ID。当前云硬盘服务不支持该字段
        id, required: 云硬盘ID。
        links, required: 云硬盘URI自描述信息。
        metadata, required: 元数据。
        multiattach, required: 创建共享云硬盘的信息
        name, required: 云硬盘名称。
        os_vendor_extended_lock_check_endpoint (JSON 'os-vendor-extended:lock_check_endpoint'): 检查锁是否有效的回调链接
        os_vendor_extended_lock_scene (JSON 'os-vendor-extended:lock_scene'): 云硬盘的加锁类型。
            取值范围: • TO_PERIOD_LOCK: 按需转包
            • SPEC_CHG_LOCK: 规格变更
            • OTHER_SVC_LOCK: 其他场景
        os_vendor_extended_lock_source_id (JSON 'os-vendor-extended:lock_source_id'): 云硬盘的锁归属的资源ID
        os_vendor_extended_lock_source_service (JSON 'os-vendor-extended:lock_source_service'): 云硬盘的锁归属的服务类型
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'), required: 云硬盘所在的主机
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'): 预留属性
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'): 预留属性
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'), required: 云硬盘所属的租户ID
        os_volume_replication_driver_data (JSON 'os-volume-replication:driver_data'): 预留属性
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性
        replication_status, required: 预留属性
        service_type, required: 服务类型，结果为EVS、DSS、DESS。
        shareable: 是否为可共享云硬盘。
        size, required: 云硬盘大小。
        snapshot_id: 快照ID。
        source_vol_id: 源云硬盘ID。
        status, required: 云硬盘状态，请参见云硬盘状态 。
        tags, required: 云硬盘的标签。 如果云硬盘有标签，则会有该字段，否则该字段为空。
        updated_at, required: 云硬盘更新时间。
        user_id, required: 预留属性
        volume_image_metadata: 如果云硬盘是从镜像创建的则会有该字段，否则该字段为空。 说明 关于“volume_image_metadata”字段的详细说明，具体请参见查询镜像详情 。
        volume_type: 云硬盘类型。 目前支持\"SATA\", \"SAS\", \"GPSSD\"和\"SSD\"四种。
            • \"SATA\"为普通IO云硬盘
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
        wwn, required: 云硬盘挂载时的唯一标识

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.13 DiskDetail (line 4393)
    """

    attachments: list[DiskAttachment]
    availability_zone: str
    bootable: str
    created_at: str
    description: str
    encrypted: bool
    id: str
    links: list[Link]
    metadata: DiskMetadata
    multiattach: bool
    name: str
    os_vol_host_attr_host: str
    os_vol_tenant_attr_tenant_id: str
    replication_status: str
    service_type: ServiceType
    size: int
    status: CinderVolumeDetailStatus
    tags: dict[str, Any]
    updated_at: str
    user_id: str
    wwn: str
    consistencygroup_id: str | Unset = UNSET
    count: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    os_vendor_extended_lock_check_endpoint: str | Unset = UNSET
    os_vendor_extended_lock_scene: OsVendorExtendedLockScene | Unset = UNSET
    os_vendor_extended_lock_source_id: str | Unset = UNSET
    os_vendor_extended_lock_source_service: str | Unset = UNSET
    os_vol_mig_status_attr_migstat: str | Unset = UNSET
    os_vol_mig_status_attr_name_id: str | Unset = UNSET
    os_volume_replication_driver_data: str | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    shareable: bool | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    source_vol_id: str | Unset = UNSET
    volume_image_metadata: dict[str, Any] | Unset = UNSET
    volume_type: CreateVolumeOptionV3VolumeType | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attachments', self.attachments),
            ('availability_zone', self.availability_zone),
            ('bootable', self.bootable),
            ('created_at', self.created_at),
            ('description', self.description),
            ('encrypted', self.encrypted),
            ('id', self.id),
            ('links', self.links),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('name', self.name),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('replication_status', self.replication_status),
            ('service_type', self.service_type),
            ('size', self.size),
            ('status', self.status),
            ('tags', self.tags),
            ('updated_at', self.updated_at),
            ('user_id', self.user_id),
            ('wwn', self.wwn),
            ('consistencygroup_id', self.consistencygroup_id),
            ('count', self.count),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
            ('enterprise_project_id', self.enterprise_project_id),
            ('os-vendor-extended:lock_check_endpoint', self.os_vendor_extended_lock_check_endpoint),
            ('os-vendor-extended:lock_scene', self.os_vendor_extended_lock_scene),
            ('os-vendor-extended:lock_source_id', self.os_vendor_extended_lock_source_id),
            ('os-vendor-extended:lock_source_service', self.os_vendor_extended_lock_source_service),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('os-volume-replication:driver_data', self.os_volume_replication_driver_data),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
            ('shareable', self.shareable),
            ('snapshot_id', self.snapshot_id),
            ('source_vol_id', self.source_vol_id),
            ('volume_image_metadata', self.volume_image_metadata),
            ('volume_type', self.volume_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskDetailForShowVolumeV2OsVendorVolumes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .disk_attachment import DiskAttachment
        from .disk_metadata import DiskMetadata
        from .link import Link

        _d = dict(data)
        return cls(
            attachments=_S.opt(_S.take(_d, 'attachments', 'DiskDetailForShowVolumeV2OsVendorVolumes'), lambda x: _S.list_of(x, lambda x: _S.model(DiskAttachment.from_dict, x))),
            availability_zone=_S.take(_d, 'availability_zone', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            bootable=_S.take(_d, 'bootable', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            created_at=_S.take(_d, 'created_at', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            description=_S.take(_d, 'description', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            encrypted=_S.take(_d, 'encrypted', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            id=_S.take(_d, 'id', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            links=_S.opt(_S.take(_d, 'links', 'DiskDetailForShowVolumeV2OsVendorVolumes'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            metadata=_S.opt(_S.take(_d, 'metadata', 'DiskDetailForShowVolumeV2OsVendorVolumes'), lambda x: _S.model(DiskMetadata.from_dict, x)),
            multiattach=_S.take(_d, 'multiattach', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            name=_S.take(_d, 'name', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            os_vol_host_attr_host=_S.take(_d, 'os-vol-host-attr:host', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            os_vol_tenant_attr_tenant_id=_S.take(_d, 'os-vol-tenant-attr:tenant_id', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            replication_status=_S.take(_d, 'replication_status', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            service_type=_S.opt(_S.take(_d, 'service_type', 'DiskDetailForShowVolumeV2OsVendorVolumes'), lambda x: _S.enum_of(ServiceType, x)),
            size=_S.take(_d, 'size', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            status=_S.opt(_S.take(_d, 'status', 'DiskDetailForShowVolumeV2OsVendorVolumes'), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            tags=_S.take(_d, 'tags', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            updated_at=_S.take(_d, 'updated_at', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            user_id=_S.take(_d, 'user_id', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            wwn=_S.take(_d, 'wwn', 'DiskDetailForShowVolumeV2OsVendorVolumes'),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            count=_d.pop('count', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            os_vendor_extended_lock_check_endpoint=_d.pop('os-vendor-extended:lock_check_endpoint', UNSET),
            os_vendor_extended_lock_scene=_S.opt(_d.pop('os-vendor-extended:lock_scene', UNSET), lambda x: _S.enum_of(OsVendorExtendedLockScene, x)),
            os_vendor_extended_lock_source_id=_d.pop('os-vendor-extended:lock_source_id', UNSET),
            os_vendor_extended_lock_source_service=_d.pop('os-vendor-extended:lock_source_service', UNSET),
            os_vol_mig_status_attr_migstat=_d.pop('os-vol-mig-status-attr:migstat', UNSET),
            os_vol_mig_status_attr_name_id=_d.pop('os-vol-mig-status-attr:name_id', UNSET),
            os_volume_replication_driver_data=_d.pop('os-volume-replication:driver_data', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            shareable=_d.pop('shareable', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            source_vol_id=_d.pop('source_vol_id', UNSET),
            volume_image_metadata=_d.pop('volume_image_metadata', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.enum_of(CreateVolumeOptionV3VolumeType, x)),
            additional_properties=_d,
        )
