"""ListServersByTagResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .resource import Resource

__all__ = ['ListServersByTagResponse']


@dataclass(kw_only=True)
class ListServersByTagResponse:
    """The ListServersByTagResponse object.

    Attributes:
        resources: Specifies returned ECSs. For details, see Table 6.
        total_count: Specifies the total number of queried ECSs.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.4 Querying ECSs by Tag
    """

    resources: list[Resource] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('resources', self.resources),
            ('total_count', self.total_count),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListServersByTagResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .resource import Resource

        _d = dict(data)
        return cls(
            resources=_S.opt(_d.pop('resources', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Resource.from_dict, x))),
            total_count=_d.pop('total_count', UNSET),
            additional_properties=_d,
        )
