"""ListSnapshotDetailsV5Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .snapshot_detail_v5 import SnapshotDetailV5

__all__ = ['ListSnapshotDetailsV5Response']


@dataclass(kw_only=True)
class ListSnapshotDetailsV5Response:
    """The ListSnapshotDetailsV5Response object.

    Attributes:
        snapshots: 快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.4 查询快照详情列表 (line 10214)
    """

    snapshots: list[SnapshotDetailV5] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshots', self.snapshots),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListSnapshotDetailsV5Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .snapshot_detail_v5 import SnapshotDetailV5

        _d = dict(data)
        return cls(
            snapshots=_S.opt(_d.pop('snapshots', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SnapshotDetailV5.from_dict, x))),
            additional_properties=_d,
        )
