"""UpdateSnapshotV5ResponseSnapshot: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .category import Category
from .snapshot_detail_status import SnapshotDetailStatus
from .snapshot_type import SnapshotType

if TYPE_CHECKING:
    from .snapshot_chains import SnapshotChains

__all__ = ['UpdateSnapshotV5ResponseSnapshot']


@dataclass(kw_only=True)
class UpdateSnapshotV5ResponseSnapshot:
    """The UpdateSnapshotV5Response.snapshot object.

    Attributes:
        id, required: 云硬盘快照ID。
        name, required: 云硬盘快照名称。 名称以autobk_snapshot_为前缀的快照是创建云硬盘备份时系统自动创建的，请不要进行“删除云硬盘快照”和“回滚快照到云硬盘”操作。
        description, required: 云硬盘快照描述信息。
        created_at, required: 云硬盘快照创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        updated_at, required: 云硬盘快照更新时间。
        volume_id, required: 快照所属的云硬盘ID。
        size, required, unit: GiB: 云硬盘快照大小，单位为GiB。
        status, required: 云硬盘快照的状态。
            取值范围: 具体请参见云硬盘快照状态 。
        project_id, required: 项目ID。
        enterprise_project_id, required: 快照所属的企业项目ID。
        encrypted, required: 是否为加密快照。
        cmk_id, required: 快照所属的云硬盘ID的密钥ID。
        category, required: 快照类型。
            取值范围: 枚举值: standard/flash。
        availability_zone, required: 快照所属AZ。
        tags, required: 快照所属标签。
        instant_access, required: 是否开启了快照快速可用功能。
            取值范围: true: 开启。仅SSD系列云盘支持开启该功能。 false: 关闭。即快照为未开启快照极速可用功能的普通快照。
        retention_at, required: 快照保留的时间。
        instant_access_retention_at, required: 设置快照快速可用功能的保留时间，保留时间到期后自动关闭快照快速可用功能。
            取值范围: 默认与参数retention_at的值一致。
        incremental: 是否增量快照。
        snapshot_type: 快照创建来源。
            取值范围: auto: 自动创建快照。 user: 手动创建快照。 copy: 复制快照。
        progress: 快照创建进度，单位为百分比。
        encrypt_algorithm: 加密快照的加密算法。
        snapshot_chains: 快照所属的快照链信息。
        snapshot_group_id: 快照所属的一致性快照组id。

    additional_properties: keys the spec does not list, kept as received.
    """

    id: str
    name: str | None
    description: str | None
    created_at: str
    updated_at: str
    volume_id: str
    size: int
    status: SnapshotDetailStatus
    project_id: str
    enterprise_project_id: str
    encrypted: bool
    cmk_id: str | None
    category: Category
    availability_zone: str
    tags: dict[str, str]
    instant_access: bool
    retention_at: str
    instant_access_retention_at: str
    incremental: bool | Unset = UNSET
    snapshot_type: SnapshotType | Unset = UNSET
    progress: str | Unset = UNSET
    encrypt_algorithm: str | Unset = UNSET
    snapshot_chains: list[SnapshotChains] | Unset = UNSET
    snapshot_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('description', self.description),
            ('created_at', self.created_at),
            ('updated_at', self.updated_at),
            ('volume_id', self.volume_id),
            ('size', self.size),
            ('status', self.status),
            ('project_id', self.project_id),
            ('enterprise_project_id', self.enterprise_project_id),
            ('encrypted', self.encrypted),
            ('cmk_id', self.cmk_id),
            ('category', self.category),
            ('availability_zone', self.availability_zone),
            ('tags', self.tags),
            ('instant_access', self.instant_access),
            ('retention_at', self.retention_at),
            ('instant_access_retention_at', self.instant_access_retention_at),
            ('incremental', self.incremental),
            ('snapshot_type', self.snapshot_type),
            ('progress', self.progress),
            ('encrypt_algorithm', self.encrypt_algorithm),
            ('snapshot_chains', self.snapshot_chains),
            ('snapshot_group_id', self.snapshot_group_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSnapshotV5ResponseSnapshot:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .snapshot_chains import SnapshotChains

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'UpdateSnapshotV5ResponseSnapshot'),
            name=_S.take(_d, 'name', 'UpdateSnapshotV5ResponseSnapshot'),
            description=_S.take(_d, 'description', 'UpdateSnapshotV5ResponseSnapshot'),
            created_at=_S.take(_d, 'created_at', 'UpdateSnapshotV5ResponseSnapshot'),
            updated_at=_S.take(_d, 'updated_at', 'UpdateSnapshotV5ResponseSnapshot'),
            volume_id=_S.take(_d, 'volume_id', 'UpdateSnapshotV5ResponseSnapshot'),
            size=_S.take(_d, 'size', 'UpdateSnapshotV5ResponseSnapshot'),
            status=_S.opt(_S.take(_d, 'status', 'UpdateSnapshotV5ResponseSnapshot'), lambda x: _S.enum_of(SnapshotDetailStatus, x)),
            project_id=_S.take(_d, 'project_id', 'UpdateSnapshotV5ResponseSnapshot'),
            enterprise_project_id=_S.take(_d, 'enterprise_project_id', 'UpdateSnapshotV5ResponseSnapshot'),
            encrypted=_S.take(_d, 'encrypted', 'UpdateSnapshotV5ResponseSnapshot'),
            cmk_id=_S.take(_d, 'cmk_id', 'UpdateSnapshotV5ResponseSnapshot'),
            category=_S.opt(_S.take(_d, 'category', 'UpdateSnapshotV5ResponseSnapshot'), lambda x: _S.enum_of(Category, x)),
            availability_zone=_S.take(_d, 'availability_zone', 'UpdateSnapshotV5ResponseSnapshot'),
            tags=_S.take(_d, 'tags', 'UpdateSnapshotV5ResponseSnapshot'),
            instant_access=_S.take(_d, 'instant_access', 'UpdateSnapshotV5ResponseSnapshot'),
            retention_at=_S.take(_d, 'retention_at', 'UpdateSnapshotV5ResponseSnapshot'),
            instant_access_retention_at=_S.take(_d, 'instant_access_retention_at', 'UpdateSnapshotV5ResponseSnapshot'),
            incremental=_d.pop('incremental', UNSET),
            snapshot_type=_S.opt(_d.pop('snapshot_type', UNSET), lambda x: _S.enum_of(SnapshotType, x)),
            progress=_d.pop('progress', UNSET),
            encrypt_algorithm=_d.pop('encrypt_algorithm', UNSET),
            snapshot_chains=_S.opt(_d.pop('snapshot_chains', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SnapshotChains.from_dict, x))),
            snapshot_group_id=_d.pop('snapshot_group_id', UNSET),
            additional_properties=_d,
        )
