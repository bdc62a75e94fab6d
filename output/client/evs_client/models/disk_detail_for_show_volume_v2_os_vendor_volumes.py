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
        attachments: 云硬盘的挂载信息。
        availability_zone: 云硬盘所属的AZ信息。
        bootable: 是否为可启动云硬盘。
        consistencygroup_id: 所属一致性组ID。
        count: 已查询出的云硬盘列表中云硬盘的数量
        created_at: 云硬盘创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        dedicated_storage_id: 云硬盘所属的专属存储池ID
        dedicated_storage_name: 云硬盘所属的专属存储池的名称
        description: 云硬盘描述。
        encrypted: 是否为加密云硬盘。
        enterprise_project_id: 云硬盘上绑定的企业项目ID。当前云硬盘服务不支持该字段
        id: 云硬盘ID。
        links: 云硬盘URI自描述信息。
        metadata: 元数据。
        multiattach: 创建共享云硬盘的信息
        name: 云硬盘名称。
        os_vendor_extended_lock_check_endpoint (JSON 'os-vendor-extended:lock_check_endpoint'): 检查锁是否有效的回调链接
        os_vendor_extended_lock_scene (JSON 'os-vendor-extended:lock_scene'): 云硬盘的加锁类型。
            取值范围: • TO_PERIOD_LOCK: 按需转包
            • SPEC_CHG_LOCK: 规格变更
            • OTHER_SVC_LOCK: 其他场景
        os_vendor_extended_lock_source_id (JSON 'os-vendor-extended:lock_source_id'): 云硬盘的锁归属的资源ID
        os_vendor_extended_lock_source_service (JSON 'os-vendor-extended:lock_source_service'): 云硬盘的锁归属的服务类型
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'): 云硬盘所在的主机
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'): 预留属性
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'): 预留属性
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'): 云硬盘所属的租户ID
        os_volume_replication_driver_data (JSON 'os-volume-replication:driver_data'): 预留属性
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性
        replication_status: 预留属性
        service_type: 服务类型，结果为EVS、DSS、DESS。
        shareable: 是否为可共享云硬盘。
        size: 云硬盘大小。
        snapshot_id: 快照ID。
        source_vol_id: 源云硬盘ID。
        status: 云硬盘状态，请参见云硬盘状态 。
        tags: 云硬盘的标签。 如果云硬盘有标签，则会有该字段，否则该字段为空。
        updated_at: 云硬盘更新时间。
        user_id: 预留属性
        volume_image_metadata: 如果云硬盘是从镜像创建的则会有该字段，否则该字段为空。 说明 关于“volume_image_metadata”字段的详细说明，具体请参见查询镜像详情 。
        volume_type: 云硬盘类型。 目前支持\"SATA\", \"SAS\", \"GPSSD\"和\"SSD\"四种。
            • \"SATA\"为普通IO云硬盘
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
        wwn: 云硬盘挂载时的唯一标识

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.13 DiskDetail (line 4393)
    """

    attachments: list[DiskAttachment] | Unset = UNSET
    availability_zone: str | Unset = UNSET
    bootable: str | Unset = UNSET
    consistencygroup_id: str | Unset = UNSET
    count: str | Unset = UNSET
    created_at: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    description: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    id: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    metadata: DiskMetadata | Unset = UNSET
    multiattach: bool | Unset = UNSET
    name: str | Unset = UNSET
    os_vendor_extended_lock_check_endpoint: str | Unset = UNSET
    os_vendor_extended_lock_scene: OsVendorExtendedLockScene | Unset = UNSET
    os_vendor_extended_lock_source_id: str | Unset = UNSET
    os_vendor_extended_lock_source_service: str | Unset = UNSET
    os_vol_host_attr_host: str | Unset = UNSET
    os_vol_mig_status_attr_migstat: str | Unset = UNSET
    os_vol_mig_status_attr_name_id: str | Unset = UNSET
    os_vol_tenant_attr_tenant_id: str | Unset = UNSET
    os_volume_replication_driver_data: str | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    replication_status: str | Unset = UNSET
    service_type: ServiceType | Unset = UNSET
    shareable: bool | Unset = UNSET
    size: int | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    source_vol_id: str | Unset = UNSET
    status: CinderVolumeDetailStatus | Unset = UNSET
    tags: dict[str, Any] | Unset = UNSET
    updated_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    volume_image_metadata: dict[str, Any] | Unset = UNSET
    volume_type: CreateVolumeOptionV3VolumeType | Unset = UNSET
    wwn: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attachments', self.attachments),
            ('availability_zone', self.availability_zone),
            ('bootable', self.bootable),
            ('consistencygroup_id', self.consistencygroup_id),
            ('count', self.count),
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
            ('os-vendor-extended:lock_check_endpoint', self.os_vendor_extended_lock_check_endpoint),
            ('os-vendor-extended:lock_scene', self.os_vendor_extended_lock_scene),
            ('os-vendor-extended:lock_source_id', self.os_vendor_extended_lock_source_id),
            ('os-vendor-extended:lock_source_service', self.os_vendor_extended_lock_source_service),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('os-volume-replication:driver_data', self.os_volume_replication_driver_data),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
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
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskDetailForShowVolumeV2OsVendorVolumes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .disk_attachment import DiskAttachment
        from .disk_metadata import DiskMetadata
        from .link import Link

        _d = dict(data)
        return cls(
            attachments=_S.opt(_d.pop('attachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(DiskAttachment.from_dict, x))),
            availability_zone=_d.pop('availability_zone', UNSET),
            bootable=_d.pop('bootable', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            count=_d.pop('count', UNSET),
            created_at=_d.pop('created_at', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            description=_d.pop('description', UNSET),
            encrypted=_d.pop('encrypted', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(DiskMetadata.from_dict, x)),
            multiattach=_d.pop('multiattach', UNSET),
            name=_d.pop('name', UNSET),
            os_vendor_extended_lock_check_endpoint=_d.pop('os-vendor-extended:lock_check_endpoint', UNSET),
            os_vendor_extended_lock_scene=_S.opt(_d.pop('os-vendor-extended:lock_scene', UNSET), lambda x: _S.enum_of(OsVendorExtendedLockScene, x)),
            os_vendor_extended_lock_source_id=_d.pop('os-vendor-extended:lock_source_id', UNSET),
            os_vendor_extended_lock_source_service=_d.pop('os-vendor-extended:lock_source_service', UNSET),
            os_vol_host_attr_host=_d.pop('os-vol-host-attr:host', UNSET),
            os_vol_mig_status_attr_migstat=_d.pop('os-vol-mig-status-attr:migstat', UNSET),
            os_vol_mig_status_attr_name_id=_d.pop('os-vol-mig-status-attr:name_id', UNSET),
            os_vol_tenant_attr_tenant_id=_d.pop('os-vol-tenant-attr:tenant_id', UNSET),
            os_volume_replication_driver_data=_d.pop('os-volume-replication:driver_data', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            replication_status=_d.pop('replication_status', UNSET),
            service_type=_S.opt(_d.pop('service_type', UNSET), lambda x: _S.enum_of(ServiceType, x)),
            shareable=_d.pop('shareable', UNSET),
            size=_d.pop('size', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            source_vol_id=_d.pop('source_vol_id', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            tags=_d.pop('tags', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            user_id=_d.pop('user_id', UNSET),
            volume_image_metadata=_d.pop('volume_image_metadata', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.enum_of(CreateVolumeOptionV3VolumeType, x)),
            wwn=_d.pop('wwn', UNSET),
            additional_properties=_d,
        )
