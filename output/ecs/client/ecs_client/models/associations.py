"""Associations: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .fpgaimages_for_list_associations_between_fpga_image_server_image import FpgaimagesForListAssociationsBetweenFpgaImageServerImage

__all__ = ['Associations']


@dataclass(kw_only=True)
class Associations:
    """The Associations object.

    Attributes:
        image_id: Specifies the ECS ID.
        fpgaimages: Specifies details of associated FPGA images.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.6 associations
    """

    image_id: str | Unset = UNSET
    fpgaimages: list[FpgaimagesForListAssociationsBetweenFpgaImageServerImage] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('image_id', self.image_id),
            ('fpgaimages', self.fpgaimages),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Associations:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fpgaimages_for_list_associations_between_fpga_image_server_image import FpgaimagesForListAssociationsBetweenFpgaImageServerImage

        _d = dict(data)
        return cls(
            image_id=_d.pop('image_id', UNSET),
            fpgaimages=_S.opt(_d.pop('fpgaimages', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(FpgaimagesForListAssociationsBetweenFpgaImageServerImage.from_dict, x))),
            additional_properties=_d,
        )
