"""RollbackDiskSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['RollbackDiskSnapshotOption']


@dataclass(kw_only=True)
class RollbackDiskSnapshotOption:
    """The RollbackDiskSnapshotOption object.

    Attributes:
        name: 回滚的目标云硬盘名称。最大支持64个字符。 查询目标云硬盘的名称，请参见查询单个云硬盘详情中的响应“name”。 name不能单独传，若传name，必须带上对应的volume_id。
        volume_id: 回滚的目标云硬盘的ID。 查询目标云硬盘的ID，请参见查询单个云硬盘快照详细信息中的响应“volume_id”。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.7 RollbackDiskSnapshotOption (line 7202)
    """

    name: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackDiskSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            additional_properties=_d,
        )
