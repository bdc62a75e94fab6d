"""ObjectsofrequestparametersecurityGroupRule: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ObjectsofrequestparametersecurityGroupRule']


@dataclass(kw_only=True)
class ObjectsofrequestparametersecurityGroupRule:
    """The ObjectsofrequestparametersecurityGroupRule object.

    Attributes:
        parent_group_id, required: Specifies the associated security group ID in UUID format.
        ip_protocol, required: Specifies the IP protocol, which can be icmp, tcp, or udp.
        from_port, required: Specifies the start port. The value ranges from 1 to 65,535 and is no greater than the value of to_port.
            If the value of ip_protocol is icmp, this parameter specifies the ICMP type. The value ranges from 0 to 255.
        to_port, required: Specifies the end port. The value ranges from 1 to 65,535 and cannot be less than from_port.
            If ip_protocol is icmp, this parameter specifies the ICMP code. The value ranges from 0 to 255. If both from_port and to_port are -1, any ICMP packet can be transmitted.
        cidr: Specifies the IP address range. The address is in CIDR format, such as 192.168.0.0/24.
        group_id: Specifies the source security group ID. If both group_id and cidr are set, group_id is used.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.6 Objectsofrequestparametersecurity_group_rule
    """

    parent_group_id: str
    ip_protocol: str
    from_port: int
    to_port: int
    cidr: str | Unset = UNSET
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('parent_group_id', self.parent_group_id),
            ('ip_protocol', self.ip_protocol),
            ('from_port', self.from_port),
            ('to_port', self.to_port),
            ('cidr', self.cidr),
            ('group_id', self.group_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectsofrequestparametersecurityGroupRule:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            parent_group_id=_S.take(_d, 'parent_group_id', 'ObjectsofrequestparametersecurityGroupRule'),
            ip_protocol=_S.take(_d, 'ip_protocol', 'ObjectsofrequestparametersecurityGroupRule'),
            from_port=_S.take(_d, 'from_port', 'ObjectsofrequestparametersecurityGroupRule'),
            to_port=_S.take(_d, 'to_port', 'ObjectsofrequestparametersecurityGroupRule'),
            cidr=_d.pop('cidr', UNSET),
            group_id=_d.pop('group_id', UNSET),
            additional_properties=_d,
        )
