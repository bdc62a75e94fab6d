"""UpdateSnapshotV5Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .update_snapshot_v5_response_snapshot import UpdateSnapshotV5ResponseSnapshot

__all__ = ['UpdateSnapshotV5Response']


@dataclass(kw_only=True)
class UpdateSnapshotV5Response:
    """The UpdateSnapshotV5Response object.

    Attributes:
        snapshot, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.2 更新快照信息 (line 9860)
    """

    snapshot: UpdateSnapshotV5ResponseSnapshot
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshot', self.snapshot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSnapshotV5Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .update_snapshot_v5_response_snapshot import UpdateSnapshotV5ResponseSnapshot

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'UpdateSnapshotV5Response'), lambda x: _S.model(UpdateSnapshotV5ResponseSnapshot.from_dict, x)),
            additional_properties=_d,
        )
