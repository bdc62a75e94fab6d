"""ListDetailsFpgaImagesResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .fpgaimages import Fpgaimages

__all__ = ['ListDetailsFpgaImagesResponse']


@dataclass(kw_only=True)
class ListDetailsFpgaImagesResponse:
    """The ListDetailsFpgaImagesResponse object.

    Attributes:
        count: Specifies the number of FPGA images to be queried.
        fpgaimages: Specifies details of FPGA images.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.3 Viewing Details of FPGA Images
    """

    count: int | Unset = UNSET
    fpgaimages: list[Fpgaimages] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('count', self.count),
            ('fpgaimages', self.fpgaimages),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListDetailsFpgaImagesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fpgaimages import Fpgaimages

        _d = dict(data)
        return cls(
            count=_d.pop('count', UNSET),
            fpgaimages=_S.opt(_d.pop('fpgaimages', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Fpgaimages.from_dict, x))),
            additional_properties=_d,
        )
