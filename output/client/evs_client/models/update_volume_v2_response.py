"""UpdateVolumeV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .create_volume_detail import CreateVolumeDetail

__all__ = ['UpdateVolumeV2Response']


@dataclass(kw_only=True)
class UpdateVolumeV2Response:
    """The UpdateVolumeV2Response object.

    Attributes:
        volume: 待创建的云硬盘信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.7 更新云硬盘（废弃） (line 12313)
    """

    volume: CreateVolumeDetail | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_volume_detail import CreateVolumeDetail

        _d = dict(data)
        return cls(
            volume=_S.opt(_d.pop('volume', UNSET), lambda x: _S.model(CreateVolumeDetail.from_dict, x)),
            additional_properties=_d,
        )
