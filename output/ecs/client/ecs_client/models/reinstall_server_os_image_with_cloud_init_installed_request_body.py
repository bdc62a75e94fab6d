"""ReinstallServerOsImageWithCloudInitInstalledRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_reinstall import OsReinstall

__all__ = ['ReinstallServerOsImageWithCloudInitInstalledRequestBody']


@dataclass(kw_only=True)
class ReinstallServerOsImageWithCloudInitInstalledRequestBody:
    """The ReinstallServerOsImageWithCloudInitInstalledRequestBody object.

    Attributes:
        os_reinstall (JSON 'os-reinstall'), required: Reinstalls an ECS OS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.1 Reinstalling an ECS OS (Using an Image with Cloud-Init Installed)
    """

    os_reinstall: OsReinstall
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-reinstall', self.os_reinstall),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReinstallServerOsImageWithCloudInitInstalledRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_reinstall import OsReinstall

        _d = dict(data)
        return cls(
            os_reinstall=_S.opt(_S.take(_d, 'os-reinstall', 'ReinstallServerOsImageWithCloudInitInstalledRequestBody'), lambda x: _S.model(OsReinstall.from_dict, x)),
            additional_properties=_d,
        )
