"""ResizeVolumeV2CloudvolumesRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .resize_disk_option import ResizeDiskOption

__all__ = ['ResizeVolumeV2CloudvolumesRequestBody']


@dataclass(kw_only=True)
class ResizeVolumeV2CloudvolumesRequestBody:
    """The ResizeVolumeV2CloudvolumesRequestBody object.

    Attributes:
        os_extend (JSON 'os-extend'), required: 标记扩容云硬盘操作

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.11 扩容云硬盘(废弃) (line 4039)
    """

    os_extend: ResizeDiskOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-extend', self.os_extend),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResizeVolumeV2CloudvolumesRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .resize_disk_option import ResizeDiskOption

        _d = dict(data)
        return cls(
            os_extend=_S.opt(_S.take(_d, 'os-extend', 'ResizeVolumeV2CloudvolumesRequestBody'), lambda x: _S.model(ResizeDiskOption.from_dict, x)),
            additional_properties=_d,
        )
