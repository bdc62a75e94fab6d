"""ResizeDiskOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ResizeDiskOption']


@dataclass(kw_only=True)
class ResizeDiskOption:
    """The ResizeDiskOption object.

    Attributes:
        new_size, required, unit: GiB: 扩容后的云硬盘容量，单位为GiB。扩容后的容量不能小于原有云硬盘容量，且不能大于云硬盘最大容量。 云硬盘最大容量：
            • 数据盘：32768GiB
            • 系统盘：1024GiB

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.11 ResizeDiskOption (line 4042)
    """

    new_size: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('new_size', self.new_size),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResizeDiskOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            new_size=_S.take(_d, 'new_size', 'ResizeDiskOption'),
            additional_properties=_d,
        )
