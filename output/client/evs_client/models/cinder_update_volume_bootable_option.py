"""CinderUpdateVolumeBootableOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CinderUpdateVolumeBootableOption']


@dataclass(kw_only=True)
class CinderUpdateVolumeBootableOption:
    """The CinderUpdateVolumeBootableOption object.

    Attributes:
        bootable, required: 是否启动盘标识。false：不启动 true：启动。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.22 CinderUpdateVolumeBootableOption (line 14760)
    """

    bootable: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('bootable', self.bootable),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderUpdateVolumeBootableOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            bootable=_S.take(_d, 'bootable', 'CinderUpdateVolumeBootableOption'),
            additional_properties=_d,
        )
