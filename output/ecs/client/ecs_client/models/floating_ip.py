"""FloatingIp: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['FloatingIp']


@dataclass(kw_only=True)
class FloatingIp:
    """The FloatingIp object.

    Attributes:
        fixed_ip, required: Specifies a private IP address.
        id, required: Specifies the floating IP address ID in UUID format.
        instance_id, required: Specifies the ID of a bound ECS in UUID format.
        ip, required: Specifies the floating IP address.
        pool, required: Specifies the name of a network resource pool that provides floating IP addresses.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.3 floating_ip
    """

    fixed_ip: str
    id: str
    instance_id: str
    ip: str
    pool: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('fixed_ip', self.fixed_ip),
            ('id', self.id),
            ('instance_id', self.instance_id),
            ('ip', self.ip),
            ('pool', self.pool),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FloatingIp:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            fixed_ip=_S.take(_d, 'fixed_ip', 'FloatingIp'),
            id=_S.take(_d, 'id', 'FloatingIp'),
            instance_id=_S.take(_d, 'instance_id', 'FloatingIp'),
            ip=_S.take(_d, 'ip', 'FloatingIp'),
            pool=_S.take(_d, 'pool', 'FloatingIp'),
            additional_properties=_d,
        )
