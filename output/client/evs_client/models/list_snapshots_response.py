"""ListSnapshotsResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link
    from .snapshot_list import SnapshotList

__all__ = ['ListSnapshotsResponse']


@dataclass(kw_only=True)
class ListSnapshotsResponse:
    """The ListSnapshotsResponse object.

    Attributes:
        count, required: 快照的总数量，不受limi参数的影响。
        snapshots, required: 快照信息。
        snapshots_links, required: 云硬盘快照列表查询位置标记。当查询时指定limit时会返回该字段，返回该字段表示本次查询只查出了部分云硬盘快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.4 查询云硬盘快照详情列表 (line 6316)
    """

    count: int
    snapshots: list[SnapshotList]
    snapshots_links: list[Link]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('count', self.count),
            ('snapshots', self.snapshots),
            ('snapshots_links', self.snapshots_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListSnapshotsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .snapshot_list import SnapshotList

        _d = dict(data)
        return cls(
            count=_S.take(_d, 'count', 'ListSnapshotsResponse'),
            snapshots=_S.opt(_S.take(_d, 'snapshots', 'ListSnapshotsResponse'), lambda x: _S.list_of(x, lambda x: _S.model(SnapshotList.from_dict, x))),
            snapshots_links=_S.opt(_S.take(_d, 'snapshots_links', 'ListSnapshotsResponse'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            additional_properties=_d,
        )
