"""RetypeVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .bss_param_for_retype_volume import BssParamForRetypeVolume
    from .retype_volume import RetypeVolume

__all__ = ['RetypeVolumeRequestBody']


@dataclass(kw_only=True)
class RetypeVolumeRequestBody:
    """The RetypeVolumeRequestBody object.

    Attributes:
        bss_param (JSON 'bssParam'): 包周期云硬盘retype才需要传入该字段
        os_retype (JSON 'os-retype'), required: 变更云硬盘类型的请求体。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.14 RetypeVolumeRequestBody (line 4580)
    """

    os_retype: RetypeVolume
    bss_param: BssParamForRetypeVolume | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-retype', self.os_retype),
            ('bssParam', self.bss_param),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RetypeVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .bss_param_for_retype_volume import BssParamForRetypeVolume
        from .retype_volume import RetypeVolume

        _d = dict(data)
        return cls(
            os_retype=_S.opt(_S.take(_d, 'os-retype', 'RetypeVolumeRequestBody'), lambda x: _S.model(RetypeVolume.from_dict, x)),
            bss_param=_S.opt(_d.pop('bssParam', UNSET), lambda x: _S.model(BssParamForRetypeVolume.from_dict, x)),
            additional_properties=_d,
        )
