"""CreateVolumeTransferOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CreateVolumeTransferOption']


@dataclass(kw_only=True)
class CreateVolumeTransferOption:
    """The CreateVolumeTransferOption object.

    Attributes:
        name, required: 云硬盘过户记录的名称。最大支持64个字符。
        volume_id, required: 云硬盘ID。通过查询所有云硬盘详情获取。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.4 CreateVolumeTransferOption (line 16294)
    """

    name: str
    volume_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeTransferOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'CreateVolumeTransferOption'),
            volume_id=_S.take(_d, 'volume_id', 'CreateVolumeTransferOption'),
            additional_properties=_d,
        )
