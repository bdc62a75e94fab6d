"""AcceptVolumeTransferV2RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_accept_volume_transfer_option import CinderAcceptVolumeTransferOption

__all__ = ['AcceptVolumeTransferV2RequestBody']


@dataclass(kw_only=True)
class AcceptVolumeTransferV2RequestBody:
    """The AcceptVolumeTransferV2RequestBody object.

    Attributes:
        accept, required: 标记接受云硬盘过户操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.8 接受云硬盘过户（废弃） (line 16813)
    """

    accept: CinderAcceptVolumeTransferOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('accept', self.accept),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AcceptVolumeTransferV2RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_accept_volume_transfer_option import CinderAcceptVolumeTransferOption

        _d = dict(data)
        return cls(
            accept=_S.opt(_S.take(_d, 'accept', 'AcceptVolumeTransferV2RequestBody'), lambda x: _S.model(CinderAcceptVolumeTransferOption.from_dict, x)),
            additional_properties=_d,
        )
