"""CreateCreatingADiskRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_creating_a_disk_request_body_volume import CreateCreatingADiskRequestBodyVolume

__all__ = ['CreateCreatingADiskRequestBody']


@dataclass(kw_only=True)
class CreateCreatingADiskRequestBody:
    """The CreateCreatingADiskRequestBody object.

    Attributes:
        volume, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.5.4 Creating a Disk (Discarded)
    """

    volume: CreateCreatingADiskRequestBodyVolume
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateCreatingADiskRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_creating_a_disk_request_body_volume import CreateCreatingADiskRequestBodyVolume

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'CreateCreatingADiskRequestBody'), lambda x: _S.model(CreateCreatingADiskRequestBodyVolume.from_dict, x)),
            additional_properties=_d,
        )
