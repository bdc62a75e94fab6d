"""RollbackSnapshotOptionV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['RollbackSnapshotOptionV3']


@dataclass(kw_only=True)
class RollbackSnapshotOptionV3:
    """The RollbackSnapshotOptionV3 object.

    Attributes:
        name: 回滚的目标云硬盘名称。最大支持64个字符。查询目标云硬盘的名称，请参见查询单个云硬盘详情中的响应“name”。 说明 name不能单独传，若传name，必须带上对应的volume_id。
        volume_id, required: 回滚的目标云硬盘的ID。查询目标云硬盘的ID，请参见查询单个云硬盘快照详细信息中的响应“volume_id”。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.2.1 RollbackSnapshotOptionV3 (line 11131)
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
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackSnapshotOptionV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'RollbackSnapshotOptionV3'),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
