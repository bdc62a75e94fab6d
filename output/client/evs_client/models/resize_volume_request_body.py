"""ResizeVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .bss_param_for_resize_volume import BssParamForResizeVolume
    from .os_extend import OsExtend

__all__ = ['ResizeVolumeRequestBody']


@dataclass(kw_only=True)
class ResizeVolumeRequestBody:
    """The ResizeVolumeRequestBody object.

    Attributes:
        bss_param (JSON 'bssParam'): 按需和包周期的扩展参数。
        os_extend (JSON 'os-extend'), required: 标记扩容云硬盘操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.7 扩容云硬盘 (line 3201)
    """

    os_extend: OsExtend
    bss_param: BssParamForResizeVolume | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-extend', self.os_extend),
            ('bssParam', self.bss_param),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResizeVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .bss_param_for_resize_volume import BssParamForResizeVolume
        from .os_extend import OsExtend

        _d = dict(data)
        return cls(
            os_extend=_S.opt(_S.take(_d, 'os-extend', 'ResizeVolumeRequestBody'), lambda x: _S.model(OsExtend.from_dict, x)),
            bss_param=_S.opt(_d.pop('bssParam', UNSET), lambda x: _S.model(BssParamForResizeVolume.from_dict, x)),
            additional_properties=_d,
        )
