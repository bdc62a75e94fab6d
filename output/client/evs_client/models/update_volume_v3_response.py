"""UpdateVolumeV3Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .update_volume_v3_response_volume import UpdateVolumeV3ResponseVolume

__all__ = ['UpdateVolumeV3Response']


@dataclass(kw_only=True)
class UpdateVolumeV3Response:
    """The UpdateVolumeV3Response object.

    Attributes:
        volume, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.8 更新云硬盘 (line 12513)
    """

    volume: UpdateVolumeV3ResponseVolume
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
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateVolumeV3Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .update_volume_v3_response_volume import UpdateVolumeV3ResponseVolume

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'UpdateVolumeV3Response'), lambda x: _S.model(UpdateVolumeV3ResponseVolume.from_dict, x)),
            additional_properties=_d,
        )
