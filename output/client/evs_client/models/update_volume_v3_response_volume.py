"""UpdateVolumeV3ResponseVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType
from .cinder_volume_detail_status import CinderVolumeDetailStatus

if TYPE_CHECKING:
    from .link import Link
    from .volume_attachment import VolumeAttachment
    from .volume_metadata_v1 import VolumeMetadataV1

__all__ = ['UpdateVolumeV3ResponseVolume']


@dataclass(kw_only=True)
class UpdateVolumeV3ResponseVolume:
    """The UpdateVolumeV3Response.volume object.

    Attributes:
        id: 云硬盘ID。
        links: 云硬盘URI自描述信息。
        name: 云硬盘名称。
        status: 云硬盘状态，具体请参见云硬盘状态 。
        attachments: 挂载信息。
        availability_zone: 云硬盘所属AZ。
        disaster_recovery_azs: 容灾云硬盘所属的多个AZ。
        bootable: 是否为启动云硬盘。 true：表示为启动云硬盘。 false：表示为非启动云硬盘。
        encrypted: 当前云硬盘服务不支持该字段。
        created_at: 创建云硬盘的时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        description: 云硬盘描述。
        volume_type: 云硬盘类型。 目前支持\"SATA\", \"SAS\", \"GPSSD\", \"SSD\", \"ESSD\", \"GPSSD2\", \"ESSD2\"七种
            • “SATA”为普通IO云硬盘
            • “SAS”为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • “SSD”为超高IO云硬盘
            • “ESSD”为极速型SSD云硬盘
            • \"GPSSD2\"为通用型SSD V2云硬盘
            • \"ESSD2\"为极速型SSD V2云硬盘当指定的云硬盘类型在availability_zone内不存在时，则创建云硬盘失败。
        replication_status: 预留属性。
        consistencygroup_id: 所属一致性组ID。
        source_volid: 源云硬盘ID。 当前云硬盘服务不支持该字段。
        snapshot_id: 快照ID。
        metadata: 元数据。
        size, unit: GiB: 云硬盘大小，单位为GiB。
        user_id: 使用云硬盘用户ID。
        updated_at: 云硬盘更新时间。
        shareable: 是否为可共享云硬盘。 说明： 该字段已经废弃，请使用multiattach。
        multiattach: 是否为共享云硬盘。 true：表示为共享云硬盘。 false：表示为非共享云硬盘。
        storage_cluster_id: 预留属性。

    additional_properties: keys the spec does not list, kept as received.
    """

    id: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    name: str | Unset = UNSET
    status: CinderVolumeDetailStatus | Unset = UNSET
    attachments: list[VolumeAttachment] | Unset = UNSET
    availability_zone: str | Unset = UNSET
    disaster_recovery_azs: list[str] | Unset = UNSET
    bootable: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    volume_type: CinderCreateVolumeOptionVolumeType | Unset = UNSET
    replication_status: str | Unset = UNSET
    consistencygroup_id: str | None | Unset = UNSET
    source_volid: str | None | Unset = UNSET
    snapshot_id: str | None | Unset = UNSET
    metadata: VolumeMetadataV1 | Unset = UNSET
    size: int | Unset = UNSET
    user_id: str | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    shareable: bool | Unset = UNSET
    multiattach: bool | Unset = UNSET
    storage_cluster_id: str | Unset = UNSET
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
            ('disaster_recovery_azs', self.disaster_recovery_azs),
            ('bootable', self.bootable),
            ('encrypted', self.encrypted),
            ('created_at', self.created_at),
            ('description', self.description),
            ('volume_type', self.volume_type),
            ('replication_status', self.replication_status),
            ('consistencygroup_id', self.consistencygroup_id),
            ('source_volid', self.source_volid),
            ('snapshot_id', self.snapshot_id),
            ('metadata', self.metadata),
            ('size', self.size),
            ('user_id', self.user_id),
            ('updated_at', self.updated_at),
            ('shareable', self.shareable),
            ('multiattach', self.multiattach),
            ('storage_cluster_id', self.storage_cluster_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeV3ResponseVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .volume_attachment import VolumeAttachment
        from .volume_metadata_v1 import VolumeMetadataV1

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_d.pop('name', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(CinderVolumeDetailStatus, x)),
            attachments=_S.opt(_d.pop('attachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(VolumeAttachment.from_dict, x))),
            availability_zone=_d.pop('availability_zone', UNSET),
            disaster_recovery_azs=_d.pop('disaster_recovery_azs', UNSET),
            bootable=_d.pop('bootable', UNSET),
            encrypted=_d.pop('encrypted', UNSET),
            created_at=_d.pop('created_at', UNSET),
            description=_d.pop('description', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.enum_of(CinderCreateVolumeOptionVolumeType, x)),
            replication_status=_d.pop('replication_status', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            source_volid=_d.pop('source_volid', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(VolumeMetadataV1.from_dict, x)),
            size=_d.pop('size', UNSET),
            user_id=_d.pop('user_id', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            shareable=_d.pop('shareable', UNSET),
            multiattach=_d.pop('multiattach', UNSET),
            storage_cluster_id=_d.pop('storage_cluster_id', UNSET),
            additional_properties=_d,
        )
