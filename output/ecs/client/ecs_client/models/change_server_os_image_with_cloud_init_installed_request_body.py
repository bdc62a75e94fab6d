"""ChangeServerOsImageWithCloudInitInstalledRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_change import OsChange

__all__ = ['ChangeServerOsImageWithCloudInitInstalledRequestBody']


@dataclass(kw_only=True)
class ChangeServerOsImageWithCloudInitInstalledRequestBody:
    """The ChangeServerOsImageWithCloudInitInstalledRequestBody object.

    Attributes:
        os_change (JSON 'os-change'), required: Changes an ECS OS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.2 Changing an ECS OS (Using an Image with Cloud-Init Installed)
    """

    os_change: OsChange
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-change', self.os_change),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChangeServerOsImageWithCloudInitInstalledRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_change import OsChange

        _d = dict(data)
        return cls(
            os_change=_S.opt(_S.take(_d, 'os-change', 'ChangeServerOsImageWithCloudInitInstalledRequestBody'), lambda x: _S.model(OsChange.from_dict, x)),
            additional_properties=_d,
        )
