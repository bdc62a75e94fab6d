"""AttachVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_attach_volume_option import CinderAttachVolumeOption

__all__ = ['AttachVolumeRequestBody']


@dataclass(kw_only=True)
class AttachVolumeRequestBody:
    """The AttachVolumeRequestBody object.

    Attributes:
        os_attach (JSON 'os-attach'), required: 标记挂载云硬盘操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.28 挂载云硬盘(废弃) (line 15511)
    """

    os_attach: CinderAttachVolumeOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-attach', self.os_attach),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_attach_volume_option import CinderAttachVolumeOption

        _d = dict(data)
        return cls(
            os_attach=_S.opt(_S.take(_d, 'os-attach', 'AttachVolumeRequestBody'), lambda x: _S.model(CinderAttachVolumeOption.from_dict, x)),
            additional_properties=_d,
        )
