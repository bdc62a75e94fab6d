"""AcceptVolumeTransferV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_transfer_summary import VolumeTransferSummary

__all__ = ['AcceptVolumeTransferV2Response']


@dataclass(kw_only=True)
class AcceptVolumeTransferV2Response:
    """The AcceptVolumeTransferV2Response object.

    Attributes:
        transfer, required: 云硬盘过户信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.8 接受云硬盘过户（废弃） (line 16827)
    """

    transfer: VolumeTransferSummary
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
    def from_dict(cls, data: Mapping[str, Any]) -> AcceptVolumeTransferV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_transfer_summary import VolumeTransferSummary

        _d = dict(data)
        return cls(
            transfer=_S.opt(_S.take(_d, 'transfer', 'AcceptVolumeTransferV2Response'), lambda x: _S.model(VolumeTransferSummary.from_dict, x)),
            additional_properties=_d,
        )
