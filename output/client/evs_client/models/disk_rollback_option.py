"""DiskRollbackOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['DiskRollbackOption']


@dataclass(kw_only=True)
class DiskRollbackOption:
    """The DiskRollbackOption object.

    Attributes:
        volume_id, required: 快照回滚的目标云硬盘的ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.7 DiskRollbackOption (line 7217)
    """

    volume_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskRollbackOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'DiskRollbackOption'),
            additional_properties=_d,
        )
