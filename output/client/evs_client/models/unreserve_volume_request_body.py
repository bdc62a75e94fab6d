"""UnreserveVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UnreserveVolumeRequestBody']


@dataclass(kw_only=True)
class UnreserveVolumeRequestBody:
    """The UnreserveVolumeRequestBody object.

    Attributes:
        os_unreserve (JSON 'os-unreserve'), required: 标记取消保留云硬盘操作，本字段值不需填写，建议为空。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.31 取消保留云硬盘(废弃) (line 15791)
    """

    os_unreserve: dict[str, str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-unreserve', self.os_unreserve),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnreserveVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            os_unreserve=_S.take(_d, 'os-unreserve', 'UnreserveVolumeRequestBody'),
            additional_properties=_d,
        )
