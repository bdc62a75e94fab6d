"""UpdateSnapshotRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .update_snapshot_option import UpdateSnapshotOption

__all__ = ['UpdateSnapshotRequestBody']


@dataclass(kw_only=True)
class UpdateSnapshotRequestBody:
    """The UpdateSnapshotRequestBody object.

    Attributes:
        snapshot, required: 快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.3 更新云硬盘快照 (line 5976)
    """

    snapshot: UpdateSnapshotOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshot', self.snapshot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSnapshotRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .update_snapshot_option import UpdateSnapshotOption

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'UpdateSnapshotRequestBody'), lambda x: _S.model(UpdateSnapshotOption.from_dict, x)),
            additional_properties=_d,
        )
