"""ShowVolumeTypeV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_type import VolumeType

__all__ = ['ShowVolumeTypeV2Response']


@dataclass(kw_only=True)
class ShowVolumeTypeV2Response:
    """The ShowVolumeTypeV2Response object.

    Attributes:
        volume_type, required: 查询请求返回的云硬盘类型。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.11 查询单个云硬盘类型的详情（废弃） (line 12988)
    """

    volume_type: VolumeType
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_type', self.volume_type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeTypeV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_type import VolumeType

        _d = dict(data)
        return cls(
            volume_type=_S.opt(_S.take(_d, 'volume_type', 'ShowVolumeTypeV2Response'), lambda x: _S.model(VolumeType.from_dict, x)),
            additional_properties=_d,
        )
