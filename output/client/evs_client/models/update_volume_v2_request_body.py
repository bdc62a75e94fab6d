"""UpdateVolumeV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_update_volume_option import CinderUpdateVolumeOption

__all__ = ['UpdateVolumeV2RequestBody']


@dataclass(kw_only=True)
class UpdateVolumeV2RequestBody:
    """The UpdateVolumeV2RequestBody object.

    Attributes:
        volume, required: 待更新的云硬盘信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.7 更新云硬盘（废弃） (line 12295)
    """

    volume: CinderUpdateVolumeOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_update_volume_option import CinderUpdateVolumeOption

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'UpdateVolumeV2RequestBody'), lambda x: _S.model(CinderUpdateVolumeOption.from_dict, x)),
            additional_properties=_d,
        )
