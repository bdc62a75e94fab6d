"""ShowVolumeResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_detail_for_show_volume import VolumeDetailForShowVolume

__all__ = ['ShowVolumeResponse']


@dataclass(kw_only=True)
class ShowVolumeResponse:
    """The ShowVolumeResponse object.

    Attributes:
        volume, required: 云硬盘详情。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.5 查询单个云硬盘详情 (line 2536)
    """

    volume: VolumeDetailForShowVolume
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_detail_for_show_volume import VolumeDetailForShowVolume

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'ShowVolumeResponse'), lambda x: _S.model(VolumeDetailForShowVolume.from_dict, x)),
            additional_properties=_d,
        )
