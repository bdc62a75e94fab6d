"""ListTenantQuotasV21Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .quota_set import QuotaSet

__all__ = ['ListTenantQuotasV21Response']


@dataclass(kw_only=True)
class ListTenantQuotasV21Response:
    """The ListTenantQuotasV21Response object.

    Attributes:
        quota_set: Specifies the quota_set object. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.10.2 Querying Tenant Quotas
    """

    quota_set: QuotaSet | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('quota_set', self.quota_set),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListTenantQuotasV21Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .quota_set import QuotaSet

        _d = dict(data)
        return cls(
            quota_set=_S.opt(_d.pop('quota_set', UNSET), lambda x: _S.model(QuotaSet.from_dict, x)),
            additional_properties=_d,
        )
