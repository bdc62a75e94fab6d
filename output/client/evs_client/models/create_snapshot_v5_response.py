"""CreateSnapshotV5Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CreateSnapshotV5Response']


@dataclass(kw_only=True)
class CreateSnapshotV5Response:
    """The CreateSnapshotV5Response object.

    Attributes:
        job_id, required: 任务ID。
            • 如果需要查询job的状态，请参考：“查询job的状态”。
        snapshot_id, required: 快照ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.1 创建快照 (line 9743)
    """

    job_id: str
    snapshot_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('job_id', self.job_id),
            ('snapshot_id', self.snapshot_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotV5Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_S.take(_d, 'job_id', 'CreateSnapshotV5Response'),
            snapshot_id=_S.take(_d, 'snapshot_id', 'CreateSnapshotV5Response'),
            additional_properties=_d,
        )
