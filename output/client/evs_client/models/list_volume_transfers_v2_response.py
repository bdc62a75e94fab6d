"""ListVolumeTransfersV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_transfer_summary import VolumeTransferSummary

__all__ = ['ListVolumeTransfersV2Response']


@dataclass(kw_only=True)
class ListVolumeTransfersV2Response:
    """The ListVolumeTransfersV2Response object.

    Attributes:
        transfers: 云硬盘过户记录列表概要。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.11 查询云硬盘过户记录列表概要（废弃） (line 17149)
    """

    transfers: list[VolumeTransferSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('transfers', self.transfers),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumeTransfersV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_transfer_summary import VolumeTransferSummary

        _d = dict(data)
        return cls(
            transfers=_S.opt(_d.pop('transfers', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(VolumeTransferSummary.from_dict, x))),
            additional_properties=_d,
        )
