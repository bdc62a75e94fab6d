"""CreateVolumeOptionV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .create_volume_option_v3_volume_type import CreateVolumeOptionV3VolumeType

if TYPE_CHECKING:
    from .volume_metadata_v3 import VolumeMetadataV3

__all__ = ['CreateVolumeOptionV3']


@dataclass(kw_only=True)
class CreateVolumeOptionV3:
    """The CreateVolumeOptionV3 object.

    Attributes:
        backup_id: 备份ID，从备份创建云硬盘时为必选。 说明 获取备份ID的方法：请参见查询所有备份 。
        availability_zone, required: 指定要创建云硬盘的所属AZ，若指定的AZ不存在，则创建云硬盘失败。 说明 获取AZ的方法：请参考查询所有的可用分区信息获取
        description: 云硬盘的描述。最大支持85个字符。
        size, unit: GiB: 云硬盘大小，单位为GiB，其限制如下：
            系统盘：1GiB-1024GiB 数据盘：10GiB-32768GiB
            创建空白云硬盘，size为必选，请在范围内根据需求自定义。
            从快照创建云硬盘时，size为必选，且云硬盘大小不能小于快照大小。
            从镜像创建云硬盘时，size为必选，且云硬盘大小不小于镜像属性中min_disk要求的最小云硬盘容量。
            从备份创建云硬盘时，size为可选，不指定size时，云硬盘大小和备份大小一致。
            说明 如果发送请求时，将参数值设置为小数，则默认取小数点前的整数。
        name: 云硬盘名称。如果为创建单个云硬盘，name为云硬盘名称。最大支持85个字符。创建的云硬盘数量（count字段对应的值）大于1时，为区分不同云硬盘，创建过程中系统会自动在名称后加“-0000”的类似标记。例如：volume-0001、volume-0002。
        snapshot_id: 快照ID，指定该参数表示创建云硬盘方式为从快照创建云硬盘。
            说明 获取快照ID的方法：请参见查询云硬盘快照详细信息列表。
        image_ref (JSON 'imageRef'): IMS中镜像ID，指定该参数表示创建云硬盘方式为从镜像创建云硬盘。
            说明 不支持通过BMS的镜像创建BMS系统盘。获取镜像ID的方法：请参见查询镜像列表。
        volume_type, required: 云硬盘类型。目前支持 \"SATA\", \"SAS\", \"GPSSD\"和 \"SSD\"四种。
            • \"SATA\"为普通IO云硬盘(已售罄)
            • \"SAS\"为高IO云硬盘
            • \"GPSSD\"为通用型SSD云硬盘
            • \"SSD\"为超高IO云硬盘当指定的云硬盘类型在 availability_zone内不存在时, 则创建云硬盘失败。
            说明 从快照创建云硬盘时, volume_type字段必须和快照源云硬盘保持一致。 了解不同云硬盘类型的详细信息, 请参见云硬盘类型及性能介绍。
        count: 批量创云硬盘的个数。如果无该参数, 表明只创建1个云硬盘, 目前最多支持批量创建100个。 从备份创建云硬盘时, 不支持批量创建, 数量只能为“1”。
            说明 如果发送请求时, 将参数值设置为小数, 则默认取小数点前的整数。
        shareable: 是否为共享云硬盘。true为共享盘, false为普通云硬盘。
            说明 该字段已经废弃, 请使用 multiattach。
        metadata: 待创建的云硬盘信息
        multiattach: 创建共享云硬盘的信息。默认值为false。true: 表示为共享云硬盘。false: 表示为非共享云硬盘。
            请参见共享云硬盘及使用方法了解更多信息。
        tags: 创建云硬盘的时候，给云硬盘绑定标签。
            单个云硬盘最多可以创建10个标签。
            标签的key需要唯一。重复的key会做去重操作，即如果有重复的key，最终只保留一个作为有效的标签。
            标签的key: String类型，最大长度36个字符。
            由英文字母、数字、下划线、中划线、UNICODE字符（\\u4E00-\\u9FFF）组成。
            标签的value: String类型，最大长度43个字符，可以为空字符串。
            由英文字母、数字、下划线、点、中划线、UNICODE字符（\\u4E00-\\u9FFF）组成。
        enterprise_project_id: 企业项目ID。
            创建云硬盘时，给云硬盘绑定企业项目ID。该参数不传，或者将该参数值设置为0，则将资源绑定给默认企业项目。
            关于企业项目ID的获取及企业项目特性的详细信息，请参见企业管理用户指南。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.1.2 CreateVolumeOptionV3 (line 10814)
    """

    availability_zone: str
    volume_type: CreateVolumeOptionV3VolumeType
    backup_id: str | Unset = UNSET
    description: str | Unset = UNSET
    size: int | Unset = UNSET
    name: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    image_ref: str | Unset = UNSET
    count: int | Unset = UNSET
    shareable: str | Unset = UNSET
    metadata: VolumeMetadataV3 | Unset = UNSET
    multiattach: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('availability_zone', self.availability_zone),
            ('volume_type', self.volume_type),
            ('backup_id', self.backup_id),
            ('description', self.description),
            ('size', self.size),
            ('name', self.name),
            ('snapshot_id', self.snapshot_id),
            ('imageRef', self.image_ref),
            ('count', self.count),
            ('shareable', self.shareable),
            ('metadata', self.metadata),
            ('multiattach', self.multiattach),
            ('tags', self.tags),
            ('enterprise_project_id', self.enterprise_project_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeOptionV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_metadata_v3 import VolumeMetadataV3

        _d = dict(data)
        return cls(
            availability_zone=_S.take(_d, 'availability_zone', 'CreateVolumeOptionV3'),
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'CreateVolumeOptionV3'), lambda x: _S.enum_of(CreateVolumeOptionV3VolumeType, x)),
            backup_id=_d.pop('backup_id', UNSET),
            description=_d.pop('description', UNSET),
            size=_d.pop('size', UNSET),
            name=_d.pop('name', UNSET),
            snapshot_id=_d.pop('snapshot_id', UNSET),
            image_ref=_d.pop('imageRef', UNSET),
            count=_d.pop('count', UNSET),
            shareable=_d.pop('shareable', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(VolumeMetadataV3.from_dict, x)),
            multiattach=_d.pop('multiattach', UNSET),
            tags=_d.pop('tags', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            additional_properties=_d,
        )
