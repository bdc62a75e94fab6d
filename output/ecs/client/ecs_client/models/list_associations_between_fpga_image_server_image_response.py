"""ListAssociationsBetweenFpgaImageServerImageResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .associations import Associations

__all__ = ['ListAssociationsBetweenFpgaImageServerImageResponse']


@dataclass(kw_only=True)
class ListAssociationsBetweenFpgaImageServerImageResponse:
    """The ListAssociationsBetweenFpgaImageServerImageResponse object.

    Attributes:
        associations: Specifies queried associations.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.6 Querying Associations Between an FPGA Image and an ECS Image
    """

    associations: list[Associations] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('associations', self.associations),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListAssociationsBetweenFpgaImageServerImageResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .associations import Associations

        _d = dict(data)
        return cls(
            associations=_S.opt(_d.pop('associations', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Associations.from_dict, x))),
            additional_properties=_d,
        )
