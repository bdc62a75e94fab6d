"""CreateVolumeMetadataV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CreateVolumeMetadataV2Response']


@dataclass(kw_only=True)
class CreateVolumeMetadataV2Response:
    """The CreateVolumeMetadataV2Response object.

    Attributes:
        metadata, required: 键值对，云硬盘快照的元数据信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.3.1 添加云硬盘的元数据（废弃） (line 17425)
    """

    metadata: dict[str, str]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeMetadataV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            metadata=_S.take(_d, 'metadata', 'CreateVolumeMetadataV2Response'),
            additional_properties=_d,
        )
