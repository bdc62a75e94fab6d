"""CinderListQuotasResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .quota_list import QuotaList

__all__ = ['CinderListQuotasResponse']


@dataclass(kw_only=True)
class CinderListQuotasResponse:
    """The CinderListQuotasResponse object.

    Attributes:
        quota_set, required: 查询请求返回的配额信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.3.1 查询租户的详细配额 (line 7328)
    """

    quota_set: QuotaList
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
    def from_dict(cls, data: Mapping[str, Any]) -> CinderListQuotasResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .quota_list import QuotaList

        _d = dict(data)
        return cls(
            quota_set=_S.opt(_S.take(_d, 'quota_set', 'CinderListQuotasResponse'), lambda x: _S.model(QuotaList.from_dict, x)),
            additional_properties=_d,
        )
