"""CinderUpdateSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CinderUpdateSnapshotOption']


@dataclass(kw_only=True)
class CinderUpdateSnapshotOption:
    """The CinderUpdateSnapshotOption object.

    Attributes:
        name: 云硬盘快照名称。最大支持64个字符。 说明 对云硬盘创建备份时，同时会创建以autobk_snapshot_为名称前缀的快照，云硬盘控制台对此类快照会有操作限制。因此建议不要创建以autobk_snapshot_为名称前缀的快照，避免影响快照的正常使用。
        description: 云硬盘快照描述。最大支持85个字符。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.5 CinderUpdateSnapshotOption (line 20636)
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('description', self.description),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderUpdateSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            additional_properties=_d,
        )
