"""CreateSnapshotV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_create_snapshot_option import CinderCreateSnapshotOption

__all__ = ['CreateSnapshotV2RequestBody']


@dataclass(kw_only=True)
class CreateSnapshotV2RequestBody:
    """The CreateSnapshotV2RequestBody object.

    Attributes:
        snapshot, required: 待创建的快照信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.6.6 创建快照（废弃） (line 20764)
    """

    snapshot: CinderCreateSnapshotOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshot', self.snapshot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_create_snapshot_option import CinderCreateSnapshotOption

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'CreateSnapshotV2RequestBody'), lambda x: _S.model(CinderCreateSnapshotOption.from_dict, x)),
            additional_properties=_d,
        )
