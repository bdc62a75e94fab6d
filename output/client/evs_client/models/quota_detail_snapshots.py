"""QuotaDetailSnapshots: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['QuotaDetailSnapshots']


@dataclass(kw_only=True)
class QuotaDetailSnapshots:
    """The QuotaDetailSnapshots object.

    Attributes:
        in_use, required: 已使用的数量。
        limit, required: 最大的数量。
        reserved, required: 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.3.1 QuotaDetailSnapshots (line 7394)
    """

    in_use: int
    limit: int
    reserved: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('in_use', self.in_use),
            ('limit', self.limit),
            ('reserved', self.reserved),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuotaDetailSnapshots:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            in_use=_S.take(_d, 'in_use', 'QuotaDetailSnapshots'),
            limit=_S.take(_d, 'limit', 'QuotaDetailSnapshots'),
            reserved=_S.take(_d, 'reserved', 'QuotaDetailSnapshots'),
            additional_properties=_d,
        )
