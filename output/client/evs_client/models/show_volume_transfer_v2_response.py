"""ShowVolumeTransferV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_transfer import VolumeTransfer

__all__ = ['ShowVolumeTransferV2Response']


@dataclass(kw_only=True)
class ShowVolumeTransferV2Response:
    """The ShowVolumeTransferV2Response object.

    Attributes:
        transfer, required: 云硬盘过户记录详情。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.10 查询单个云硬盘过户记录详情（废弃） (line 17026)
    """

    transfer: VolumeTransfer
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('transfer', self.transfer),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeTransferV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_transfer import VolumeTransfer

        _d = dict(data)
        return cls(
            transfer=_S.opt(_S.take(_d, 'transfer', 'ShowVolumeTransferV2Response'), lambda x: _S.model(VolumeTransfer.from_dict, x)),
            additional_properties=_d,
        )
