"""SecurityGroupRuleForUpdateSecurityGroup: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .group_v2 import GroupV2
    from .ip_range_v2 import IpRangeV2

__all__ = ['SecurityGroupRuleForUpdateSecurityGroup']


@dataclass(kw_only=True)
class SecurityGroupRuleForUpdateSecurityGroup:
    """The SecurityGroupRuleForUpdateSecurityGroup object.

    Attributes:
        parent_group_id, required: Specifies the associated security group ID in UUID format.
        ip_protocol, required: Specifies the protocol type or the IP protocol number. The value can be icmp, tcp, udp, or the IP protocol number.
        from_port, required: Specifies the start port. The value ranges from 1 to 65,535 and cannot be greater than to_port. When ip_protocol is icmp, this parameter specifies a port type with a length from 0 to 255 characters.
        to_port, required: Specifies the end port. The value ranges from 1 to 65,535 and cannot be less than from_port. When ip_protocol is icmp, it specifies the code. The value ranges from 0 to 255. If both from_port and to_port are -1, any ICMP packet can be transmitted.
        ip_range, required: Specifies the peer IP segment in CIDR format. For details, see Table 7. The value of ip_range or group must be empty.
        group, required: Specifies the name of the peer security group and the ID of the tenant in the peer security group. For details, see Table 8. The value of ip_range or group must be empty.
        id, required: Specifies the security group rule ID in UUID format.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.4 security_group_rule
    """

    parent_group_id: str
    ip_protocol: str
    from_port: int
    to_port: int
    ip_range: IpRangeV2
    group: GroupV2
    id: str
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
    def from_dict(cls, data: Mapping[str, Any]) -> SecurityGroupRuleForUpdateSecurityGroup:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .group_v2 import GroupV2
        from .ip_range_v2 import IpRangeV2

        _d = dict(data)
        return cls(
            parent_group_id=_S.take(_d, 'parent_group_id', 'SecurityGroupRuleForUpdateSecurityGroup'),
            ip_protocol=_S.take(_d, 'ip_protocol', 'SecurityGroupRuleForUpdateSecurityGroup'),
            from_port=_S.take(_d, 'from_port', 'SecurityGroupRuleForUpdateSecurityGroup'),
            to_port=_S.take(_d, 'to_port', 'SecurityGroupRuleForUpdateSecurityGroup'),
            ip_range=_S.opt(_S.take(_d, 'ip_range', 'SecurityGroupRuleForUpdateSecurityGroup'), lambda x: _S.model(IpRangeV2.from_dict, x)),
            group=_S.opt(_S.take(_d, 'group', 'SecurityGroupRuleForUpdateSecurityGroup'), lambda x: _S.model(GroupV2.from_dict, x)),
            id=_S.take(_d, 'id', 'SecurityGroupRuleForUpdateSecurityGroup'),
            additional_properties=_d,
        )
