"""SecurityGroupRuleV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .group import Group
    from .ip_range import IpRange

__all__ = ['SecurityGroupRuleV2']


@dataclass(kw_only=True)
class SecurityGroupRuleV2:
    """The SecurityGroupRuleV2 object.

    Attributes:
        parent_group_id: Specifies the associated security group ID in UUID format.
        ip_protocol: Specifies the protocol type or the IP protocol number. The value can be icmp, tcp, udp, or the IP protocol number.
        from_port: Specifies the start port number. The value ranges from 1 to 65,535 and cannot be greater than to_port.
            When ip_protocol is icmp, this parameter indicates the ICMP type field with a length from 0 to 255 characters.
            The ICMP message type is determined by the type field and code field in the packet. For details, see Appendix > ICMP-Port Range Relationship Table in Virtual Private Cloud API Reference. port_range_min indicates the ICMP type field, and port_range_max indicates the ICMP code field.
        to_port: Specifies the stop port number. The value ranges from 1 to 65,535 and cannot be less than from_port.
            When ip_protocol is icmp, this parameter indicates the ICMP code field with a length from 0 to 255 characters.
            The ICMP message type is determined by the type field and code field in the packet. For details, see Appendix > ICMP-Port Range Relationship Table in Virtual Private Cloud API Reference. port_range_min indicates the ICMP type, and port_range_max indicates the ICMP code.
        ip_range: Specifies the peer IP segment in CIDR format. For details, see Table 5.
            Specify either ip_range or group.
        group: Specifies the name of the peer security group and the ID of the tenant in the peer security group. For details, see Table 6.
            Specify either ip_range or group.
        id: Specifies the security group rule ID in UUID format.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.1 security_group_rule
    """

    parent_group_id: str | Unset = UNSET
    ip_protocol: str | Unset = UNSET
    from_port: int | Unset = UNSET
    to_port: int | Unset = UNSET
    ip_range: IpRange | Unset = UNSET
    group: Group | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('parent_group_id', self.parent_group_id),
            ('ip_protocol', self.ip_protocol),
            ('from_port', self.from_port),
            ('to_port', self.to_port),
            ('ip_range', self.ip_range),
            ('group', self.group),
            ('id', self.id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupRuleV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .group import Group
        from .ip_range import IpRange

        _d = dict(data)
        return cls(
            parent_group_id=_d.pop('parent_group_id', UNSET),
            ip_protocol=_d.pop('ip_protocol', UNSET),
            from_port=_d.pop('from_port', UNSET),
            to_port=_d.pop('to_port', UNSET),
            ip_range=_S.opt(_d.pop('ip_range', UNSET), lambda x: _S.model(IpRange.from_dict, x)),
            group=_S.opt(_d.pop('group', UNSET), lambda x: _S.model(Group.from_dict, x)),
            id=_d.pop('id', UNSET),
            additional_properties=_d,
        )
