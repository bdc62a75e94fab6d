"""CinderCreateVolumeOptionV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType

if TYPE_CHECKING:
    from .volume_metadata_v1 import VolumeMetadataV1

__all__ = ['CinderCreateVolumeOptionV3']


@dataclass(kw_only=True)
class CinderCreateVolumeOptionV3:
    """The CinderCreateVolumeOptionV3 object.

    Attributes:
        availability_zone: 指定要创建云硬盘的AZ。 若指定的AZ不存在或指定的AZ和备份所在的AZ不同，则创云硬盘失败。 若传入disaster_recovery_azs字段，此字段可不传。
        disaster_recovery_azs: 指定要创建支持容灾云硬盘的多个AZ。 若传入availability_zone字段，此字段可不传。
        consistencygroup_id: 一致性组ID，该参数表示此云硬盘属于该一致性组，当前云硬盘服务不支持该功能。
        description: 云硬盘的描述。最大支持85个字符。
        image_ref (JSON 'imageRef'): 镜像ID，指定该参数表示创建云硬盘方式为从镜像创建。 说明 不支持通过BMS的镜像创建BMS系统盘。 获取镜像ID的方法：请参见查询镜像列表 。
        metadata: 云硬盘的metadata数据，metadata中的key和value长度不大于255个字节。 “metadata”字段信息中列举了部分字段，您还可以根据创建云硬盘的要求输入其他字段。 说明 metadata里面不能有value为null的键值对。
        multiattach: 创建共享云硬盘的信息。默认值为false。 true：表示为共享云硬盘。 false：表示为非共享云硬盘。 请参见共享云硬盘及使用方法了解更多信息。
        name: 云硬盘名称。最大支持64个字符。
        size, unit: GiB: 云硬盘大小，单位为GiB，其限制如下： 系统盘：1GiB-1024GiB 数据盘：10GiB-32768GiB 创建空白云硬盘，size为必选，请在范围内根据需求自定义。 从快照创建云硬盘时，size为必选，且云硬盘大小不能小于快照大小。 从镜像创建云硬盘时，size为必选，且云硬盘大小不小于镜像属性中min_disk要求的最小云硬盘容量。 从备份创建云硬盘，size非必选。
        snapshot_id: 快照ID，指定该参数表示创建云硬盘方式为从快照创建云硬盘。
        source_replica: 该参数表示从云硬盘的克隆来创建云硬盘，当前云硬盘服务不支持该功能。
        source_volid: 源云硬盘ID，指定该参数表示创建云硬盘方式为从源云硬盘克隆。当前云硬盘服务不支持该功能。
        volume_type, required: 云硬盘类型。
            目前支持\"SATA\", \"SAS\", \"GPSSD\", \"SSD\", \"ESSD\", \"GPSSD2\", \"ESSD 2\"七种
            • “SATA”为普通IO云硬盘
            • “SAS”为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • “SSD”为超高IO云硬盘
            • “ESSD”为极速型SSD云硬盘
            • \"GPSSD2\"为通用型SSD V2云硬盘
            • \"ESSD2\"为极速型SSD V2云硬盘
            当指定的云硬盘类型在availability_zone内不存在时, 则创建云硬盘失败。
            说明
            从快照创建云硬盘时, volume_type字段必须和快照源云硬盘保持一致。
            了解不同云硬盘类型的详细信息, 请参见云硬盘类型及性能介绍。
        iops: 给云硬盘配置iops, 购买GPSSD2、ESSD2类型的云硬盘时必须填, 其他类型不能设置。
            说明
            • 了解GPSSD2、ESSD2类型的iops大小范围, 请参见云硬盘类型及性能介绍里面的云硬盘性能数据表。只支持按需计费。
        throughput, unit: MiB/s: 给云硬盘配置吞吐量, 单位是MiB/s, 购买GPSSD2类型云盘时必须填, 其他类型不能设置。
            说明
            • 只支持按需计费。
            • 了解GPSSD2类型的吞吐量大小范围, 请参见云硬盘类型及性能介绍里面的云硬盘性能数据表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.3 CinderCreateVolumeOption (line 11664)
    """

    volume_type: CinderCreateVolumeOptionVolumeType
    availability_zone: str | Unset = UNSET
    disaster_recovery_azs: list[str] | Unset = UNSET
    consistencygroup_id: str | Unset = UNSET
    description: str | Unset = UNSET
    image_ref: str | Unset = UNSET
    metadata: VolumeMetadataV1 | Unset = UNSET
    multiattach: bool | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    source_replica: str | Unset = UNSET
    source_volid: str | Unset = UNSET
    iops: int | Unset = UNSET
    throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_type', self.volume_type),
            ('availability_zone', self.availability_zone),
            ('disaster_recovery_azs', self.disaster_recovery_azs),
            ('consistencygroup_id', self.consistencygroup_id),
            ('description', self.description),
            ('imageRef', self.image_ref),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('name', self.name),
            ('size', self.size),
            ('snapshot_id', self.snapshot_id),
            ('source_replica', self.source_replica),
            ('source_volid', self.source_volid),
            ('iops', self.iops),
            ('throughput', self.throughput),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderCreateVolumeOptionV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_metadata_v1 import VolumeMetadataV1

        _d = dict(data)
        return cls(
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'CinderCreateVolumeOptionV3'), lambda x: _S.enum_of(CinderCreateVolumeOptionVolumeType, x)),
            availability_zone=_d.pop('availability_zone', UNSET),
            disaster_recovery_azs=_d.pop('disaster_recovery_azs', UNSET),
            consistencygroup_id=_d.pop('consistencygroup_id', UNSET),
            description=_d.pop('description', UNSET),
            image_ref=_d.pop('imageRef', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(VolumeMetadataV1.from_dict, x)),
            multiattach=_d.pop('multiattach', UNSET),
            name=_d.pop('name', UNSET),
            size=_d.pop('size', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            source_replica=_d.pop('source_replica', UNSET),
            source_volid=_d.pop('source_volid', UNSET),
            iops=_d.pop('iops', UNSET),
            throughput=_d.pop('throughput', UNSET),
            additional_properties=_d,
        )
