"""UpdateVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .update_volume_option import UpdateVolumeOption

__all__ = ['UpdateVolumeRequestBody']


@dataclass(kw_only=True)
class UpdateVolumeRequestBody:
    """The UpdateVolumeRequestBody object.

    Attributes:
        volume, required: 待修改的云硬盘信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.2 更新云硬盘 (line 1627)
    """

    volume: UpdateVolumeOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .update_volume_option import UpdateVolumeOption

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'UpdateVolumeRequestBody'), lambda x: _S.model(UpdateVolumeOption.from_dict, x)),
            additional_properties=_d,
        )
