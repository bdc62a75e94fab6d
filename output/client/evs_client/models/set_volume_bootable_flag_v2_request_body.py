"""SetVolumeBootableFlagV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_update_volume_bootable_option import CinderUpdateVolumeBootableOption

__all__ = ['SetVolumeBootableFlagV2RequestBody']


@dataclass(kw_only=True)
class SetVolumeBootableFlagV2RequestBody:
    """The SetVolumeBootableFlagV2RequestBody object.

    Attributes:
        os_set_bootable (JSON 'os-set_bootable'), required: 标记设置云硬盘启动盘操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.24 设置云硬盘启动盘标识（废弃） (line 15037)
    """

    os_set_bootable: CinderUpdateVolumeBootableOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-set_bootable', self.os_set_bootable),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetVolumeBootableFlagV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_update_volume_bootable_option import CinderUpdateVolumeBootableOption

        _d = dict(data)
        return cls(
            os_set_bootable=_S.opt(_S.take(_d, 'os-set_bootable', 'SetVolumeBootableFlagV2RequestBody'), lambda x: _S.model(CinderUpdateVolumeBootableOption.from_dict, x)),
            additional_properties=_d,
        )
