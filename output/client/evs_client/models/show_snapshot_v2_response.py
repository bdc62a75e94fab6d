"""ShowSnapshotV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .snapshot_detail import SnapshotDetail

__all__ = ['ShowSnapshotV2Response']


@dataclass(kw_only=True)
class ShowSnapshotV2Response:
    """The ShowSnapshotV2Response object.

    Attributes:
        snapshot, required: 快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.12 查询单个快照详情（废弃） (line 21528)
    """

    snapshot: SnapshotDetail
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowSnapshotV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .snapshot_detail import SnapshotDetail

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'ShowSnapshotV2Response'), lambda x: _S.model(SnapshotDetail.from_dict, x)),
            additional_properties=_d,
        )
