"""RollbackSnapshotResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .rollback_info import RollbackInfo

__all__ = ['RollbackSnapshotResponse']


@dataclass(kw_only=True)
class RollbackSnapshotResponse:
    """The RollbackSnapshotResponse object.

    Attributes:
        rollback, required: 快照回滚信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.6 回滚快照到云硬盘 (line 6903)
    """

    rollback: RollbackInfo
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rollback', self.rollback),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RollbackSnapshotResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .rollback_info import RollbackInfo

        _d = dict(data)
        return cls(
            rollback=_S.opt(_S.take(_d, 'rollback', 'RollbackSnapshotResponse'), lambda x: _S.model(RollbackInfo.from_dict, x)),
            additional_properties=_d,
        )
