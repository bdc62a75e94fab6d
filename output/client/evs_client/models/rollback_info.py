"""RollbackInfo: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['RollbackInfo']


@dataclass(kw_only=True)
class RollbackInfo:
    """The RollbackInfo object.

    Attributes:
        volume_id, required: 回滚的目标云硬盘UUID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.6 RollbackInfo (line 6906)
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
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackInfo:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'RollbackInfo'),
            additional_properties=_d,
        )
