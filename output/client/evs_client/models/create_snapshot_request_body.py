"""CreateSnapshotRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_snapshot_option import CreateSnapshotOption

__all__ = ['CreateSnapshotRequestBody']


@dataclass(kw_only=True)
class CreateSnapshotRequestBody:
    """The CreateSnapshotRequestBody object.

    Attributes:
        snapshot, required: 快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.2.1 创建云硬盘快照 (line 5385)
    """

    snapshot: CreateSnapshotOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshot', self.snapshot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_snapshot_option import CreateSnapshotOption

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'CreateSnapshotRequestBody'), lambda x: _S.model(CreateSnapshotOption.from_dict, x)),
            additional_properties=_d,
        )
