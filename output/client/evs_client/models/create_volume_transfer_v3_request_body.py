"""CreateVolumeTransferV3RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_volume_transfer_option import CreateVolumeTransferOption

__all__ = ['CreateVolumeTransferV3RequestBody']


@dataclass(kw_only=True)
class CreateVolumeTransferV3RequestBody:
    """The CreateVolumeTransferV3RequestBody object.

    Attributes:
        transfer, required: 标记创建云硬盘过户操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.4 创建云硬盘过户 (line 16291)
    """

    transfer: CreateVolumeTransferOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('transfer', self.transfer),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeTransferV3RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_volume_transfer_option import CreateVolumeTransferOption

        _d = dict(data)
        return cls(
            transfer=_S.opt(_S.take(_d, 'transfer', 'CreateVolumeTransferV3RequestBody'), lambda x: _S.model(CreateVolumeTransferOption.from_dict, x)),
            additional_properties=_d,
        )
