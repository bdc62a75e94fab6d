"""RollbackSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['RollbackSnapshotOption']


@dataclass(kw_only=True)
class RollbackSnapshotOption:
    """The RollbackSnapshotOption object.

    Attributes:
        name: 回滚的目标云硬盘名称。 可通过EVS控制台的云硬盘列表页面获取云硬盘名称。
        volume_id, required: 回滚的目标云硬盘UUID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.6 RollbackSnapshotOption (line 6891)
    """

    volume_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'RollbackSnapshotOption'),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
