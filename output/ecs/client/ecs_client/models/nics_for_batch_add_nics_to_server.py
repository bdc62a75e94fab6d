"""NicsForBatchAddNicsToServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .security_groups_for_batch_add_nics_to_server import SecurityGroupsForBatchAddNicsToServer

__all__ = ['NicsForBatchAddNicsToServer']


@dataclass(kw_only=True)
class NicsForBatchAddNicsToServer:
    """The NicsForBatchAddNicsToServer object.

    Attributes:
        subnet_id, required: Specifies the information about the NICs to be added to an ECS.
            The value must be the ID of a created network in UUID format.
        security_groups: Specifies the security groups for NICs. For details, see Table 4.
        ip_address: Specifies the IP address. If this parameter is unavailable, the IP address is automatically assigned.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.5.1 nics
    """

    subnet_id: str
    security_groups: list[SecurityGroupsForBatchAddNicsToServer] | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('subnet_id', self.subnet_id),
            ('security_groups', self.security_groups),
            ('ip_address', self.ip_address),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NicsForBatchAddNicsToServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_groups_for_batch_add_nics_to_server import SecurityGroupsForBatchAddNicsToServer

        _d = dict(data)
        return cls(
            subnet_id=_S.take(_d, 'subnet_id', 'NicsForBatchAddNicsToServer'),
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupsForBatchAddNicsToServer.from_dict, x))),
            ip_address=_d.pop('ip_address', UNSET),
            additional_properties=_d,
        )
