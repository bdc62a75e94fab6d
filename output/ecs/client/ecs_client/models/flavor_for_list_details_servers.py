"""FlavorForListDetailsServers: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .servers_linksandlinks import ServersLinksandlinks

__all__ = ['FlavorForListDetailsServers']


@dataclass(kw_only=True)
class FlavorForListDetailsServers:
    """The FlavorForListDetailsServers object.

    Attributes:
        id: Specifies the ECS ID.
            This parameter is not supported in microversion 2.47 and later.
        links: Specifies shortcut links for ECS types. For details, see Table 6.
            This parameter is not supported in microversion 2.47 and later.
        vcpus: Specifies the number of vCPUs in the ECS flavor.
            This parameter is supported in microversion 2.47 and later.
        ram: Specifies the memory size (MB) in the ECS flavor.
            This parameter is supported in microversion 2.47 and later.
        disk: Specifies the system disk size in the ECS flavor. Value 0 indicates that the disk size is not limited.
            This parameter is supported in microversion 2.47 and later.
        ephemeral: Reserved
            This parameter is supported in microversion 2.47 and later.
        swap: Reserved
            This parameter is supported in microversion 2.47 and later.
        original_name: Specifies the name of the ECS flavor.
            This parameter is supported in microversion 2.47 and later.
        extra_specs: Extended flavor field
            For details, see Data Structure for Query Details About Specifications.
            This parameter is supported in microversion 2.47 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 flavor
    """

    id: str | Unset = UNSET
    links: list[ServersLinksandlinks] | Unset = UNSET
    vcpus: int | Unset = UNSET
    ram: int | Unset = UNSET
    disk: int | Unset = UNSET
    ephemeral: int | Unset = UNSET
    swap: int | Unset = UNSET
    original_name: str | Unset = UNSET
    extra_specs: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('vcpus', self.vcpus),
            ('ram', self.ram),
            ('disk', self.disk),
            ('ephemeral', self.ephemeral),
            ('swap', self.swap),
            ('original_name', self.original_name),
            ('extra_specs', self.extra_specs),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlavorForListDetailsServers:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .servers_linksandlinks import ServersLinksandlinks

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersLinksandlinks.from_dict, x))),
            vcpus=_d.pop('vcpus', UNSET),
            ram=_d.pop('ram', UNSET),
            disk=_d.pop('disk', UNSET),
            ephemeral=_d.pop('ephemeral', UNSET),
            swap=_d.pop('swap', UNSET),
            original_name=_d.pop('original_name', UNSET),
            extra_specs=_d.pop('extra_specs', UNSET),
            additional_properties=_d,
        )
