"""VolumeDetail: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .bootable import Bootable
from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType
from .cinder_volume_detail_status import CinderVolumeDetailStatus
from .service_type import ServiceType

if TYPE_CHECKING:
    from .attachment import Attachment
    from .iops import Iops
    from .link import Link
    from .throughput import Throughput

__all__ = ['VolumeDetail']


@dataclass(kw_only=True)
class VolumeDetail:
    """The VolumeDetail object.

    Attributes:
        id, required: 云硬盘的ID。
        links, required: 云硬盘URI自描述信息。
        name, required: 云硬盘名称。
        status, required: 云硬盘状态，请参见云硬盘状态 。
        attachments, required: 云硬盘的挂载信息。
        availability_zone, required: 云硬盘所属的AZ信息。
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'), required: 预留属性。
        source_vol_id: 源云硬盘ID，如果是从源云硬盘创建，则有值。 当前云硬盘服务不支持该字段。
        snapshot_id: 快照ID，如果是从快照创建，则有值。
        description: 云硬盘描述。
        created_at, required: 云硬盘创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'), required: 云硬盘所属的租户ID。租户ID就是项目ID。
        volume_image_metadata, required: 云硬盘镜像的元数据。 关于“volume_image_metadata”字段的详细说明，具体请参见查询镜像详情 。
        volume_type, required: 云硬盘类型。
            取值范围: 目前支持\"SATA\", \"SAS\", \"GPSSD\", \"SSD\", \"ESSD\", \"GPSSD2\", \"ESSD2\"七种。
            • \"SATA\"为普通IO云硬盘(已售罄)
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
            • \"ESSD\"为极速型SSD云硬盘
            • \"GPSSD2\"为通用型SSD V2云硬盘
            • \"ESSD2\"为极速型SSD V2云硬盘
        size, required, unit: GiB: 云硬盘大小，单位为GiB。
        consistencygroup_id: 预留属性。
        bootable, required: 是否为启动云硬盘。
            取值范围: true: 表示为启动云硬盘。 false: 表示为非启动云硬盘。
        metadata, required: 云硬盘的metadata信息，调用方可以添加或删除metadata信息。
            取值范围: 当前部分key在EVS服务中有业务场景含义，这部分key的描述如下：
            • __system__cmkid metadata中的加密cmkid字段，与__system__encrypted配合表示需要加密，cmkid长度固定为36个字节。 请求获取密钥ID的方法请参考：“查询密钥列表”。
            • __system__encrypted metadata中的表示加密功能的字段，0代表不加密，1代表加密。 不指定该字段时，云硬盘的加密属性与数据源保持一致，如果不是从数据源创建的场景区，则默认不加密。
            • hw:passthrough
            • true表示云硬盘的设备类型为SCSI类型，即允许ECS操作系统直接访问底层存储介质。支持SCSI锁命令。
            • false表示云硬盘的设备类型为VBD(虚拟块存储设备，Virtual Block Device)类型，即为默认类型，VBD只能支持简单的SCSI读写命令。
            • 该字段不存在时，云硬盘默认为VBD类型。
            • orderID metadata中的表示云硬盘计费类型的字段。 当该字段有值时，表示该云硬盘的计费类型为包周期计费，否则计费类型为按需计费。
        updated_at, required: 云硬盘更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        encrypted: 当前云硬盘服务不支持该字段。
        replication_status, required: 预留属性。
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性。
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'): 预留属性。
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'): 预留属性。
        shareable: 是否为共享云硬盘。true为共享盘，false为普通云硬盘。 该字段已经废弃，请使用multiattach。
        user_id, required: 预留属性。
        service_type, required: 服务类型。
            取值范围: 结果为EVS、DSS、DESS。
        multiattach, required: 是否为共享云硬盘。
        dedicated_storage_id: 云硬盘所属的专属存储池ID。
        dedicated_storage_name: 云硬盘所属的专属存储池的名称。
        tags: 云硬盘的标签。 如果云硬盘有标签，则会有该字段，否则该字段为空。
        wwn, required: 云硬盘挂载时的唯一标识。
        enterprise_project_id: 云硬盘上绑定的企业项目ID。 关于企业项目ID的获取及企业项目特性的详细信息，请参见： \"企业管理用户指南\" 。
        serial_number: 云硬盘序列号。 只有SCSI类型的非双活云硬盘才会返回该字段，用于与虚拟机中的盘做对应关系。
        iops: 云硬盘的iops信息，云硬盘类型是ESSD2、GPSSD2才存在。
        throughput: 云硬盘的吞吐量信息，云硬盘类型是GPSSD2才存在。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.3 VolumeDetail (line 2042)
    """

    id: str
    links: list[Link]
    name: str
    status: CinderVolumeDetailStatus
    attachments: list[Attachment]
    availability_zone: str
    os_vol_host_attr_host: str
    created_at: str
    os_vol_tenant_attr_tenant_id: str
    volume_image_metadata: dict[str, Any]
    volume_type: CinderCreateVolumeOptionVolumeType
    size: int
    bootable: Bootable
    metadata: dict[str, Any]
    updated_at: str
    replication_status: str
    user_id: str
    service_type: ServiceType
    multiattach: bool
    wwn: str
    source_vol_id: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    description: str | Unset = UNSET
    consistencygroup_id: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    os_volume_replication_extended_status: str | Unset = UNSET
    os_vol_mig_status_attr_migstat: str | Unset = UNSET
    os_vol_mig_status_attr_name_id: str | Unset = UNSET
    shareable: str | Unset = UNSET
    dedicated_storage_id: str | Unset = UNSET
    dedicated_storage_name: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    iops: Iops | Unset = UNSET
    throughput: Throughput | Unset = UNSET
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
            ('created_at', self.created_at),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('volume_image_metadata', self.volume_image_metadata),
            ('volume_type', self.volume_type),
            ('size', self.size),
            ('bootable', self.bootable),
            ('metadata', self.metadata),
            ('updated_at', self.updated_at),
            ('replication_status', self.replication_status),
            ('user_id', self.user_id),
            ('service_type', self.service_type),
            ('multiattach', self.multiattach),
            ('wwn', self.wwn),
            ('source_vol_id', self.source_vol_id),
            ('snapshot_id', self.snapshot_id),
            ('description', self.description),
            ('consistencygroup_id', self.consistencygroup_id),
            ('encrypted', self.encrypted),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('shareable', self.shareable),
            ('dedicated_storage_id', self.dedicated_storage_id),
            ('dedicated_storage_name', self.dedicated_storage_name),
            ('tags', self.tags),
            ('enterprise_project_id', self.enterprise_project_id),
            ('serial_number', self.serial_number),
            ('iops', self.iops),
            ('throughput', self.throughput),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeDetail:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .attachment import Attachment
        from .iops import Iops
        from .link import Link
        from .throughput import Throughput

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeDetail'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeDetail'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeDetail'),
            status=_S.opt(_S.take(_d, 'status', 'VolumeDetail'), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            attachments=_S.opt(_S.take(_d, 'attachments', 'VolumeDetail'), lambda x: _S.list_of(x, lambda x: _S.model(Attachment.from_dict, x))),
            availability_zone=_S.take(_d, 'availability_zone', 'VolumeDetail'),
            os_vol_host_attr_host=_S.take(_d, 'os-vol-host-attr:host', 'VolumeDetail'),
            created_at=_S.take(_d, 'created_at', 'VolumeDetail'),
            os_vol_tenant_attr_tenant_id=_S.take(_d, 'os-vol-tenant-attr:tenant_id', 'VolumeDetail'),
            volume_image_metadata=_S.take(_d, 'volume_image_metadata', 'VolumeDetail'),
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'VolumeDetail'), lambda x: _S.enum_of(CinderCreateVolumeOptionVolumeType, x)),
            size=_S.take(_d, 'size', 'VolumeDetail'),
            bootable=_S.opt(_S.take(_d, 'bootable', 'VolumeDetail'), lambda x: _S.enum_of(Bootable, x)),
            metadata=_S.take(_d, 'metadata', 'VolumeDetail'),
            updated_at=_S.take(_d, 'updated_at', 'VolumeDetail'),
            replication_status=_S.take(_d, 'replication_status', 'VolumeDetail'),
            user_id=_S.take(_d, 'user_id', 'VolumeDetail'),
            service_type=_S.opt(_S.take(_d, 'service_type', 'VolumeDetail'), lambda x: _S.enum_of(ServiceType, x)),
            multiattach=_S.take(_d, 'multiattach', 'VolumeDetail'),
            wwn=_S.take(_d, 'wwn', 'VolumeDetail'),
            source_vol_id=_d.pop('source_vol_id', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            description=_d.pop('description', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            encrypted=_d.pop('encrypted', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            os_vol_mig_status_attr_migstat=_d.pop('os-vol-mig-status-attr:migstat', UNSET),
            os_vol_mig_status_attr_name_id=_d.pop('os-vol-mig-status-attr:name_id', UNSET),
            shareable=_d.pop('shareable', UNSET),
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            dedicated_storage_name=_d.pop('dedicated_storage_name', UNSET),
            tags=_d.pop('tags', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            serial_number=_d.pop('serial_number', UNSET),
            iops=_S.opt(_d.pop('iops', UNSET), lambda x: _S.model(Iops.from_dict, x)),
            throughput=_S.opt(_d.pop('throughput', UNSET), lambda x: _S.model(Throughput.from_dict, x)),
            additional_properties=_d,
        )
