"""CreateVolumeTransferV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_volume_transfer_detail import CreateVolumeTransferDetail

__all__ = ['CreateVolumeTransferV2Response']


@dataclass(kw_only=True)
class CreateVolumeTransferV2Response:
    """The CreateVolumeTransferV2Response object.

    Attributes:
        transfer, required: 云硬盘过户信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.7 创建云硬盘过户（废弃） (line 16674)
    """

    transfer: CreateVolumeTransferDetail
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
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeTransferV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_volume_transfer_detail import CreateVolumeTransferDetail

        _d = dict(data)
        return cls(
            transfer=_S.opt(_S.take(_d, 'transfer', 'CreateVolumeTransferV2Response'), lambda x: _S.model(CreateVolumeTransferDetail.from_dict, x)),
            additional_properties=_d,
        )
