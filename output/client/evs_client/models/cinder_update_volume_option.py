"""CinderUpdateVolumeOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CinderUpdateVolumeOption']


@dataclass(kw_only=True)
class CinderUpdateVolumeOption:
    """The CinderUpdateVolumeOption object.

    Attributes:
        name: 云硬盘名称。最大支持64个字符。
        description: 云硬盘描述。最大支持85个字符。
        metadata: 云硬盘的元数据。 元数据中的key和value长度不大于255字节
        display_description: 同description, description和display_description任意指定一个即可（若两个都指定, 则以description为主）。最大支持85个字符。
        display_name: 同name, name和display_name任意指定一个即可（若两个都指定, 则以name为主）。最大支持64个字符。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.7 CinderUpdateVolumeOption (line 12298)
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    display_description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('description', self.description),
            ('metadata', self.metadata),
            ('display_description', self.display_description),
            ('display_name', self.display_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderUpdateVolumeOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            metadata=_d.pop('metadata', UNSET),
            display_description=_d.pop('display_description', UNSET),
            display_name=_d.pop('display_name', UNSET),
            additional_properties=_d,
        )
