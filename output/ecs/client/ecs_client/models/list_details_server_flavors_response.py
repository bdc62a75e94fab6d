"""ListDetailsServerFlavorsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .flavors_for_list_details_server_flavors import FlavorsForListDetailsServerFlavors
    from .links_for_create_server_v21 import LinksForCreateServerV21

__all__ = ['ListDetailsServerFlavorsResponse']


@dataclass(kw_only=True)
class ListDetailsServerFlavorsResponse:
    """The ListDetailsServerFlavorsResponse object.

    Attributes:
        flavors: Specifies ECS flavors. For details, see Table 4.
        flavors_links: Specifies data links for querying the next pages in pagination query. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.6.2 Querying Details About ECS Flavors
    """

    flavors: list[FlavorsForListDetailsServerFlavors] | Unset = UNSET
    flavors_links: list[LinksForCreateServerV21] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavors', self.flavors),
            ('flavors_links', self.flavors_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListDetailsServerFlavorsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .flavors_for_list_details_server_flavors import FlavorsForListDetailsServerFlavors
        from .links_for_create_server_v21 import LinksForCreateServerV21

        _d = dict(data)
        return cls(
            flavors=_S.opt(_d.pop('flavors', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(FlavorsForListDetailsServerFlavors.from_dict, x))),
            flavors_links=_S.opt(_d.pop('flavors_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksForCreateServerV21.from_dict, x))),
            additional_properties=_d,
        )
