"""ShowVolumeV2VolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_volume_detail import CinderVolumeDetail

__all__ = ['ShowVolumeV2VolumesResponse']


@dataclass(kw_only=True)
class ShowVolumeV2VolumesResponse:
    """The ShowVolumeV2VolumesResponse object.

    Attributes:
        volume, required: 查询请求返回的云硬盘。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.15 查询单个云硬盘详情（废弃） (line 13540)
    """

    volume: CinderVolumeDetail
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeV2VolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_volume_detail import CinderVolumeDetail

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'ShowVolumeV2VolumesResponse'), lambda x: _S.model(CinderVolumeDetail.from_dict, x)),
            additional_properties=_d,
        )
