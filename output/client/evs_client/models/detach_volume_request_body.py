"""DetachVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_detach_volume_option import CinderDetachVolumeOption

__all__ = ['DetachVolumeRequestBody']


@dataclass(kw_only=True)
class DetachVolumeRequestBody:
    """The DetachVolumeRequestBody object.

    Attributes:
        os_detach (JSON 'os-detach'), required: 标记卸载云硬盘操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.29 卸载云硬盘(废弃) (line 15612)
    """

    os_detach: CinderDetachVolumeOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-detach', self.os_detach),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DetachVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_detach_volume_option import CinderDetachVolumeOption

        _d = dict(data)
        return cls(
            os_detach=_S.opt(_S.take(_d, 'os-detach', 'DetachVolumeRequestBody'), lambda x: _S.model(CinderDetachVolumeOption.from_dict, x)),
            additional_properties=_d,
        )
