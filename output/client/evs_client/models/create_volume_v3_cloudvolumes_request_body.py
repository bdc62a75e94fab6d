"""CreateVolumeV3CloudvolumesRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_volume_option_v3 import CreateVolumeOptionV3

__all__ = ['CreateVolumeV3CloudvolumesRequestBody']


@dataclass(kw_only=True)
class CreateVolumeV3CloudvolumesRequestBody:
    """The CreateVolumeV3CloudvolumesRequestBody object.

    Attributes:
        volume, required: 待创建的云硬盘。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.1.2 创建云硬盘(废弃) (line 10811)
    """

    volume: CreateVolumeOptionV3
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeV3CloudvolumesRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_volume_option_v3 import CreateVolumeOptionV3

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'CreateVolumeV3CloudvolumesRequestBody'), lambda x: _S.model(CreateVolumeOptionV3.from_dict, x)),
            additional_properties=_d,
        )
