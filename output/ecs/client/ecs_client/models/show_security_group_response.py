"""ShowSecurityGroupResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .security_group_v2 import SecurityGroupV2

__all__ = ['ShowSecurityGroupResponse']


@dataclass(kw_only=True)
class ShowSecurityGroupResponse:
    """The ShowSecurityGroupResponse object.

    Attributes:
        security_group: Specifies the security group. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.4.3 Querying Details About a Security Group (Discarded)
    """

    security_group: SecurityGroupV2 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('security_group', self.security_group),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowSecurityGroupResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .security_group_v2 import SecurityGroupV2

        _d = dict(data)
        return cls(
            security_group=_S.opt(_d.pop('security_group', UNSET), lambda x: _S.model(SecurityGroupV2.from_dict, x)),
            additional_properties=_d,
        )
