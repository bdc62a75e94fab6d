"""ListDetailsFlavorsExtendedFlavorsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .flavors import Flavors

__all__ = ['ListDetailsFlavorsExtendedFlavorsResponse']


@dataclass(kw_only=True)
class ListDetailsFlavorsExtendedFlavorsResponse:
    """The ListDetailsFlavorsExtendedFlavorsResponse object.

    Attributes:
        flavors: Specifies ECS flavors. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.4.1 Querying Details About Flavors and Extended Flavor Information
    """

    flavors: list[Flavors] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavors', self.flavors),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListDetailsFlavorsExtendedFlavorsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .flavors import Flavors

        _d = dict(data)
        return cls(
            flavors=_S.opt(_d.pop('flavors', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Flavors.from_dict, x))),
            additional_properties=_d,
        )
