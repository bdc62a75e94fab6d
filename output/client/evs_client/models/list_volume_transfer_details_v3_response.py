"""ListVolumeTransferDetailsV3Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .volume_transfer import VolumeTransfer

__all__ = ['ListVolumeTransferDetailsV3Response']


@dataclass(kw_only=True)
class ListVolumeTransferDetailsV3Response:
    """The ListVolumeTransferDetailsV3Response object.

    Attributes:
        transfers, required: 云硬盘过户记录列表详情。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.5 查询云硬盘过户记录列表详情 (line 16436)
    """

    transfers: list[VolumeTransfer]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumeTransferDetailsV3Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_transfer import VolumeTransfer

        _d = dict(data)
        return cls(
            transfers=_S.opt(_S.take(_d, 'transfers', 'ListVolumeTransferDetailsV3Response'), lambda x: _S.list_of(x, lambda x: _S.model(VolumeTransfer.from_dict, x))),
            additional_properties=_d,
        )
