"""FlavorsV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .links_v21 import LinksV21
    from .os_extra_specs import OsExtraSpecs

__all__ = ['FlavorsV21']


@dataclass(kw_only=True)
class FlavorsV21:
    """The FlavorsV21 object.

    Attributes:
        id, required: Specifies the ECS flavor ID.
        name, required: Specifies the name of the ECS flavor.
        vcpus, required: Specifies the number of vCPUs in the ECS flavor.
        ram, required: Specifies the memory size (MB) in the ECS flavor.
        disk, required: Specifies the system disk size in the ECS flavor.
            This parameter has not been used. Its default value is 0.
        swap: Specifies the swap partition size required by the ECS flavor.
            This parameter has not been used. Its default value is \"\".
        os_flv_ext_data_ephemeral (JSON 'OS-FLV-EXT-DATA:ephemeral'), required: Specifies the temporary disk size. This is an extended attribute.
            This parameter has not been used. Its default value is 0.
        os_flv_disabled_disabled (JSON 'OS-FLV-DISABLED:disabled'), required: This is an extended attribute, specifying whether a flavor is available.
            • true: indicates that a flavor is available.
            • false: indicates that a flavor is unavailable.
            This parameter is not used.
        rxtx_factor, required: This is an extended attribute.
            This parameter is not used.
        rxtx_quota, required: Specifies the software constraints of the network bandwidth that can be used by the ECS.
            This parameter has not been used. Its default value is null.
        rxtx_cap, required: Specifies the hardware constraints of the network bandwidth that can be used by the ECS.
            This parameter has not been used. Its default value is null.
        os_flavor_access_is_public (JSON 'os-flavor-access:is_public'), required: Specifies whether a flavor is available to all tenants. This is an extended attribute.
            • true: indicates that a flavor is available to all tenants.
            • false: indicates that a flavor is available only to certain tenants.
            Default value: true
        links, required: Specifies the shortcut link of the ECS flavor.
            For details, see Table 5.
        extra_specs, required: Specifies the extended field of the ECS specifications.
            For details, see Table 6.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.4.2 flavors
    """

    id: str
    name: str
    vcpus: int
    ram: int
    disk: int
    os_flv_ext_data_ephemeral: int
    os_flv_disabled_disabled: bool
    rxtx_factor: float
    rxtx_quota: str
    rxtx_cap: str
    os_flavor_access_is_public: bool
    links: list[LinksV21]
    extra_specs: list[OsExtraSpecs]
    swap: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('vcpus', self.vcpus),
            ('ram', self.ram),
            ('disk', self.disk),
            ('OS-FLV-EXT-DATA:ephemeral', self.os_flv_ext_data_ephemeral),
            ('OS-FLV-DISABLED:disabled', self.os_flv_disabled_disabled),
            ('rxtx_factor', self.rxtx_factor),
            ('rxtx_quota', self.rxtx_quota),
            ('rxtx_cap', self.rxtx_cap),
            ('os-flavor-access:is_public', self.os_flavor_access_is_public),
            ('links', self.links),
            ('extra_specs', self.extra_specs),
            ('swap', self.swap),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlavorsV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_v21 import LinksV21
        from .os_extra_specs import OsExtraSpecs

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'FlavorsV21'),
            name=_S.take(_d, 'name', 'FlavorsV21'),
            vcpus=_S.take(_d, 'vcpus', 'FlavorsV21'),
            ram=_S.take(_d, 'ram', 'FlavorsV21'),
            disk=_S.take(_d, 'disk', 'FlavorsV21'),
            os_flv_ext_data_ephemeral=_S.take(_d, 'OS-FLV-EXT-DATA:ephemeral', 'FlavorsV21'),
            os_flv_disabled_disabled=_S.take(_d, 'OS-FLV-DISABLED:disabled', 'FlavorsV21'),
            rxtx_factor=_S.take(_d, 'rxtx_factor', 'FlavorsV21'),
            rxtx_quota=_S.take(_d, 'rxtx_quota', 'FlavorsV21'),
            rxtx_cap=_S.take(_d, 'rxtx_cap', 'FlavorsV21'),
            os_flavor_access_is_public=_S.take(_d, 'os-flavor-access:is_public', 'FlavorsV21'),
            links=_S.opt(_S.take(_d, 'links', 'FlavorsV21'), lambda x: _S.list_of(x, lambda x: _S.model(LinksV21.from_dict, x))),
            extra_specs=_S.opt(_S.take(_d, 'extra_specs', 'FlavorsV21'), lambda x: _S.list_of(x, lambda x: _S.model(OsExtraSpecs.from_dict, x))),
            swap=_d.pop('swap', UNSET),
            additional_properties=_d,
        )
