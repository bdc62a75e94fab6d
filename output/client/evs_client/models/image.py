"""Image: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .container_format import ContainerFormat
from .disk_format import DiskFormat

if TYPE_CHECKING:
    from .volume_type_v3 import VolumeTypeV3

__all__ = ['Image']


@dataclass(kw_only=True)
class Image:
    """The Image object.

    Attributes:
        container_format: 云硬盘导出镜像的容器类型。目前支持ami、ari、aki、ovf、bare。默认是bare。
        disk_format: 云硬盘导出镜像的格式。目前支持vhd、zvhd、zvhd2、raw、qcow2。默认是vhd。
        display_description: 云硬盘描述信息。
        id: 云硬盘ID。
        image_id: 云硬盘导出镜像的ID。
        image_name: 云硬盘导出镜像的名称。
        size: 云硬盘容量。
        status: 云硬盘导出镜像后的状态，正常值为“uploading”。
        updated_at: 云硬盘更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        volume_type: 云硬盘类型的信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.23 Image (line 14877)
    """

    container_format: ContainerFormat | Unset = UNSET
    disk_format: DiskFormat | Unset = UNSET
    display_description: str | Unset = UNSET
    id: str | Unset = UNSET
    image_id: str | Unset = UNSET
    image_name: str | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    volume_type: VolumeTypeV3 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('container_format', self.container_format),
            ('disk_format', self.disk_format),
            ('display_description', self.display_description),
            ('id', self.id),
            ('image_id', self.image_id),
            ('image_name', self.image_name),
            ('size', self.size),
            ('status', self.status),
            ('updated_at', self.updated_at),
            ('volume_type', self.volume_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_type_v3 import VolumeTypeV3

        _d = dict(data)
        return cls(
            container_format=_S.opt(_d.pop('container_format', UNSET), lambda x: _S.enum_of(ContainerFormat, x)),
            disk_format=_S.opt(_d.pop('disk_format', UNSET), lambda x: _S.enum_of(DiskFormat, x)),
            display_description=_d.pop('display_description', UNSET),
            id=_d.pop('id', UNSET),
            image_id=_d.pop('image_id', UNSET),
            image_name=_d.pop('image_name', UNSET),
            size=_d.pop('size', UNSET),
            status=_d.pop('status', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            volume_type=_S.opt(_d.pop('volume_type', UNSET), lambda x: _S.model(VolumeTypeV3.from_dict, x)),
            additional_properties=_d,
        )
