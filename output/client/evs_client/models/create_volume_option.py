"""CreateVolumeOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType

__all__ = ['CreateVolumeOption']


@dataclass(kw_only=True)
class CreateVolumeOption:
    """The CreateVolumeOption object.

    Attributes:
        availability_zone, required: 指定要创建云硬盘的可用区。
        backup_id: 备份ID。 可通过云硬盘备份控制台的备份列表页面获取备份ID。
            约束限制: 从备份创建云硬盘时为必选。
        count: 批量创云硬盘的个数。
            约束限制: 如果无该参数，表明只创建1个云硬盘，目前最多支持批量创建100个。 从备份创建云硬盘时，不支持批量创建，数量只能为“1”。 如果发送请求时，将参数值设置为小数，则默认取小数点前的整数。
        description: 云硬盘的描述。
            约束限制: 最大支持85个字符。
        enterprise_project_id: 企业项目ID。创建云硬盘时，给云硬盘绑定企业项目ID。 关于企业项目ID的获取及企业项目特性的详细信息，请参考：“企业管理用户指南”。
        image_ref (JSON 'imageRef'): 镜像ID，指定该参数表示创建云硬盘方式为从镜像创建云硬盘。 可通过镜像服务控制台的镜像列表页面获取镜像ID。
        metadata: 云硬盘的metadata信息，调用方可以添加或删除metadata信息。当前部分key在EVS服务中有业务场景含义，这部分key的描述如下：
            • [_system_cmkid] metadata中的加密cmkid字段，与_system_encrypted配合表示需要加密，cmkid长度固定为36个字节。 请求获取密钥ID的方法请参考：\"查询密钥列表\"。
            • [_system_encrypted] metadata中的表示加密功能的字段,0代表不加密,1代表加密。不指定该字段时,云硬盘的加密属性与数据源保持一致,如果不是从数据源创建的场景,则默认不加密。
            • [hw:passthrough]
            • true表示云硬盘的设备类型为SCSI类型，即允许ECS操作系统直接访问底层存储介质。支持SCSI锁命令。
            • false表示云硬盘的设备类型为VBD (虚拟块存储设备, Virtual Block Device) 类型，即为默认类型，VBD只能支持简单的SCSI读写命令。
            • 该字段不存在时，云硬盘默认为VBD类型。
        multiattach: 是否为共享云硬盘。
            取值范围: true为共享盘，false为普通云硬盘。
        name: 云硬盘名称。 如果为创建单个云硬盘，name为云硬盘名称。最大支持64个字符。 创建的云硬盘数量（count字段对应的值）大于1时，为区分不同云硬盘，创建过程中系统会自动在名称后加“-0000”的类似标记。例如：volume-0001、volume-0002。
        size, required, unit: GiB: 云硬盘大小，单位为GiB。
            约束限制: • 系统盘：1GiB-1024GiB
            • 数据盘：10GiB-32768GiB
            • 创建空白云硬盘和从镜像/快照创建云硬盘时，size为必选，且云硬盘大小不能小于镜像/快照大小。
            • 从备份创建云硬盘时，size为可选，不指定size时，云硬盘大小和备份大小一致。
        snapshot_id: 快照ID，指定该参数表示创建云硬盘方式为从快照创建云硬盘。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
        volume_type, required: 云硬盘类型。 了解不同云硬盘类型的详细信息，请参见云硬盘类型及性能介绍。
            约束限制: 当指定的云硬盘类型在availability_zone内不存在时，则创建云硬盘失败。 从快照创建云硬盘时，volume_type字段必须和快照源云硬盘保持一致。
            取值范围: 目前支持\"SATA\"，\"SAS\"，\"GPSSD\"，\"SSD\"，\"ESSD\"，\"GPSSD2\"，\"ESSD2\"七种。
            • \"SATA\"为普通IO云硬盘(已售罄)
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘
            • \"ESSD\"为极速型SSD云硬盘
            • \"GPSSD2\"为通用型SSD V2云硬盘
            • \"ESSD2\"为极速型SSD V2云硬盘
        tags: 云硬盘标签信息。
        iops: 给云硬盘配置iops。
            约束限制: 购买GPSSD2、ESSD2类型的云硬盘时必须填，其他类型不能设置。 只支持按需计费。
            取值范围: 了解GPSSD2、ESSD2类型的iops大小范围，请参见云硬盘类型及性能介绍里面的云硬盘性能数据表。
        throughput, unit: MiB/s: 给云硬盘配置吞吐量，单位是MiB/s。
            约束限制: 购买GPSSD2类型云盘时必须填，其他类型不能设置。 只支持按需计费。
            取值范围: 了解GPSSD2类型的吞吐量大小范围，请参见云硬盘类型及性能介绍里面的云硬盘性能数据表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.1 CreateVolumeOption (line 960)
    """

    availability_zone: str
    size: int
    volume_type: CinderCreateVolumeOptionVolumeType
    backup_id: str | Unset = UNSET
    count: int | Unset = UNSET
    description: str | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    image_ref: str | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    multiattach: bool | Unset = UNSET
    name: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    iops: int | Unset = UNSET
    throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('availability_zone', self.availability_zone),
            ('size', self.size),
            ('volume_type', self.volume_type),
            ('backup_id', self.backup_id),
            ('count', self.count),
            ('description', self.description),
            ('enterprise_project_id', self.enterprise_project_id),
            ('imageRef', self.image_ref),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('name', self.name),
            ('snapshot_id', self.snapshot_id),
            ('tags', self.tags),
            ('iops', self.iops),
            ('throughput', self.throughput),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            availability_zone=_S.take(_d, 'availability_zone', 'CreateVolumeOption'),
            size=_S.take(_d, 'size', 'CreateVolumeOption'),
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'CreateVolumeOption'), lambda x: _S.enum_of(CinderCreateVolumeOptionVolumeType, x)),
            backup_id=_d.pop('backup_id', UNSET),
            count=_d.pop('count', UNSET),
            description=_d.pop('description', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            image_ref=_d.pop('imageRef', UNSET),
            metadata=_d.pop('metadata', UNSET),
            multiattach=_d.pop('multiattach', UNSET),
            name=_d.pop('name', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            tags=_d.pop('tags', UNSET),
            iops=_d.pop('iops', UNSET),
            throughput=_d.pop('throughput', UNSET),
            additional_properties=_d,
        )
