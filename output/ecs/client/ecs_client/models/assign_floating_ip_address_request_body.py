"""AssignFloatingIpAddressRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AssignFloatingIpAddressRequestBody']


@dataclass(kw_only=True)
class AssignFloatingIpAddressRequestBody:
    """The AssignFloatingIpAddressRequestBody object.

    Attributes:
        tenant_id, required: Specifies the tenant ID specified in the URI.
            The value is in UUID format.
        pool: Specifies the network resource pool that provides floating IP addresses. If it is not specified, the default resource pool is used.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.6.3 Assigning a Floating IP Address (Discarded)
    """

    tenant_id: str
    pool: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tenant_id', self.tenant_id),
            ('pool', self.pool),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssignFloatingIpAddressRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tenant_id=_S.take(_d, 'tenant_id', 'AssignFloatingIpAddressRequestBody'),
            pool=_d.pop('pool', UNSET),
            additional_properties=_d,
        )
