"""ShowSnapshotV5Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .snapshot_detail_v5 import SnapshotDetailV5

__all__ = ['ShowSnapshotV5Response']


@dataclass(kw_only=True)
class ShowSnapshotV5Response:
    """The ShowSnapshotV5Response object.

    Attributes:
        snapshot, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.3 查询单个快照信息 (line 10023)
    """

    snapshot: SnapshotDetailV5
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowSnapshotV5Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .snapshot_detail_v5 import SnapshotDetailV5

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'ShowSnapshotV5Response'), lambda x: _S.model(SnapshotDetailV5.from_dict, x)),
            additional_properties=_d,
        )
