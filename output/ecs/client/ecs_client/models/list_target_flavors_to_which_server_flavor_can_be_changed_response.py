"""ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .flavors_v21 import FlavorsV21

__all__ = ['ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse']


@dataclass(kw_only=True)
class ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse:
    """The ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse object.

    Attributes:
        flavors, required: Specifies ECS flavors.
            For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.4.2 Querying the Target Flavors to Which an ECS Flavor Can Be Changed
    """

    flavors: list[FlavorsV21]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .flavors_v21 import FlavorsV21

        _d = dict(data)
        return cls(
            flavors=_S.opt(_S.take(_d, 'flavors', 'ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse'), lambda x: _S.list_of(x, lambda x: _S.model(FlavorsV21.from_dict, x))),
            additional_properties=_d,
        )
