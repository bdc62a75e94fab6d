"""UnsubscribePostpaidVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UnsubscribePostpaidVolumeRequestBody']


@dataclass(kw_only=True)
class UnsubscribePostpaidVolumeRequestBody:
    """The UnsubscribePostpaidVolumeRequestBody object.

    Attributes:
        volume_ids, required: 要退订的包周期云硬盘列表。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.6 退订包周期计费模式的云硬盘 (line 2894)
    """

    volume_ids: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_ids', self.volume_ids),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnsubscribePostpaidVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_ids=_S.take(_d, 'volume_ids', 'UnsubscribePostpaidVolumeRequestBody'),
            additional_properties=_d,
        )
