"""SetVolumeReadonlyFlagV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_update_volume_read_only_option import CinderUpdateVolumeReadOnlyOption

__all__ = ['SetVolumeReadonlyFlagV2RequestBody']


@dataclass(kw_only=True)
class SetVolumeReadonlyFlagV2RequestBody:
    """The SetVolumeReadonlyFlagV2RequestBody object.

    Attributes:
        os_update_readonly_flag (JSON 'os-update_readonly_flag'), required: 标记设置云硬盘只读标识操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.26 设置云硬盘只读标识（废弃） (line 15225)
    """

    os_update_readonly_flag: CinderUpdateVolumeReadOnlyOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-update_readonly_flag', self.os_update_readonly_flag),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetVolumeReadonlyFlagV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_update_volume_read_only_option import CinderUpdateVolumeReadOnlyOption

        _d = dict(data)
        return cls(
            os_update_readonly_flag=_S.opt(_S.take(_d, 'os-update_readonly_flag', 'SetVolumeReadonlyFlagV2RequestBody'), lambda x: _S.model(CinderUpdateVolumeReadOnlyOption.from_dict, x)),
            additional_properties=_d,
        )
