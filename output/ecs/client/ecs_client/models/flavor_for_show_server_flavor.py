"""FlavorForShowServerFlavor: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .links_for_create_server_v21 import LinksForCreateServerV21

__all__ = ['FlavorForShowServerFlavor']


@dataclass(kw_only=True)
class FlavorForShowServerFlavor:
    """The FlavorForShowServerFlavor object.

    Attributes:
        id: Specifies the ID of the ECS flavor.
        name: Specifies the name of the ECS flavor.
        description: Describes the ECS flavor.
            This parameter is supported in microversion 2.55 and later.
        vcpus: Specifies the number of vCPUs in the ECS flavor.
        ram: Specifies the memory size (MB) in the ECS flavor.
        disk: Specifies the system disk size in the ECS flavor.
            This parameter has not been used. Its default value is 0.
        swap: Specifies the swap partition size required by the ECS flavor.
            This parameter has not been used. Its default value is \"\".
        os_flv_ext_data_ephemeral (JSON 'OS-FLV-EXT-DATA:ephemeral'): Specifies the temporary disk size. This is an extended attribute.
            This parameter has not been used. Its default value is 0.
        os_flv_disabled_disabled (JSON 'OS-FLV-DISABLED:disabled'): Specifies whether the ECS flavor has been disabled. This is an extended attribute.
            This parameter has not been used. Its default value is false.
        rxtx_factor: Specifies the ratio of the available network bandwidth to the network hardware bandwidth of the ECS.
            This parameter has not been used. Its default value is 1.0.
        os_flavor_access_is_public (JSON 'os-flavor-access:is_public'): Specifies whether a flavor is available to all tenants. This is an extended attribute.
            • true: indicates that a flavor is available to all tenants.
            • false: indicates that a flavor is available only to certain tenants.
            Default value: true
        links: Specifies shortcut links for ECS flavors. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.6.3 flavor
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    vcpus: int | Unset = UNSET
    ram: int | Unset = UNSET
    disk: int | Unset = UNSET
    swap: str | Unset = UNSET
    os_flv_ext_data_ephemeral: int | Unset = UNSET
    os_flv_disabled_disabled: bool | Unset = UNSET
    rxtx_factor: float | Unset = UNSET
    os_flavor_access_is_public: bool | Unset = UNSET
    links: list[LinksForCreateServerV21] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('description', self.description),
            ('vcpus', self.vcpus),
            ('ram', self.ram),
            ('disk', self.disk),
            ('swap', self.swap),
            ('OS-FLV-EXT-DATA:ephemeral', self.os_flv_ext_data_ephemeral),
            ('OS-FLV-DISABLED:disabled', self.os_flv_disabled_disabled),
            ('rxtx_factor', self.rxtx_factor),
            ('os-flavor-access:is_public', self.os_flavor_access_is_public),
            ('links', self.links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlavorForShowServerFlavor:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_for_create_server_v21 import LinksForCreateServerV21

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            vcpus=_d.pop('vcpus', UNSET),
            ram=_d.pop('ram', UNSET),
            disk=_d.pop('disk', UNSET),
            swap=_d.pop('swap', UNSET),
            os_flv_ext_data_ephemeral=_d.pop('OS-FLV-EXT-DATA:ephemeral', UNSET),
            os_flv_disabled_disabled=_d.pop('OS-FLV-DISABLED:disabled', UNSET),
            rxtx_factor=_d.pop('rxtx_factor', UNSET),
            os_flavor_access_is_public=_d.pop('os-flavor-access:is_public', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksForCreateServerV21.from_dict, x))),
            additional_properties=_d,
        )
