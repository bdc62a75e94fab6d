"""UpdateSnapshotOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['UpdateSnapshotOption']


@dataclass(kw_only=True)
class UpdateSnapshotOption:
    """The UpdateSnapshotOption object.

    Attributes:
        description: 云硬盘快照描述。
            取值范围: 最大支持85个字符。
        name: 云硬盘快照名称。
            取值范围: 最大支持64个字符。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.3 UpdateSnapshotOption (line 5979)
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('description', self.description),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSnapshotOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            description=_d.pop('description', UNSET),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
