"""VolumeMetadataForCreateVolumeV2Volumes: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeMetadataForCreateVolumeV2Volumes']


@dataclass(kw_only=True)
class VolumeMetadataForCreateVolumeV2Volumes:
    """The VolumeMetadataForCreateVolumeV2Volumes object.

    Attributes:
        system_cmkid (JSON '__system_cmkid'): metadata中的加密cmkid字段，与__system_encrypted配合表示需要加密，cmkid长度固定为36个字节。 说明 请参考查询密钥列表 ，通过HTTPS请求获取密钥ID。
        system_encrypted (JSON '__system_encrypted'): metadata中的表示加密功能的字段，0代表不加密，1代表加密。 该字段不存在时，云硬盘默认为不加密。
        hw_passthrough (JSON 'hw:passthrough'): true表示云硬盘的设备类型为SCSI类型，即允许ECS操作系统直接访问底层存储介质。支持SCSI锁命令。 false表示云硬盘的设备类型为VBD (虚拟块存储设备，Virtual Block Device)类型，即为默认类型，VBD只能支持简单的SCSI读写命令。 该字段不存在时，云硬盘默认为VBD类型。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.2 VolumeMetadata (line 11452)
    """

    system_cmkid: str | Unset = UNSET
    system_encrypted: str | Unset = UNSET
    hw_passthrough: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('__system_cmkid', self.system_cmkid),
            ('__system_encrypted', self.system_encrypted),
            ('hw:passthrough', self.hw_passthrough),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeMetadataForCreateVolumeV2Volumes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            system_cmkid=_d.pop('__system_cmkid', UNSET),
            system_encrypted=_d.pop('__system_encrypted', UNSET),
            hw_passthrough=_d.pop('hw:passthrough', UNSET),
            additional_properties=_d,
        )
