"""CinderExportToImageOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .container_format import ContainerFormat
from .disk_format import DiskFormat
from .os_type import OsType

__all__ = ['CinderExportToImageOption']


@dataclass(kw_only=True)
class CinderExportToImageOption:
    """The CinderExportToImageOption object.

    Attributes:
        container_format: 云硬盘导出镜像的容器类型。 目前支持ami、ari、aki、ovf、bare。默认是bare。
        disk_format: 云硬盘导出镜像的格式。 目前支持vhd、zvhd、zvhd2、raw、qcow2。默认是vhd。
        force: 强制导出镜像的标示，默认值是false。 当force标记为false时，云硬盘处于正在使用状态时，不能强制导出镜像。 当force标记为true时，即使云硬盘处于正在使用状态时，仍可以导出镜像。
        image_name, required: 云硬盘导出镜像的名称。 名称的长度范围为1~128位。 名称只能包含以下字符：大写字母、小写字母、中文、数字、特殊字符包含“-”、“.”、“_”和空格。
        os_type (JSON '__os_type'): 云硬盘导出镜像的系统类型。目前只支持“windows”和“linux”，默认值是“linux”。说明：只有云硬盘的volume_image_metadata信息中无“__os_type”字段且云硬盘状态为“available”时，设置的__os_type才会生效。如果不传递该参数，则使用默认的“linux”值作为镜像的系统类型。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.23 CinderExportToImageOption (line 14857)
    """

    image_name: str
    container_format: ContainerFormat | Unset = UNSET
    disk_format: DiskFormat | Unset = UNSET
    force: bool | Unset = UNSET
    os_type: OsType | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('image_name', self.image_name),
            ('container_format', self.container_format),
            ('disk_format', self.disk_format),
            ('force', self.force),
            ('__os_type', self.os_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderExportToImageOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            image_name=_S.take(_d, 'image_name', 'CinderExportToImageOption'),
            container_format=_S.opt(_d.pop('container_format', UNSET), lambda x: _S.enum_of(ContainerFormat, x)),
            disk_format=_S.opt(_d.pop('disk_format', UNSET), lambda x: _S.enum_of(DiskFormat, x)),
            force=_d.pop('force', UNSET),
            os_type=_S.opt(_d.pop('__os_type', UNSET), lambda x: _S.enum_of(OsType, x)),
            additional_properties=_d,
        )
