"""Nics: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .binding_profile import BindingProfile
    from .extra_dhcp_opts import ExtraDhcpOpts

__all__ = ['Nics']


@dataclass(kw_only=True)
class Nics:
    """The Nics object.

    Attributes:
        subnet_id, required: Specifies the subnet of the ECS.
            The value must be the ID of the subnet created in the VPC specified by vpcid and in the format of the UUID.
        ip_address: Specifies the IP address of the NIC used by the ECS. The value is an IPv4 address.
            Constraints:
            • If this parameter is left blank or set to \"\", an unused IP address in the subnet is automatically assigned as the IP address of the NIC.
            • If this parameter is specified, its value must be an unused IP address in the network segment of the subnet.
        binding_profile (JSON 'binding:profile'): Allows you to customize data. Configure this parameter when creating a HANA ECS.
            For details, see Table 11.
        extra_dhcp_opts: Indicates extended DHCP options.
            For details, see Table 12.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 nics
    """

    subnet_id: str
    ip_address: str | Unset = UNSET
    binding_profile: BindingProfile | Unset = UNSET
    extra_dhcp_opts: list[ExtraDhcpOpts] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('subnet_id', self.subnet_id),
            ('ip_address', self.ip_address),
            ('binding:profile', self.binding_profile),
            ('extra_dhcp_opts', self.extra_dhcp_opts),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Nics:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .binding_profile import BindingProfile
        from .extra_dhcp_opts import ExtraDhcpOpts

        _d = dict(data)
        return cls(
            subnet_id=_S.take(_d, 'subnet_id', 'Nics'),
            ip_address=_d.pop('ip_address', UNSET),
            binding_profile=_S.opt(_d.pop('binding:profile', UNSET), lambda x: _S.model(BindingProfile.from_dict, x)),
            extra_dhcp_opts=_S.opt(_d.pop('extra_dhcp_opts', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ExtraDhcpOpts.from_dict, x))),
            additional_properties=_d,
        )
