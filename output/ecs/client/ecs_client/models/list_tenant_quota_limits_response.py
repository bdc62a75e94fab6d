"""ListTenantQuotaLimitsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .limits import Limits

__all__ = ['ListTenantQuotaLimitsResponse']


@dataclass(kw_only=True)
class ListTenantQuotaLimitsResponse:
    """The ListTenantQuotaLimitsResponse object.

    Attributes:
        limits: Specifies tenant limits. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.10.1 Querying Tenant Quota Limits
    """

    limits: Limits | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('limits', self.limits),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListTenantQuotaLimitsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .limits import Limits

        _d = dict(data)
        return cls(
            limits=_S.opt(_d.pop('limits', UNSET), lambda x: _S.model(Limits.from_dict, x)),
            additional_properties=_d,
        )
