"""CreateVolumeSchedulerHints: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateVolumeSchedulerHints']


@dataclass(kw_only=True)
class CreateVolumeSchedulerHints:
    """The CreateVolumeSchedulerHints object.

    Attributes:
        dedicated_storage_id: 指定专属存储池ID，表示将云硬盘创建在该ID对应的存储池中。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.1 CreateVolumeSchedulerHints (line 993)
    """

    dedicated_storage_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('dedicated_storage_id', self.dedicated_storage_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeSchedulerHints:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            dedicated_storage_id=_d.pop('dedicated_storage_id', UNSET),
            additional_properties=_d,
        )
