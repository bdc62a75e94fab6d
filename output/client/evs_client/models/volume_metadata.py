"""VolumeMetadata: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .hw_passthrough import HwPassthrough
from .system_encrypted import SystemEncrypted

__all__ = ['VolumeMetadata']


@dataclass(kw_only=True)
class VolumeMetadata:
    """The VolumeMetadata object.

    Attributes:
        system_cmkid (JSON '__system__cmkid'): metadata中的加密cmkid字段，与__system__encrypted配合表示需要加密，cmkid长度固定为36个字节。 请求获取密钥ID的方法请参考： \"查询密钥列表\" 。
        system_encrypted (JSON '__system__encrypted'): metadata中的表示加密功能的字段，0代表不加密，1代表加密。 不指定该字段时，云硬盘的加密属性与数据源保持一致，如果不是从数据源创建的场景区，则默认不加密。
            取值范围: 0代表不加密，1代表加密。
        hw_passthrough (JSON 'hw:passthrough'), required: 表示云硬盘是SCSI类型还是VBD类型。
            取值范围: • true表示云硬盘的设备类型为SCSI类型，即允许ECS操作系统直接访问底层存储介质。支持SCSI锁命令。
            • false表示云硬盘的设备类型为VBD (虚拟块存储设备, Virtual Block Device)类型，即为默认类型，VBD只能支持简单的SCSI读写命令。
            • 该字段不存在时，云硬盘默认为VBD类型。
        order_id (JSON 'orderID'): metadata中的表示云硬盘计费类型的字段。 当该字段有值时，表示该云硬盘的计费类型为包周期计费，否则计费类型为按需计费。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.2 VolumeMetadata (line 1689)
    """

    hw_passthrough: HwPassthrough
    system_cmkid: str | Unset = UNSET
    system_encrypted: SystemEncrypted | Unset = UNSET
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('hw:passthrough', self.hw_passthrough),
            ('__system__cmkid', self.system_cmkid),
            ('__system__encrypted', self.system_encrypted),
            ('orderID', self.order_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeMetadata:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            hw_passthrough=_S.opt(_S.take(_d, 'hw:passthrough', 'VolumeMetadata'), lambda x: _S.enum_of(HwPassthrough, x)),
            system_cmkid=_d.pop('__system__cmkid', UNSET),
            system_encrypted=_S.opt(_d.pop('__system__encrypted', UNSET), lambda x: _S.enum_of(SystemEncrypted, x)),
            order_id=_d.pop('orderID', UNSET),
            additional_properties=_d,
        )
