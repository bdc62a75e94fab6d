"""VolumeTypeExtraSpecs: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeTypeExtraSpecs']


@dataclass(kw_only=True)
class VolumeTypeExtraSpecs:
    """The VolumeTypeExtraSpecs object.

    Attributes:
        reskey_availability_zones (JSON 'RESKEY:availability_zones'), required: 支持当前云硬盘类型的可用区列表，列表的元素以逗号分隔。 若没有该参数，则表示当前云硬盘类型支持所有可用区。
        availability_zone (JSON 'availability-zone'), required: 预留属性。
        os_vendor_extended_sold_out_availability_zones (JSON 'os-vendor-extended:sold_out_availability_zones'), required: 当前云硬盘类型已售罄的可用区列表，列表的元素以逗号分隔。
        volume_backend_name, required: 预留属性。
        hw_availability_zone (JSON 'HW:availability_zone'): 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.9 VolumeTypeExtraSpecs (line 12705)
    """

    reskey_availability_zones: str
    availability_zone: str
    os_vendor_extended_sold_out_availability_zones: str
    volume_backend_name: str
    hw_availability_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('RESKEY:availability_zones', self.reskey_availability_zones),
            ('availability-zone', self.availability_zone),
            ('os-vendor-extended:sold_out_availability_zones', self.os_vendor_extended_sold_out_availability_zones),
            ('volume_backend_name', self.volume_backend_name),
            ('HW:availability_zone', self.hw_availability_zone),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeTypeExtraSpecs:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            reskey_availability_zones=_S.take(_d, 'RESKEY:availability_zones', 'VolumeTypeExtraSpecs'),
            availability_zone=_S.take(_d, 'availability-zone', 'VolumeTypeExtraSpecs'),
            os_vendor_extended_sold_out_availability_zones=_S.take(_d, 'os-vendor-extended:sold_out_availability_zones', 'VolumeTypeExtraSpecs'),
            volume_backend_name=_S.take(_d, 'volume_backend_name', 'VolumeTypeExtraSpecs'),
            hw_availability_zone=_d.pop('HW:availability_zone', UNSET),
            additional_properties=_d,
        )
