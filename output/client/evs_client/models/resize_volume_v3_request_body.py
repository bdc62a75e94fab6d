"""ResizeVolumeV3RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_resize_volume_option import CinderResizeVolumeOption

__all__ = ['ResizeVolumeV3RequestBody']


@dataclass(kw_only=True)
class ResizeVolumeV3RequestBody:
    """The ResizeVolumeV3RequestBody object.

    Attributes:
        os_extend (JSON 'os-extend'), required: 标记扩容云硬盘操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.20 扩容云硬盘 (line 14556)
    """

    os_extend: CinderResizeVolumeOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-extend', self.os_extend),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResizeVolumeV3RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_resize_volume_option import CinderResizeVolumeOption

        _d = dict(data)
        return cls(
            os_extend=_S.opt(_S.take(_d, 'os-extend', 'ResizeVolumeV3RequestBody'), lambda x: _S.model(CinderResizeVolumeOption.from_dict, x)),
            additional_properties=_d,
        )
