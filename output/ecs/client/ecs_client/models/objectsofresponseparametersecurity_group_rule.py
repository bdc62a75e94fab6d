"""ObjectsofresponseparametersecurityGroupRule: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .ip_range_v2 import IpRangeV2

__all__ = ['ObjectsofresponseparametersecurityGroupRule']


@dataclass(kw_only=True)
class ObjectsofresponseparametersecurityGroupRule:
    """The ObjectsofresponseparametersecurityGroupRule object.

    Attributes:
        parent_group_id, required: Specifies the associated security group ID in UUID format.
        ip_protocol, required: Specifies the IP protocol, which can be icmp, tcp, or udp.
        from_port, required: Specifies the start port number. The value ranges from 1 to 65,535 and cannot be greater than to_port.
            When the protocol type is set to ICMP, from_port is the ICMP type and ranges from 0 to 255.
        to_port, required: Specifies the end port number. The value ranges from 1 to 65,535.
            • When the protocol type is set to ICMP, to_port is the ICMP code and ranges from 0 to 255.
            • If both from_port and to_port are -1, it indicates that any ICMP packet can be transmitted.
        ip_range, required: Specifies the IP address range, including the CIDR information, such as \"ip_range\": {\"cidr\": \"0.0.0.0/0\"}. For details, see the ip_range object.
        group, required: Nothing is returned.
        id, required: Specifies the security group rule ID in UUID format.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.6 Objectsofresponseparametersecurity_group_rule
    """

    parent_group_id: str
    ip_protocol: str
    from_port: int
    to_port: int
    ip_range: IpRangeV2
    group: dict[str, Any]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofresponseparametersecurityGroupRule:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .ip_range_v2 import IpRangeV2

        _d = dict(data)
        return cls(
            parent_group_id=_S.take(_d, 'parent_group_id', 'ObjectsofresponseparametersecurityGroupRule'),
            ip_protocol=_S.take(_d, 'ip_protocol', 'ObjectsofresponseparametersecurityGroupRule'),
            from_port=_S.take(_d, 'from_port', 'ObjectsofresponseparametersecurityGroupRule'),
            to_port=_S.take(_d, 'to_port', 'ObjectsofresponseparametersecurityGroupRule'),
            ip_range=_S.opt(_S.take(_d, 'ip_range', 'ObjectsofresponseparametersecurityGroupRule'), lambda x: _S.model(IpRangeV2.from_dict, x)),
            group=_S.take(_d, 'group', 'ObjectsofresponseparametersecurityGroupRule'),
            id=_S.take(_d, 'id', 'ObjectsofresponseparametersecurityGroupRule'),
            additional_properties=_d,
        )
