"""CreateSnapshotMetadataV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CreateSnapshotMetadataV2RequestBody']


@dataclass(kw_only=True)
class CreateSnapshotMetadataV2RequestBody:
    """The CreateSnapshotMetadataV2RequestBody object.

    Attributes:
        metadata, required: 待添加的元数据信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.4.7 添加云硬盘快照的元数据（废弃） (line 19163)
    """

    metadata: dict[str, str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSnapshotMetadataV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            metadata=_S.take(_d, 'metadata', 'CreateSnapshotMetadataV2RequestBody'),
            additional_properties=_d,
        )
