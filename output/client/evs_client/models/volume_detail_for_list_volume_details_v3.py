"""VolumeDetailForListVolumeDetailsV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType
from .cinder_volume_detail_status import CinderVolumeDetailStatus

if TYPE_CHECKING:
    from .iops_v1 import IopsV1
    from .link import Link
    from .throughput_v1 import ThroughputV1
    from .volume_attachment import VolumeAttachment
    from .volume_metadata_v1 import VolumeMetadataV1

__all__ = ['VolumeDetailForListVolumeDetailsV3']


@dataclass(kw_only=True)
class VolumeDetailForListVolumeDetailsV3:
    """The VolumeDetailForListVolumeDetailsV3 object.

    Attributes:
        id, required: 云硬盘ID。
        links, required: 云硬盘uri自描述信息。
        name, required: 云硬盘名称。
        status, required: 云硬盘状态。 云硬盘状态，具体请参见云硬盘状态 。
        attachments, required: 是否挂载信息。
        availability_zone, required: 云硬盘所属AZ。
        disaster_recovery_azs: 容灾云硬盘所属的多个AZ。
        source_volid, required: 源云硬盘ID，如果是从源云硬盘创建，则有值。 当前云硬盘服务不支持该字段。
        snapshot_id, required: 快照ID，如果是从快照创建，则有值。
        description: 云硬盘描述。
        bootable, required: 是否为启动云硬盘。 true: 表示为启动云硬盘。 false: 表示为非启动云硬盘。
        encrypted, required: 当前云硬盘服务不支持该字段。
        created_at, required: 云硬盘创建时间。 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        volume_type, required: 云硬盘类型。 目前支持\"SATA\", \"SAS\", \"GPSSD\", \"SSD\", \"ESSD\", \"GPSSD2\", \"ESSD2\" 七种。
            • \"SATA\"为普通IO云硬盘(已售罄)
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
            • \"ESSD\"为极速型SSD云硬盘
            • \"GPSSD2\"为通用型SSD V2云硬盘
            • \"ESSD2\"为极速型SSD V2云硬盘
        replication_status, required: 预留属性。
        consistencygroup_id, required: 预留属性。
        metadata, required: 云硬盘的元数据。 如果元数据中不包含hw:passthrough字段，云硬盘默认为VBD类型。 如果元数据中不包含 _system_encrypted字段，云硬盘默认为不加密。
        size, required, unit: GiB: 云硬盘大小，单位为GiB。
        user_id, required: 预留属性。
        updated_at, required: 云硬盘更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        shareable: 是否为可共享云硬盘。 说明： 该字段已经废弃，请使用multiattach。
        multiattach, required: 是否为可共享云硬盘。
        os_vol_tenant_attr_tenant_id (JSON 'os-vol-tenant-attr:tenant_id'), required: 云硬盘所属的项目ID。
        volume_image_metadata, required: 云硬盘镜像的元数据。 关于“volume_image_metadata”字段的详细说明，具体请参见： \"查询镜像详情\" 。
        os_vol_host_attr_host (JSON 'os-vol-host-attr:host'), required: 预留属性。
        os_volume_replication_extended_status (JSON 'os-volume-replication:extended_status'): 预留属性。
        os_vol_mig_status_attr_migstat (JSON 'os-vol-mig-status-attr:migstat'), required: 预留属性。
        os_vol_mig_status_attr_name_id (JSON 'os-vol-mig-status-attr:name_id'), required: 预留属性。
        iops: 云硬盘的iops信息，云硬盘类型是ESSD2、GPSSD2才返回。
        throughput: 云硬盘的吞吐量信息，云硬盘类型是GPSSD2才返回。
        snapshot_policy_id: 云硬盘绑定的快照策略ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.4 VolumeDetail (line 11920)
    """

    id: str
    links: list[Link]
    name: str
    status: CinderVolumeDetailStatus
    attachments: list[VolumeAttachment]
    availability_zone: str
    source_volid: str | None
    snapshot_id: str | None
    bootable: str
    encrypted: bool
    created_at: str
    volume_type: CinderCreateVolumeOptionVolumeType
    replication_status: str
    consistencygroup_id: str | None
    metadata: VolumeMetadataV1
    size: int
    user_id: str
    updated_at: str
    multiattach: bool
    os_vol_tenant_attr_tenant_id: str
    volume_image_metadata: dict[str, Any]
    os_vol_host_attr_host: str
    os_vol_mig_status_attr_migstat: str | None
    os_vol_mig_status_attr_name_id: str | None
    disaster_recovery_azs: list[str] | Unset = UNSET
    description: str | None | Unset = UNSET
    shareable: bool | Unset = UNSET
    os_volume_replication_extended_status: str | None | Unset = UNSET
    iops: IopsV1 | Unset = UNSET
    throughput: ThroughputV1 | Unset = UNSET
    snapshot_policy_id: str | Unset = UNSET
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
            ('source_volid', self.source_volid),
            ('snapshot_id', self.snapshot_id),
            ('bootable', self.bootable),
            ('encrypted', self.encrypted),
            ('created_at', self.created_at),
            ('volume_type', self.volume_type),
            ('replication_status', self.replication_status),
            ('consistencygroup_id', self.consistencygroup_id),
            ('metadata', self.metadata),
            ('size', self.size),
            ('user_id', self.user_id),
            ('updated_at', self.updated_at),
            ('multiattach', self.multiattach),
            ('os-vol-tenant-attr:tenant_id', self.os_vol_tenant_attr_tenant_id),
            ('volume_image_metadata', self.volume_image_metadata),
            ('os-vol-host-attr:host', self.os_vol_host_attr_host),
            ('os-vol-mig-status-attr:migstat', self.os_vol_mig_status_attr_migstat),
            ('os-vol-mig-status-attr:name_id', self.os_vol_mig_status_attr_name_id),
            ('disaster_recovery_azs', self.disaster_recovery_azs),
            ('description', self.description),
            ('shareable', self.shareable),
            ('os-volume-replication:extended_status', self.os_volume_replication_extended_status),
            ('iops', self.iops),
            ('throughput', self.throughput),
            ('snapshot_policy_id', self.snapshot_policy_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeDetailForListVolumeDetailsV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .iops_v1 import IopsV1
        from .link import Link
        from .throughput_v1 import ThroughputV1
        from .volume_attachment import VolumeAttachment
        from .volume_metadata_v1 import VolumeMetadataV1

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeDetailForListVolumeDetailsV3'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeDetailForListVolumeDetailsV3'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeDetailForListVolumeDetailsV3'),
            status=_S.opt(_S.take(_d, 'status', 'VolumeDetailForListVolumeDetailsV3'), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            attachments=_S.opt(_S.take(_d, 'attachments', 'VolumeDetailForListVolumeDetailsV3'), lambda x: _S.list_of(x, lambda x: _S.model(VolumeAttachment.from_dict, x))),
            availability_zone=_S.take(_d, 'availability_zone', 'VolumeDetailForListVolumeDetailsV3'),
            source_volid=_S.take(_d, 'source_volid', 'VolumeDetailForListVolumeDetailsV3'),
            snapshot_id=_S.take(_d, 'snapshot_id', 'VolumeDetailForListVolumeDetailsV3'),
            bootable=_S.take(_d, 'bootable', 'VolumeDetailForListVolumeDetailsV3'),
            encrypted=_S.take(_d, 'encrypted', 'VolumeDetailForListVolumeDetailsV3'),
            created_at=_S.take(_d, 'created_at', 'VolumeDetailForListVolumeDetailsV3'),
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'VolumeDetailForListVolumeDetailsV3'), lambda x: _S.enum_of(CinderCreateVolumeOptionVolumeType, x)),
            replication_status=_S.take(_d, 'replication_status', 'VolumeDetailForListVolumeDetailsV3'),
            consistencygroup_id=_S.take(_d, 'consistencygroup_id', 'VolumeDetailForListVolumeDetailsV3'),
            metadata=_S.opt(_S.take(_d, 'metadata', 'VolumeDetailForListVolumeDetailsV3'), lambda x: _S.model(VolumeMetadataV1.from_dict, x)),
            size=_S.take(_d, 'size', 'VolumeDetailForListVolumeDetailsV3'),
            user_id=_S.take(_d, 'user_id', 'VolumeDetailForListVolumeDetailsV3'),
            updated_at=_S.take(_d, 'updated_at', 'VolumeDetailForListVolumeDetailsV3'),
            multiattach=_S.take(_d, 'multiattach', 'VolumeDetailForListVolumeDetailsV3'),
            os_vol_tenant_attr_tenant_id=_S.take(_d, 'os-vol-tenant-attr:tenant_id', 'VolumeDetailForListVolumeDetailsV3'),
            volume_image_metadata=_S.take(_d, 'volume_image_metadata', 'VolumeDetailForListVolumeDetailsV3'),
            os_vol_host_attr_host=_S.take(_d, 'os-vol-host-attr:host', 'VolumeDetailForListVolumeDetailsV3'),
            os_vol_mig_status_attr_migstat=_S.take(_d, 'os-vol-mig-status-attr:migstat', 'VolumeDetailForListVolumeDetailsV3'),
            os_vol_mig_status_attr_name_id=_S.take(_d, 'os-vol-mig-status-attr:name_id', 'VolumeDetailForListVolumeDetailsV3'),
            disaster_recovery_azs=_d.pop('disaster_recovery_azs', UNSET),
            description=_d.pop('description', UNSET),
            shareable=_d.pop('shareable', UNSET),
            os_volume_replication_extended_status=_d.pop('os-volume-replication:extended_status', UNSET),
            iops=_S.opt(_d.pop('iops', UNSET), lambda x: _S.model(IopsV1.from_dict, x)),
            throughput=_S.opt(_d.pop('throughput', UNSET), lambda x: _S.model(ThroughputV1.from_dict, x)),
            snapshot_policy_id=_d.pop('snapshot_policy_id', UNSET),
            additional_properties=_d,
        )
