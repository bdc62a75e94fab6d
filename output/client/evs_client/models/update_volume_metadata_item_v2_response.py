"""UpdateVolumeMetadataItemV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UpdateVolumeMetadataItemV2Response']


@dataclass(kw_only=True)
class UpdateVolumeMetadataItemV2Response:
    """The UpdateVolumeMetadataItemV2Response object.

    Attributes:
        meta, required: 键值对，云硬盘快照的单个元数据信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.3.5 更新云硬盘的单个元数据（废弃） (line 17841)
    """

    meta: dict[str, str]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('meta', self.meta),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeMetadataItemV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            meta=_S.take(_d, 'meta', 'UpdateVolumeMetadataItemV2Response'),
            additional_properties=_d,
        )
