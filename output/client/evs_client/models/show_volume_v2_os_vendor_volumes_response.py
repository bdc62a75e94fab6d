"""ShowVolumeV2OsVendorVolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .disk_detail_for_show_volume_v2_os_vendor_volumes import DiskDetailForShowVolumeV2OsVendorVolumes

__all__ = ['ShowVolumeV2OsVendorVolumesResponse']


@dataclass(kw_only=True)
class ShowVolumeV2OsVendorVolumesResponse:
    """The ShowVolumeV2OsVendorVolumesResponse object.

    Attributes:
        volume, required: 云硬盘详情。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.13 查询单个云硬盘详情(废弃) (line 4390)
    """

    volume: DiskDetailForShowVolumeV2OsVendorVolumes
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeV2OsVendorVolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .disk_detail_for_show_volume_v2_os_vendor_volumes import DiskDetailForShowVolumeV2OsVendorVolumes

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'ShowVolumeV2OsVendorVolumesResponse'), lambda x: _S.model(DiskDetailForShowVolumeV2OsVendorVolumes.from_dict, x)),
            additional_properties=_d,
        )
