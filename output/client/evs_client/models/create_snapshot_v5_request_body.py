"""CreateSnapshotV5RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_standard_snapshot import CreateStandardSnapshot

__all__ = ['CreateSnapshotV5RequestBody']


@dataclass(kw_only=True)
class CreateSnapshotV5RequestBody:
    """The CreateSnapshotV5RequestBody object.

    Attributes:
        snapshot, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.1 创建快照 (line 9719)
    """

    snapshot: CreateStandardSnapshot
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshot', self.snapshot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotV5RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_standard_snapshot import CreateStandardSnapshot

        _d = dict(data)
        return cls(
            snapshot=_S.opt(_S.take(_d, 'snapshot', 'CreateSnapshotV5RequestBody'), lambda x: _S.model(CreateStandardSnapshot.from_dict, x)),
            additional_properties=_d,
        )
