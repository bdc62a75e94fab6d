"""ReserveVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ReserveVolumeRequestBody']


@dataclass(kw_only=True)
class ReserveVolumeRequestBody:
    """The ReserveVolumeRequestBody object.

    Attributes:
        os_reserve (JSON 'os-reserve'), required: 标记保留云硬盘操作，本字段值不需填写，建议为空。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.30 保留云硬盘(废弃) (line 15707)
    """

    os_reserve: dict[str, str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-reserve', self.os_reserve),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReserveVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            os_reserve=_S.take(_d, 'os-reserve', 'ReserveVolumeRequestBody'),
            additional_properties=_d,
        )
