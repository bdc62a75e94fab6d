"""ListSnapshotDetailsV3Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .link import Link
    from .snapshot_detail import SnapshotDetail

__all__ = ['ListSnapshotDetailsV3Response']


@dataclass(kw_only=True)
class ListSnapshotDetailsV3Response:
    """The ListSnapshotDetailsV3Response object.

    Attributes:
        snapshots_links: 云硬盘快照列表查询位置标记。当查询时指定limit时会返回该字段，返回该字段表示本次查询只查出了部分云硬盘快照信息。
        snapshots, required: 快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.4 查询快照详细信息列表 (line 20490)
    """

    snapshots: list[SnapshotDetail]
    snapshots_links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshots', self.snapshots),
            ('snapshots_links', self.snapshots_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListSnapshotDetailsV3Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .snapshot_detail import SnapshotDetail

        _d = dict(data)
        return cls(
            snapshots=_S.opt(_S.take(_d, 'snapshots', 'ListSnapshotDetailsV3Response'), lambda x: _S.list_of(x, lambda x: _S.model(SnapshotDetail.from_dict, x))),
            snapshots_links=_S.opt(_d.pop('snapshots_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            additional_properties=_d,
        )
