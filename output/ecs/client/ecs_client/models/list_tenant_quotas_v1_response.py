"""ListTenantQuotasV1Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .absolute import Absolute

__all__ = ['ListTenantQuotasV1Response']


@dataclass(kw_only=True)
class ListTenantQuotasV1Response:
    """The ListTenantQuotasV1Response object.

    Attributes:
        absolute: Specifies tenant quotas. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.7.1 Querying Tenant Quotas
    """

    absolute: Absolute | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('absolute', self.absolute),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListTenantQuotasV1Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .absolute import Absolute

        _d = dict(data)
        return cls(
            absolute=_S.opt(_d.pop('absolute', UNSET), lambda x: _S.model(Absolute.from_dict, x)),
            additional_properties=_d,
        )
