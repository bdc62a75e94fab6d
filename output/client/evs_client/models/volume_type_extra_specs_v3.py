"""VolumeTypeExtraSpecsV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['VolumeTypeExtraSpecsV3']


@dataclass(kw_only=True)
class VolumeTypeExtraSpecsV3:
    """The VolumeTypeExtraSpecsV3 object.

    Attributes:
        reskey_availability_zones (JSON 'RESKEY:availability_zones'): 支持当前云硬盘类型的可用区列表，列表的元素以逗号分隔。 若没有该参数，则表示当前云硬盘类型支持所有可用区。
        availability_zone (JSON 'availability-zone'): 预留属性。
        os_vendor_extended_sold_out_availability_zones (JSON 'os-vendor-extended:sold_out_availability_zones'): 当前云硬盘类型已售罄的可用区列表，列表的元素以逗号分隔。
        volume_backend_name: 预留属性。
        hw_availability_zone (JSON 'HW:availability_zone'): 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.23 VolumeTypeExtraSpecs (line 14903)
    """

    reskey_availability_zones: str | Unset = UNSET
    availability_zone: str | Unset = UNSET
    os_vendor_extended_sold_out_availability_zones: str | Unset = UNSET
    volume_backend_name: str | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeTypeExtraSpecsV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            reskey_availability_zones=_d.pop('RESKEY:availability_zones', UNSET),
            availability_zone=_d.pop('availability-zone', UNSET),
            os_vendor_extended_sold_out_availability_zones=_d.pop('os-vendor-extended:sold_out_availability_zones', UNSET),
            volume_backend_name=_d.pop('volume_backend_name', UNSET),
            hw_availability_zone=_d.pop('HW:availability_zone', UNSET),
            additional_properties=_d,
        )
